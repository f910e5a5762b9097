// The statement views keep what the analyst is doing while other reports
// load: the editor being typed in, the selected block and the scroll
// position (the comparison model inserts columns and rows, never resets).
#include "items/ComparisonModel.h"
#include "session/Session.h"
#include "statements/StatementsPanel.h"
#include "store/ReportStore.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>
#include <algorithm>
#include <tuple>

using namespace ledgerlens;

namespace {
// A long profit-or-loss statement: rows "Line 0".."Line n-1", keyed alike.
Report longReport(const QString &company, int rows, int year)
{
    Report r;
    r.company = company;
    r.currency = QStringLiteral("HKD");
    Table t;
    t.kind = TableKind::ProfitOrLoss;
    t.unit = 1000;
    t.currency = r.currency;
    for (int y : {year, year - 1}) {
        Column c;
        c.label = QStringLiteral("Year ended 31 December %1").arg(y);
        c.periodEnd = QDate(y, 12, 31);
        c.months = 12;
        t.columns.append(c);
    }
    for (int i = 0; i < rows; ++i) {
        LineItem item;
        item.label = QStringLiteral("Line %1").arg(i);
        item.canonical = QStringLiteral("line_%1").arg(i);
        for (int c = 0; c < 2; ++c) {
            Cell cell;
            cell.value = Decimal(1000 * i + year + c);
            item.cells.append(cell);
        }
        t.items.append(item);
    }
    r.tables.insert(t.kind, t);
    return r;
}

QList<CellAddress> selectedCells(const QTableView *view, const ComparisonModel *model, const StatementsPanel &panel)
{
    Q_UNUSED(panel);
    QList<CellAddress> out;
    for (const QModelIndex &i : view->selectionModel()->selectedIndexes()) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
        out << model->cellAt(proxy ? proxy->mapToSource(i) : i);
    }
    std::sort(out.begin(), out.end(), [](const CellAddress &a, const CellAddress &b) {
        return std::tie(a.entry, a.row, a.column) < std::tie(b.entry, b.row, b.column);
    });
    return out;
}
} // namespace

class TestStatementViews : public QObject
{
    Q_OBJECT
private slots:
    void editorSelectionAndScrollSurviveAnotherReportLoading()
    {
        ReportStore store;
        const EntryId first = store.addEntry(QStringLiteral("/nonexistent/first.pdf"));
        store.setReport(first, longReport(QStringLiteral("First Holdings"), 80, 2024));
        Session session(&store);
        StatementsPanel panel(&store, &session);
        panel.resize(700, 360);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ComparisonModel *model = panel.model(TableKind::ProfitOrLoss);
        QTableView *view = panel.view(TableKind::ProfitOrLoss);

        // A block of figures selected, far down, and a figure being typed in it.
        QVERIFY(panel.selectCell({first, TableKind::ProfitOrLoss, 50, 0}));
        const QModelIndex current = view->currentIndex();
        view->selectionModel()->select(QItemSelection(current, current.sibling(current.row() + 2, 1)),
                                       QItemSelectionModel::ClearAndSelect);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2 + 3);
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const QList<CellAddress> selected = selectedCells(view, model, panel);
        QCOMPARE(selected.size(), 6);
        view->edit(current);
        QPointer<QLineEdit> line = qobject_cast<QLineEdit *>(view->indexWidget(current));
        QVERIFY(line);
        line->setText(QStringLiteral("12,3"));

        // Another report arrives: its columns come in, plus a row only it has.
        const EntryId second = store.addEntry(QStringLiteral("/nonexistent/second.pdf"));
        for (int page = 1; page <= 50; ++page)
            store.setLoading(second, page, 50);
        store.setReport(second, longReport(QStringLiteral("Second Holdings"), 81, 2025));
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->rowCount(), 81);
        QCoreApplication::processEvents();

        QVERIFY2(line, "the same editor stays open");
        QCOMPARE(view->indexWidget(view->currentIndex()), line.data());
        QCOMPARE(line->text(), QStringLiteral("12,3"));
        QCOMPARE(model->cellAt(panel.currentSourceIndex()), (CellAddress{first, TableKind::ProfitOrLoss, 50, 0}));
        QCOMPARE(selectedCells(view, model, panel), selected);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
    }
};

QTEST_MAIN(TestStatementViews)
#include "tst_statementviews.moc"
