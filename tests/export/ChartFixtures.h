#pragma once

// Hand-built reports of fictional companies for the chart and export tests:
// each fixture is named for the quirk it carries.
#include "domain/Report.h"
#include "store/ReportStore.h"

#include <QStringList>
#include <initializer_list>

namespace fixtures {

using namespace ledgerlens;

inline Column period(int year, int month, int day, int months, const QString &label = {})
{
    Column c;
    c.periodEnd = QDate(year, month, day);
    c.months = months;
    c.label = label.isEmpty() ? QString::number(year) : label;
    return c;
}

inline LineItem row(const QString &label, std::initializer_list<const char *> values, const QString &canonical = {},
                    RowKind kind = RowKind::Item, int page = 3)
{
    LineItem li;
    li.label = label;
    li.canonical = canonical;
    li.kind = kind;
    int i = 0;
    for (const char *v : values) {
        Cell c;
        if (v)
            c.value = Decimal::fromString(QString::fromLatin1(v));
        c.source = SourceRef{page, QRectF(300 + 80 * i, 100 + 12 * li.cells.size(), 40, 9)};
        li.cells << c;
        ++i;
    }
    return li;
}

inline Table table(TableKind kind, qint64 unit, QVector<Column> columns, QVector<LineItem> items)
{
    Table t;
    t.kind = kind;
    t.unit = unit;
    t.columns = columns;
    t.items = items;
    t.pages = {3};
    return t;
}

// Fictional "Alpha Widgets Holdings Limited": RMB'000, interim, two revenue
// segments and a total row, an operating line, ageing in months.
inline Report alpha()
{
    Report r;
    r.company = QStringLiteral("Alpha Widgets Holdings Limited");
    r.stockCode = QStringLiteral("9001");
    r.kind = QStringLiteral("interim results announcement");
    r.periodEnd = QDate(2024, 6, 30);
    r.currency = QStringLiteral("RMB");
    const QVector<Column> halves{period(2024, 6, 30, 6), period(2023, 6, 30, 6)};
    r.tables.insert(TableKind::ProfitOrLoss, table(TableKind::ProfitOrLoss, 1000, halves, {
        row("Revenue", {"300000", "240000"}, "revenue"),
        row("Cost of sales", {"-200000", "-180000"}, "cost_of_sales"),
        row("Gross profit", {"100000", "60000"}, "gross_profit", RowKind::Subtotal),
        row("Profit from operations", {"30000", "-12000"}, "operating_profit", RowKind::Subtotal),
        row("Profit for the period", {"20000", "-8000"}, "profit_for_period", RowKind::Subtotal),
    }));
    r.tables.insert(TableKind::RevenueMix, table(TableKind::RevenueMix, 1000, halves, {
        row("Cloud services", {"180000", "120000"}),
        row("Hardware", {"120000", "120000"}),
        row("", {"300000", "240000"}, {}, RowKind::Subtotal),
    }));
    const QVector<Column> dates{period(2024, 6, 30, 0, "30 June 2024"), period(2023, 12, 31, 0, "31 December 2023")};
    r.tables.insert(TableKind::ReceivablesAgeing, table(TableKind::ReceivablesAgeing, 1000, dates, {
        row("Within 1 month", {"50000", "40000"}),
        row("1 to 3 months", {"20000", "15000"}),
        row("3 to 12 months", {"8000", nullptr}),
        row("Over 1 year", {"2000", "1000"}),
        row("Total", {"80000", "56000"}, {}, RowKind::Subtotal),
    }));
    return r;
}

// Fictional "Beta Robotics Group Inc.": RMB million, no operating line,
// a segment shared with Alpha ("Hardware"), ageing in days printed in a
// different order and with different boundaries.
inline Report beta()
{
    Report r;
    r.company = QStringLiteral("Beta Robotics Group Inc.");
    r.stockCode = QStringLiteral("9002");
    r.kind = QStringLiteral("annual report");
    r.periodEnd = QDate(2024, 12, 31);
    r.currency = QStringLiteral("RMB");
    const QVector<Column> years{period(2024, 12, 31, 12), period(2023, 12, 31, 12)};
    r.tables.insert(TableKind::ProfitOrLoss, table(TableKind::ProfitOrLoss, 1000000, years, {
        row("Revenue", {"1500.0", "0"}, "revenue"),
        row("Gross profit", {"500.0", "12.5"}, "gross_profit", RowKind::Subtotal),
        row("Loss for the year", {"-187.5", "-20.0"}, "profit_for_period", RowKind::Subtotal),
    }));
    r.tables.insert(TableKind::RevenueMix, table(TableKind::RevenueMix, 1000000, years, {
        row("Hardware", {"900.0", nullptr}),
        row("Robot leasing", {"600.0", nullptr}),
        row("Total", {"1500.0", nullptr}, {}, RowKind::Item),
    }));
    const QVector<Column> dates{period(2024, 12, 31, 0, "2024"), period(2023, 12, 31, 0, "2023")};
    r.tables.insert(TableKind::ReceivablesAgeing, table(TableKind::ReceivablesAgeing, 1000000, dates, {
        row("Over 90 days", {"10.0", "9.0"}),
        row("0-30 days", {"100.0", "80.0"}),
        row("61-90 days", {"20.0", "25.0"}),
        row("31-60 days", {"30.0", "35.0"}),
        row("", {"160.0", "149.0"}, {}, RowKind::Subtotal),
    }));
    return r;
}

// Fictional "Gamma Trading": Chinese labels, segments printed as COLUMNS with
// segment revenue and cost of sales rows (segment gross margins).
inline Report gamma()
{
    Report r;
    r.company = QStringLiteral("伽瑪貿易控股有限公司");
    r.kind = QStringLiteral("annual results announcement");
    r.periodEnd = QDate(2025, 3, 31);
    r.currency = QStringLiteral("HKD");
    auto seg = [](const QString &segment, int year) {
        Column c = period(year, 3, 31, 12, segment + QLatin1Char(' ') + QString::number(year));
        c.segment = segment;
        return c;
    };
    const QVector<Column> cols{seg(QStringLiteral("Toys"), 2025), seg(QStringLiteral("Apparel"), 2025),
                               seg(QStringLiteral("Total"), 2025)};
    r.tables.insert(TableKind::ProfitOrLoss, table(TableKind::ProfitOrLoss, 1000, {period(2025, 3, 31, 12)}, {
        row("營業額", {"90000"}, "revenue"),
        row("毛利", {"27000"}, "gross_profit", RowKind::Subtotal),
        row("本年度溢利", {"9000"}, "profit_for_period", RowKind::Subtotal),
    }));
    r.tables.insert(TableKind::RevenueMix, table(TableKind::RevenueMix, 1000, cols, {
        row("Segment revenue", {"60000", "30000", "90000"}, "revenue"),
        row("Cost of sales", {"-45000", "-18000", "-63000"}, "cost_of_sales"),
    }));
    const QVector<Column> dates{period(2025, 3, 31, 0, "二零二五年")};
    r.tables.insert(TableKind::ReceivablesAgeing, table(TableKind::ReceivablesAgeing, 1000, dates, {
        row("超過1年", {"700"}),
        row("1年以內", {"5300"}),
        row("總計", {"6000"}, {}, RowKind::Subtotal),
    }));
    return r;
}

inline EntryId load(ReportStore &store, Report report, const QString &name)
{
    for (Table &t : report.tables)
        t.currency = report.currency;   // extraction prints the currency per table
    const EntryId id = store.addEntry(QStringLiteral("/nonexistent/%1.pdf").arg(name));
    store.setReport(id, report);
    return id;
}

} // namespace fixtures
