#pragma once

// Shared by the review tests: reports built in code (no PDF needed) and small
// helpers to drive the window's modal dialogs from a timer.

#include "MainWindow.h"
#include "checks/ArithmeticChecks.h"
#include "domain/Report.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <functional>

namespace ReviewFixture {

using namespace ledgerlens;

inline LineItem item(const QString &label, const QString &key, qint64 a, qint64 b, RowKind kind = RowKind::Item,
                     double y = 100)
{
    LineItem li;
    li.label = label;
    li.canonical = key;
    li.kind = kind;
    li.cells = {Cell{Decimal(a), SourceRef{1, QRectF(300, y, 60, 10)}},
                Cell{Decimal(b), SourceRef{1, QRectF(400, y, 60, 10)}}};
    return li;
}

// A six-month profit-or-loss in RMB'000; `printedGross` is the gross profit
// as printed for 2024 (400 adds up; anything else fails the identity).
inline Report report(const QString &path, const QString &company, qint64 printedGross)
{
    Report r;
    r.path = path;
    r.pageCount = 1;
    r.company = company;
    r.currency = QStringLiteral("RMB");
    r.periodEnd = QDate(2024, 6, 30);
    Table t;
    t.kind = TableKind::ProfitOrLoss;
    t.title = QStringLiteral("Condensed consolidated statement of profit or loss");
    t.pages = {1};
    t.unit = 1000;
    t.currency = QStringLiteral("RMB");
    t.columns = {Column{QStringLiteral("Six months ended 30 June 2024"), QDate(2024, 6, 30), 6, {}, {}},
                 Column{QStringLiteral("Six months ended 30 June 2023"), QDate(2023, 6, 30), 6, {}, {}}};
    t.items = {item(QStringLiteral("Revenue"), QStringLiteral("revenue"), 1000, 900, RowKind::Item, 100),
               item(QStringLiteral("Cost of sales"), QStringLiteral("cost_of_sales"), -600, -500, RowKind::Item, 120),
               item(QStringLiteral("Gross profit"), QStringLiteral("gross_profit"), printedGross, 400,
                    RowKind::Subtotal, 140)};
    r.tables.insert(TableKind::ProfitOrLoss, t);
    r.checks = ArithmeticChecks::run(r);
    return r;
}

// Runs `act` on the next modal dialog once it is up (polls; the dialog's exec() blocks the caller).
inline void onNextModal(std::function<void(QWidget *)> act, int timeoutMs = 10000)
{
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act, waited, timeoutMs] {
        *waited += 20;
        if (QWidget *w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(w);
        } else if (*waited > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

// Clicks the message box button whose text contains `text` ("Recover", "Discard"...), keeping its message.
inline void clickNextMessageBox(const QString &text, QString *message = nullptr)
{
    onNextModal([text, message](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box) {
            w->close();
            return;
        }
        if (message)
            *message = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(QLatin1Char('&')).contains(text)) {
                b->click();
                return;
            }
        box->reject();
    });
}

} // namespace ReviewFixture
