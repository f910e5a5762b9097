#include "checks/ArithmeticChecks.h"

#include <QtTest>

using namespace ledgerlens;

namespace {

// One printed row: label, key, figures per column ("" is a dash / blank).
struct Row
{
    QString label;
    QString key;
    QStringList figures;
    RowKind kind = RowKind::Item;
};

Table makeTable(TableKind kind, const QStringList &columns, const QVector<Row> &rows, qint64 unit = 1000)
{
    Table t;
    t.kind = kind;
    t.unit = unit;
    for (const QString &c : columns) {
        Column col;
        col.label = c;
        t.columns << col;
    }
    for (const Row &r : rows) {
        LineItem item;
        item.label = r.label;
        item.canonical = r.key;
        item.kind = r.kind;
        for (const QString &f : r.figures) {
            Cell cell;
            if (!f.isEmpty())
                cell.value = Decimal::fromString(f);
            item.cells << cell;
        }
        t.items << item;
    }
    return t;
}

void setFigure(Table *t, int row, int column, const char *value)
{
    t->items[row].cells[column].value = Decimal::fromString(QString::fromLatin1(value));
}

QVector<Check> withRule(const QVector<Check> &checks, const QString &rule)
{
    QVector<Check> out;
    for (const Check &c : checks) {
        if (c.rule == rule)
            out << c;
    }
    return out;
}

QStringList failures(const QVector<Check> &checks)
{
    QStringList out;
    for (const Check &c : checks) {
        if (!c.ok)
            out << QStringLiteral("%1 [col %2]: %3 vs %4").arg(c.rule).arg(c.column).arg(c.expected.toString(), c.computed.toString());
    }
    return out;
}

// A condensed income statement whose figures add up (costs in parentheses).
Table incomeStatement()
{
    return makeTable(TableKind::ProfitOrLoss, {QStringLiteral("2024"), QStringLiteral("2023")}, {
        {"Revenue", "revenue", {"369696", "301862"}},
        {"Cost of sales", "cost_of_sales", {"-322586", "-254091"}},
        {"Gross profit", "gross_profit", {"47110", "47771"}},
        {"Other income and gains", "other_income", {"4321", "738"}},
        {"Administrative expenses", "administrative_expenses", {"-29640", "-27577"}},
        {"Finance costs", "finance_costs", {"-2941", "-1861"}},
        {"Profit before tax", "profit_before_tax", {"18850", "19071"}},
        {"Income tax expense", "income_tax", {"-2307", "-1885"}},
        {"Profit for the period", "profit_for_period", {"16543", "17186"}},
        {"Attributable to:", "", {"", ""}},
        {"Owners of the parent", "profit_attributable_to_owners", {"16320", "16899"}},
        {"Non-controlling interests", "profit_attributable_to_nci", {"223", "287"}},
        {"", "", {"16543", "17186"}},
    });
}

// Hong Kong layout: net current assets, total assets less current liabilities, net assets.
Table balanceSheet()
{
    return makeTable(TableKind::FinancialPosition, {QStringLiteral("30 June 2024"), QStringLiteral("31 December 2023")}, {
        {"NON-CURRENT ASSETS", "", {"", ""}, RowKind::Heading},
        {"Property, plant and equipment", "property_plant_and_equipment", {"29152", "21453"}},
        {"Right-of-use assets", "right_of_use_assets", {"1093", "1408"}},
        {"Total non-current assets", "total_non_current_assets", {"30245", "22861"}},
        {"CURRENT ASSETS", "", {"", ""}, RowKind::Heading},
        {"Trade receivables", "trade_receivables", {"323775", "197627"}},
        {"Cash and cash equivalents", "cash_and_cash_equivalents", {"164639", "162341"}},
        {"Total current assets", "total_current_assets", {"488414", "359968"}},
        {"CURRENT LIABILITIES", "", {"", ""}, RowKind::Heading},
        {"Trade payables", "trade_payables", {"191763", "244135"}},
        {"Tax payable", "", {"5384", "3155"}},
        {"Total current liabilities", "total_current_liabilities", {"197147", "247290"}},
        {"NET CURRENT ASSETS", "net_current_assets", {"291267", "112678"}},
        {"TOTAL ASSETS LESS CURRENT LIABILITIES", "total_assets_less_current_liabilities", {"321512", "135539"}},
        {"Lease liabilities", "", {"375", "664"}},
        {"Total non-current liabilities", "total_non_current_liabilities", {"375", "664"}},
        {"Net assets", "net_assets", {"321137", "134875"}},
        {"Share capital", "share_capital", {"33", ""}},
        {"Reserves", "reserves", {"317676", "134112"}},
        {"Equity attributable to owners of the parent", "equity_attributable_to_owners", {"317709", "134112"}},
        {"Non-controlling interests", "non_controlling_interests", {"3428", "763"}},
        {"Total equity", "total_equity", {"321137", "134875"}},
    });
}

Table cashFlows()
{
    return makeTable(TableKind::CashFlows, {QStringLiteral("2025"), QStringLiteral("2024")}, {
        {"Net cash used in operating activities", "net_cash_operating", {"-639485", "-3523763"}},
        {"Net cash generated from/(used in) investing activities", "net_cash_investing", {"699670", "-1068168"}},
        {"Net cash generated from financing activities", "net_cash_financing", {"2158031", "2722666"}},
        {"Net increase/(decrease) in cash and cash equivalents", "net_increase_in_cash", {"2218216", "-1869265"}},
        {"Cash and cash equivalents at beginning of period", "cash_at_beginning", {"8887988", "9423495"}},
        {"Effect of foreign exchange rates changes", "effect_of_exchange_rate_changes", {"62171", "72314"}},
        {"Cash and cash equivalents at end of period", "cash_and_cash_equivalents", {"11168375", "7626544"}},
    });
}

Table ageing()
{
    return makeTable(TableKind::ReceivablesAgeing, {QStringLiteral("2021"), QStringLiteral("2020")}, {
        {"0 to 30 days", "within_30_days", {"17341", "15492"}},
        {"31 to 60 days", "days_31_to_60", {"3171", "473"}},
        {"61 to 90 days", "days_61_to_90", {"2599", "498"}},
        {"Over 180 days", "over_180_days", {"", "16"}},
        {"", "", {"23111", "16479"}},
    });
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT
private slots:
    void consistentIncomeStatementPasses()
    {
        const QVector<Check> checks = ArithmeticChecks::runTable(incomeStatement());
        QVERIFY2(failures(checks).isEmpty(), qPrintable(failures(checks).join(QLatin1Char('\n'))));
        const auto gross = withRule(checks, QStringLiteral("revenue - cost_of_sales = gross_profit"));
        QCOMPARE(gross.size(), 2);
        QCOMPARE(gross[0].rows, (QVector<int>{0, 1, 2}));
        QCOMPARE(gross[1].column, 1);
        QCOMPARE(gross[1].computed, Decimal(47771));
        QCOMPARE(withRule(checks, QStringLiteral("profit_before_tax + income_tax = profit_for_period")).size(), 2);
        QCOMPARE(withRule(checks, QStringLiteral("profit_attributable_to_owners + profit_attributable_to_nci = profit_for_period"))
                     .size(), 2);
        // The running subtotal (gross profit + other lines = profit before tax) is found from the figures.
        QCOMPARE(withRule(checks, QStringLiteral("profit_before_tax = gross_profit + 3 lines above")).size(), 2);
    }

    void alteredGrossProfitFailsWithTheRightFigure()
    {
        Table t = incomeStatement();
        setFigure(&t, 2, 0, "47111");
        const auto gross = withRule(ArithmeticChecks::runTable(t), QStringLiteral("revenue - cost_of_sales = gross_profit"));
        QCOMPARE(gross.size(), 2);
        QVERIFY(!gross[0].ok);
        QCOMPARE(gross[0].expected, Decimal(47111));
        QCOMPARE(gross[0].computed, Decimal(47110));
        QVERIFY(gross[1].ok); // the other period is untouched
    }

    void costsPrintedWithoutParenthesesStillSubtract()
    {
        Table t = incomeStatement();
        setFigure(&t, 1, 0, "322586");
        const auto gross = withRule(ArithmeticChecks::runTable(t), QStringLiteral("revenue - cost_of_sales = gross_profit"));
        QCOMPARE(gross.size(), 2);
        QVERIFY(gross[0].ok);
    }

    void taxPrintedAsPositiveExpenseIsSubtracted()
    {
        Table t = incomeStatement();
        setFigure(&t, 7, 0, "2307");
        setFigure(&t, 7, 1, "1885");
        const auto checks = ArithmeticChecks::runTable(t);
        const auto tax = withRule(checks, QStringLiteral("profit_before_tax - income_tax = profit_for_period"));
        QCOMPARE(tax.size(), 2);
        QVERIFY(tax[0].ok && tax[1].ok);
    }

    void alteredProfitFailsTaxAndAttribution()
    {
        Table t = incomeStatement();
        setFigure(&t, 8, 1, "17000");
        const auto checks = ArithmeticChecks::runTable(t);
        const auto tax = withRule(checks, QStringLiteral("profit_before_tax + income_tax = profit_for_period"));
        QCOMPARE(tax.size(), 2);
        QVERIFY(tax[0].ok);
        QVERIFY(!tax[1].ok);
        QCOMPARE(tax[1].computed, Decimal(17186));
        const auto split = withRule(checks, QStringLiteral("profit_attributable_to_owners + profit_attributable_to_nci = profit_for_period"));
        QVERIFY(!split[1].ok);
        QCOMPARE(split[1].rows.last(), 8);
    }

    void linesBetweenTaxAndProfitSuppressTheTaxIdentity()
    {
        // Discontinued operations sit between tax and profit: the plain identity
        // does not hold and must not be reported as a failure.
        Table t = makeTable(TableKind::ProfitOrLoss, {QStringLiteral("2025"), QStringLiteral("2024")}, {
            {"除所得稅前虧損", "profit_before_tax", {"-64270", "-3070"}},
            {"所得稅開支", "income_tax", {"", ""}},
            {"本年度持續經營業務虧損", "", {"-64270", "-3070"}},
            {"本年度已終止經營業務溢利", "", {"", "594842"}},
            {"本年度（虧損）╱溢利", "profit_for_period", {"-64270", "591772"}},
        });
        const auto checks = ArithmeticChecks::runTable(t);
        QVERIFY(withRule(checks, QStringLiteral("profit_before_tax + income_tax = profit_for_period")).isEmpty());
        QVERIFY2(failures(checks).isEmpty(), qPrintable(failures(checks).join(QLatin1Char('\n'))));
    }

    void balanceSheetIdentitiesHold()
    {
        const auto checks = ArithmeticChecks::runTable(balanceSheet());
        QVERIFY2(failures(checks).isEmpty(), qPrintable(failures(checks).join(QLatin1Char('\n'))));
        for (const char *rule : {"total_current_assets - total_current_liabilities = net_current_assets",
                                 "total_non_current_assets + net_current_assets = total_assets_less_current_liabilities",
                                 "total_assets_less_current_liabilities - total_non_current_liabilities = net_assets",
                                 "net_assets = total_equity",
                                 "equity_attributable_to_owners + non_controlling_interests = total_equity",
                                 "share_capital + reserves = equity_attributable_to_owners"})
            QVERIFY2(withRule(checks, QString::fromLatin1(rule)).size() == 2, rule);
        // Subtotals are checked against the lines under their heading.
        QCOMPARE(withRule(checks, QStringLiteral("total_current_assets = sum of the 2 lines above")).size(), 2);
    }

    void unbalancedBalanceSheetFails()
    {
        Table t = balanceSheet();
        setFigure(&t, 21, 0, "321000"); // total equity no longer equals net assets
        const auto checks = ArithmeticChecks::runTable(t);
        const auto balance = withRule(checks, QStringLiteral("net_assets = total_equity"));
        QCOMPARE(balance.size(), 2);
        QVERIFY(!balance[0].ok);
        QCOMPARE(balance[0].expected, Decimal(321000));
        QCOMPARE(balance[0].computed, Decimal(321137));
        QVERIFY(balance[1].ok);
    }

    void assetsEqualEquityPlusLiabilities()
    {
        Table t = makeTable(TableKind::FinancialPosition, {QStringLiteral("2025")}, {
            {"Total non-current assets", "total_non_current_assets", {"17239421"}},
            {"Total current assets", "total_current_assets", {"18341520"}},
            {"Total assets", "total_assets", {"35580941"}},
            {"Total equity", "total_equity", {"22470805"}},
            {"Total liabilities", "total_liabilities", {"13110136"}},
        });
        auto checks = ArithmeticChecks::runTable(t);
        const auto balance = withRule(checks, QStringLiteral("total_equity + total_liabilities = total_assets"));
        QCOMPARE(balance.size(), 1);
        QVERIFY(balance[0].ok);
        QCOMPARE(balance[0].rows, (QVector<int>{3, 4, 2}));
        QVERIFY(withRule(checks, QStringLiteral("total_non_current_assets + total_current_assets = total_assets"))[0].ok);

        setFigure(&t, 4, 0, "13110000");
        checks = ArithmeticChecks::runTable(t);
        const auto broken = withRule(checks, QStringLiteral("total_equity + total_liabilities = total_assets"));
        QVERIFY(!broken[0].ok);
        QCOMPARE(broken[0].computed, Decimal(35580805));
    }

    void cashRollsForward()
    {
        const auto checks = ArithmeticChecks::runTable(cashFlows());
        QVERIFY2(failures(checks).isEmpty(), qPrintable(failures(checks).join(QLatin1Char('\n'))));
        QCOMPARE(withRule(checks, QStringLiteral("net_cash_operating + net_cash_investing + net_cash_financing = "
                                                 "net_increase_in_cash")).size(), 2);
        const auto roll = withRule(checks, QStringLiteral("cash_at_beginning + net_increase_in_cash + "
                                                          "effect_of_exchange_rate_changes = cash_and_cash_equivalents (end)"));
        QCOMPARE(roll.size(), 2);
        QCOMPARE(roll[1].rows, (QVector<int>{4, 3, 5, 6}));
    }

    void brokenCashRollForwardFails()
    {
        Table t = cashFlows();
        setFigure(&t, 6, 0, "11168000");
        const auto roll = withRule(ArithmeticChecks::runTable(t),
                                   QStringLiteral("cash_at_beginning + net_increase_in_cash + "
                                                  "effect_of_exchange_rate_changes = cash_and_cash_equivalents (end)"));
        QVERIFY(!roll[0].ok);
        QCOMPARE(roll[0].computed, Decimal(11168375));
        QVERIFY(roll[1].ok);
    }

    void unmappedLineInRollForwardSuppressesTheShortIdentity()
    {
        // An FX line the taxonomy does not know sits between the movement and
        // the closing balance: the two-term roll-forward is not claimed.
        Table t = cashFlows();
        t.items[5].canonical.clear();
        auto checks = ArithmeticChecks::runTable(t);
        QVERIFY(withRule(checks, QStringLiteral("cash_at_beginning + net_increase_in_cash = cash_and_cash_equivalents (end)"))
                    .isEmpty());
        QVERIFY2(failures(checks).isEmpty(), qPrintable(failures(checks).join(QLatin1Char('\n'))));

        // With no FX line at all the two-term identity is checked.
        t.items.remove(5);
        checks = ArithmeticChecks::runTable(t);
        const auto roll = withRule(checks, QStringLiteral("cash_at_beginning + net_increase_in_cash = cash_and_cash_equivalents (end)"));
        QCOMPARE(roll.size(), 2);
        QVERIFY(!roll[0].ok); // 8887988 + 2218216 misses the 62171 FX effect
        QCOMPARE(roll[0].computed, Decimal(11106204));
    }

    void ageingBucketsSumToTotal()
    {
        Table t = ageing();
        auto checks = ArithmeticChecks::runTable(t);
        QCOMPARE(checks.size(), 2);
        QVERIFY(checks[0].ok && checks[1].ok);
        QCOMPARE(checks[0].rule, QStringLiteral("ageing buckets sum to total"));
        QCOMPARE(checks[0].rows, (QVector<int>{0, 1, 2, 3, 4}));

        setFigure(&t, 1, 1, "437");
        checks = ArithmeticChecks::runTable(t);
        QVERIFY(checks[0].ok);
        QVERIFY(!checks[1].ok);
        QCOMPARE(checks[1].computed, Decimal(16443));
        QCOMPARE(checks[1].expected, Decimal(16479));
    }

    void ageingWithoutTotalHasNoCheck()
    {
        Table t = ageing();
        t.items.removeLast();
        QVERIFY(ArithmeticChecks::runTable(t).isEmpty());
    }

    void unestablishedBlocksAreNotReported()
    {
        // An unlabelled subtotal that matches neither reading in any column is
        // not reported: it may be a different identity (e.g. a difference).
        Table t = makeTable(TableKind::FinancialPosition, {QStringLiteral("2021"), QStringLiteral("2020")}, {
            {"Inventories", "", {"100", "90"}},
            {"Cash", "", {"50", "40"}},
            {"", "", {"150", "130"}},
            {"Trade payables", "", {"70", "60"}},
            {"Tax payable", "", {"10", "10"}},
            {"", "", {"80", "70"}},
            {"", "", {"70", "60"}}, // current assets less current liabilities
        });
        const auto checks = ArithmeticChecks::runTable(t);
        QCOMPARE(checks.size(), 4); // the two sums, per column
        QVERIFY2(failures(checks).isEmpty(), qPrintable(failures(checks).join(QLatin1Char('\n'))));
    }

    void revenueMixAgreesWithIncomeStatementAcrossUnits()
    {
        Report r;
        Table pl = incomeStatement();
        pl.columns[0].periodEnd = QDate(2024, 6, 30);
        pl.columns[1].periodEnd = QDate(2023, 6, 30);
        setFigure(&pl, 0, 0, "2358198");
        setFigure(&pl, 0, 1, "1739717");
        Table mix = makeTable(TableKind::RevenueMix, {QStringLiteral("2024"), QStringLiteral("2023")}, {
            {"Generative AI", "", {"1815.5", "1051.2"}},
            {"Computer Vision", "", {"436.0", "512.0"}},
            {"X Businesses", "", {"106.7", "176.5"}},
            {"Total", "total_revenue", {"2358.2", "1739.7"}},
        }, 1000000);
        mix.columns[0].periodEnd = QDate(2024, 6, 30);
        mix.columns[1].periodEnd = QDate(2023, 6, 30);
        r.tables.insert(TableKind::ProfitOrLoss, pl);
        r.tables.insert(TableKind::RevenueMix, mix);

        auto checks = ArithmeticChecks::run(r);
        auto cross = withRule(checks, QStringLiteral("revenue_mix total = profit_or_loss revenue"));
        QCOMPARE(cross.size(), 2);
        QVERIFY(cross[0].ok && cross[1].ok);
        QCOMPARE(cross[0].computed, Decimal(2358198, 3)); // RMB'000 restated in millions
        QVERIFY(withRule(checks, QStringLiteral("revenue mix lines sum to total_revenue"))[0].ok);

        setFigure(&r.tables[TableKind::ProfitOrLoss], 0, 1, "1739617");
        cross = withRule(ArithmeticChecks::run(r), QStringLiteral("revenue_mix total = profit_or_loss revenue"));
        QVERIFY(cross[0].ok);
        QVERIFY(!cross[1].ok);
        QCOMPARE(cross[1].computed, Decimal(1739617, 3));
    }

    void segmentColumnsAreNotComparedWithGroupRevenue()
    {
        Report r;
        Table pl = makeTable(TableKind::ProfitOrLoss, {QStringLiteral("2021")}, {{"Revenue", "revenue", {"829935"}}});
        Table mix = makeTable(TableKind::RevenueMix,
                              {QStringLiteral("Product segment 2021"), QStringLiteral("Service segment 2021"),
                               QStringLiteral("Total 2021")}, {
            {"At a point of time", "", {"125211", "", "125211"}},
            {"Over time", "", {"", "704724", "704724"}},
            {"", "", {"125211", "704724", "829935"}},
        });
        r.tables.insert(TableKind::ProfitOrLoss, pl);
        r.tables.insert(TableKind::RevenueMix, mix);
        const auto cross = withRule(ArithmeticChecks::run(r), QStringLiteral("revenue_mix total = profit_or_loss revenue"));
        QCOMPARE(cross.size(), 1);
        QCOMPARE(cross[0].column, 2);
        QVERIFY(cross[0].ok);
    }

    void reportRunCoversEveryTable()
    {
        Report r;
        r.tables.insert(TableKind::ProfitOrLoss, incomeStatement());
        r.tables.insert(TableKind::FinancialPosition, balanceSheet());
        r.tables.insert(TableKind::CashFlows, cashFlows());
        r.tables.insert(TableKind::ReceivablesAgeing, ageing());
        const auto checks = ArithmeticChecks::run(r);
        QList<TableKind> tables;
        for (const Check &c : checks) {
            if (!tables.contains(c.table))
                tables << c.table;
        }
        QCOMPARE(tables.size(), 4);
        QVERIFY(failures(checks).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
