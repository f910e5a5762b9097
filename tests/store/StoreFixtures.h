#pragma once

// Reports built in code for the store tests: two interim profit-or-loss
// statements of different companies, in different units, that share the
// 2023 half-year (Beta prints it as a comparative, restating profit).

#include "checks/ArithmeticChecks.h"
#include "domain/Report.h"

#include <QString>

namespace StoreFixtures {

using namespace ledgerlens;

inline Cell cell(qint64 v, int page, int row, int col)
{
    Cell c;
    c.value = Decimal(v);
    c.source.page = page;
    c.source.box = QRectF(400 + 80 * col, 100 + 20 * row, 60, 10);
    return c;
}

inline LineItem item(const QString &label, const QString &canonical, qint64 a, qint64 b, int page, int row,
                     RowKind kind = RowKind::Item)
{
    LineItem i;
    i.label = label;
    i.canonical = canonical;
    i.kind = kind;
    i.cells = {cell(a, page, row, 0), cell(b, page, row, 1)};
    return i;
}

inline Column halfYear(int year)
{
    Column c;
    c.label = QStringLiteral("Six months ended 30 June %1").arg(year);
    c.periodEnd = QDate(year, 6, 30);
    c.months = 6;
    return c;
}

// Alpha Holdings, 2023 interim, RMB'000, profit-or-loss on page 5.
//   0 Revenue 1,000 / 900       1 Cost of sales (600) / (500)   2 Gross profit 400 / 400
//   3 Other gains (unmapped) 10 / 5                              4 Profit for the period 410 / 405
inline Report alpha(const QString &path = QStringLiteral("/nonexistent/alpha.pdf"))
{
    Report r;
    r.path = path;
    r.pageCount = 30;
    r.company = QStringLiteral("Alpha Holdings");
    r.stockCode = QStringLiteral("0001");
    r.kind = QStringLiteral("interim results announcement");
    r.periodEnd = QDate(2023, 6, 30);
    r.currency = QStringLiteral("RMB");
    Table t;
    t.kind = TableKind::ProfitOrLoss;
    t.title = QStringLiteral("Condensed consolidated statement of profit or loss");
    t.pages = {5};
    t.unit = 1000;
    t.currency = QStringLiteral("RMB");
    t.columns = {halfYear(2023), halfYear(2022)};
    t.items = {item(QStringLiteral("Revenue"), QStringLiteral("revenue"), 1000, 900, 5, 0),
               item(QStringLiteral("Cost of sales"), QStringLiteral("cost_of_sales"), -600, -500, 5, 1),
               item(QStringLiteral("Gross profit"), QStringLiteral("gross_profit"), 400, 400, 5, 2, RowKind::Subtotal),
               item(QStringLiteral("Other gains"), QString(), 10, 5, 5, 3),
               item(QStringLiteral("Profit for the period"), QStringLiteral("profit_for_period"), 410, 405, 5, 4,
                    RowKind::Subtotal)};
    r.tables.insert(t.kind, t);
    r.checks = ArithmeticChecks::run(r);
    return r;
}

// Beta Group, 2024 interim, RMB in units, page 7. Its 2023 comparative
// restates profit (403,000 against Alpha's 410 thousand).
//   0 Revenue 1,100,000 / 1,000,000   1 Cost of sales (650,000) / (600,000)
//   2 Gross profit 450,000 / 400,000  3 Government grants (unmapped) 7,000 / 3,000
//   4 Profit for the period 457,000 / 403,000
inline Report beta(const QString &path = QStringLiteral("/nonexistent/beta.pdf"))
{
    Report r;
    r.path = path;
    r.pageCount = 40;
    r.company = QStringLiteral("Beta Group");
    r.stockCode = QStringLiteral("0002");
    r.kind = QStringLiteral("interim report");
    r.periodEnd = QDate(2024, 6, 30);
    r.currency = QStringLiteral("RMB");
    Table t;
    t.kind = TableKind::ProfitOrLoss;
    t.pages = {7};
    t.unit = 1;
    t.currency = QStringLiteral("RMB");
    t.columns = {halfYear(2024), halfYear(2023)};
    t.items = {item(QStringLiteral("Revenue"), QStringLiteral("revenue"), 1100000, 1000000, 7, 0),
               item(QStringLiteral("Cost of sales"), QStringLiteral("cost_of_sales"), -650000, -600000, 7, 1),
               item(QStringLiteral("Gross profit"), QStringLiteral("gross_profit"), 450000, 400000, 7, 2,
                    RowKind::Subtotal),
               item(QStringLiteral("Government grants"), QString(), 7000, 3000, 7, 3),
               item(QStringLiteral("Profit for the period"), QStringLiteral("profit_for_period"), 457000, 403000, 7,
                    4, RowKind::Subtotal)};
    r.tables.insert(t.kind, t);
    r.checks = ArithmeticChecks::run(r);
    return r;
}

} // namespace StoreFixtures
