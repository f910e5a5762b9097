// RowKeyer: a caption's key from the statement context it is printed in
// (section headings, attribution blocks, cash flow activity blocks).
#include "TableRows.h"
#include "taxonomy/RowKeyer.h"

#include <QtTest>

using namespace ledgerlens;

namespace {

using TableRows::heading;
using TableRows::row;

Table table(TableKind kind, const QVector<LineItem> &items) { return TableRows::keyed(kind, items); }

QStringList keys(const Table &t)
{
    QStringList out;
    for (const LineItem &i : t.items)
        out << i.canonical;
    return out;
}

} // namespace

class TestRowKeyer : public QObject
{
    Q_OBJECT
private slots:
    void leaseLiabilitiesTakeTheirSection_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("nonCurrent");
        QTest::addColumn<QString>("caption");
        QTest::newRow("english") << "Current liabilities" << "Non-current liabilities" << "Lease liabilities";
        QTest::newRow("upper case, colon") << "CURRENT LIABILITIES:" << "NON-CURRENT LIABILITIES:" << "Lease liabilities";
        QTest::newRow("traditional") << "流動負債" << "非流動負債" << "租賃負債";
        QTest::newRow("simplified") << "流动负债" << "非流动负债" << "租赁负债";
        QTest::newRow("bilingual") << "Current liabilities流動負債" << "Non-current liabilities非流動負債" << "Lease liabilities租賃負債";
    }
    void leaseLiabilitiesTakeTheirSection()
    {
        QFETCH(QString, current);
        QFETCH(QString, nonCurrent);
        QFETCH(QString, caption);
        const Table t = table(TableKind::FinancialPosition,
                              {heading(current), row(QStringLiteral("Trade payables"), 10), row(caption, 3),
                               row(QString(), 13, 0, RowKind::Subtotal), row(QStringLiteral("Net current assets"), 40),
                               heading(nonCurrent), row(caption, 7), row(QStringLiteral("Deferred tax liabilities"), 2)});
        QCOMPARE(t.items[2].canonical, QStringLiteral("lease_liabilities_current"));
        QCOMPARE(t.items[2].ifrs, QStringLiteral("CurrentLeaseLiabilities"));
        QCOMPARE(t.items[6].canonical, QStringLiteral("lease_liabilities_non_current"));
        QCOMPARE(t.items[6].ifrs, QStringLiteral("NoncurrentLeaseLiabilities"));
        QCOMPARE(t.items[7].canonical, QStringLiteral("deferred_tax_liabilities"));
    }

    // Without a heading the section is unknown; a closed section does not leak.
    void noSectionNoKey()
    {
        const Table bare = table(TableKind::FinancialPosition, {row(QStringLiteral("Lease liabilities"), 3)});
        QCOMPARE(bare.items[0].canonical, QString());
        QVERIFY(bare.items[0].ifrs.isEmpty());

        const Table closed = table(TableKind::FinancialPosition,
                                   {heading(QStringLiteral("Current liabilities")), row(QStringLiteral("Bank borrowings"), 5),
                                    row(QString(), 5, 0, RowKind::Subtotal), row(QStringLiteral("Bank borrowings"), 9)});
        QCOMPARE(keys(closed), QStringList({"", "borrowings_current", "", ""}));
    }

    // Rows above the first "Current assets" heading are the non-current assets.
    void assetsAboveCurrentAssetsAreNonCurrent()
    {
        const Table t = table(TableKind::FinancialPosition,
                              {row(QStringLiteral("Property, plant and equipment"), 50),
                               row(QStringLiteral("Prepayments, deposits and other receivables"), 4),
                               row(QString(), 54, 0, RowKind::Subtotal), heading(QStringLiteral("Current assets")),
                               row(QStringLiteral("Prepayments, deposits and other receivables"), 6),
                               row(QStringLiteral("Trade receivables"), 8)});
        QCOMPARE(t.items[1].canonical, QStringLiteral("prepayments_deposits_other_receivables_non_current"));
        QCOMPARE(t.items[4].canonical, QStringLiteral("prepayments_deposits_other_receivables"));
        QCOMPARE(t.items[5].ifrs, QStringLiteral("CurrentTradeReceivables"));
    }

    void ownersAndNciTakeTheirBlock_data()
    {
        QTest::addColumn<QString>("profitHeading");
        QTest::addColumn<QString>("tciHeading");
        QTest::newRow("specific headings") << "Profit for the year attributable to:"
                                           << "Total comprehensive income for the year attributable to:";
        QTest::newRow("generic headings") << "Attributable to:" << "Attributable to:";
        QTest::newRow("no headings") << "" << "";
        QTest::newRow("chinese") << "以下人士應佔本年度溢利：" << "以下人士應佔本年度全面收益總額：";
    }
    void ownersAndNciTakeTheirBlock()
    {
        QFETCH(QString, profitHeading);
        QFETCH(QString, tciHeading);
        for (TableKind kind : {TableKind::ProfitOrLoss, TableKind::ComprehensiveIncome}) {
            QVector<LineItem> items{row(QStringLiteral("Profit for the year"), 100, 90)};
            if (!profitHeading.isEmpty())
                items << heading(profitHeading);
            items << row(QStringLiteral("Owners of the Company"), 80, 70)
                  << row(QStringLiteral("Non-controlling interests"), 20, 20)
                  << row(QStringLiteral("Exchange differences on translation of foreign operations"), 5, 1)
                  << row(QStringLiteral("Total comprehensive income for the year"), 105, 91, RowKind::Subtotal);
            if (!tciHeading.isEmpty())
                items << heading(tciHeading);
            items << row(QStringLiteral("Owners of the Company"), 84, 71) << row(QStringLiteral("Non-controlling interests"), 21, 20);
            const Table t = table(kind, items);
            QStringList got;
            for (const LineItem &i : t.items)
                if (i.kind != RowKind::Heading)
                    got << i.canonical;
            QCOMPARE(got, QStringList({"profit_for_period", "profit_attributable_to_owners", "profit_attributable_to_nci",
                                       "oci_exchange_differences", "total_comprehensive_income",
                                       "tci_attributable_to_owners", "tci_attributable_to_nci"}));
            QCOMPARE(t.items.back().ifrs, QStringLiteral("ComprehensiveIncomeAttributableToNoncontrollingInterests"));
        }
    }

    // A key goes to one row; a restated total with the same figures may repeat it.
    void noKeyOnTwoDifferentRows()
    {
        const Table t = table(TableKind::ProfitOrLoss,
                              {row(QStringLiteral("Profit for the year"), 100, 90), heading(QStringLiteral("Earnings per share")),
                               row(QStringLiteral("Basic"), 12, 11), row(QStringLiteral("Diluted"), 12, 10),
                               row(QStringLiteral("Basic"), 9, 8), row(QStringLiteral("Profit for the year"), 100, 90)});
        QCOMPARE(keys(t), QStringList({"profit_for_period", "", "eps_basic", "eps_diluted", "", "profit_for_period"}));
    }

    // An unlabelled subtotal under the owners and NCI lines adds them up: it
    // is the profit (or total comprehensive income) again, named so.
    void unlabelledAttributionTotalIsTheTotalAgain()
    {
        const Table t = table(TableKind::ProfitOrLoss,
                              {row("Profit for the year", 100, 90), heading("Attributable to:"),
                               row("Owners of the Company", 80, 70), row("Non-controlling interests", 20, 20),
                               row(QString(), 100, 90, RowKind::Subtotal),
                               row("Total comprehensive income for the year", 105, 91, RowKind::Subtotal),
                               heading("Attributable to:"), row("Owners of the Company", 84, 71),
                               row("Non-controlling interests", 21, 20), row(QString(), 105, 91, RowKind::Subtotal)});
        QCOMPARE(keys(t), QStringList({"profit_for_period", "", "profit_attributable_to_owners", "profit_attributable_to_nci",
                                       "profit_for_period", "total_comprehensive_income", "", "tci_attributable_to_owners",
                                       "tci_attributable_to_nci", "total_comprehensive_income"}));
        QCOMPARE(t.items[4].derivedLabel, Taxonomy::builtin().displayName("profit_for_period"));
        QCOMPARE(t.items[4].label, QString());
        QCOMPARE(t.items[9].derivedLabel, Taxonomy::builtin().displayName("total_comprehensive_income"));
        // A blank total that does not add up the block stays unnamed.
        const Table off = table(TableKind::ProfitOrLoss,
                                {row("Profit for the year", 100, 90), heading("Attributable to:"),
                                 row("Owners of the Company", 80, 70), row("Non-controlling interests", 20, 20),
                                 row(QString(), 101, 90, RowKind::Subtotal)});
        QCOMPARE(off.items[4].canonical, QString());
        QCOMPARE(off.items[4].derivedLabel, QString());
    }

    // Per-share rows named by the headings above them: "Basic" / "- For
    // profit for the year", a wrapped "EARNINGS PER SHARE ATTRIBUTABLE ..."
    // then "BASIC AND DILUTED (RMB)", or "From continuing operations" over
    // "Basic"; a "Continuing operations" heading atop the statement says
    // nothing about the per-share rows far below it.
    void perShareRowsTakeTheirHeadings_data()
    {
        QTest::addColumn<QVector<LineItem>>("items");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("basic, diluted over 'for profit'")
            << QVector<LineItem>{row("Profit for the year", 100, 90),
                                 heading("EARNINGS PER SHARE ATTRIBUTABLE TO ORDINARY EQUITY HOLDERS OF THE PARENT"),
                                 heading("Basic"), row("- For profit for the year", 12, 11),
                                 row("- For profit from continuing operations", 10, 9), heading("Diluted"),
                                 row("- For profit for the year", 11, 10), row("- For profit from continuing operations", 9, 8)}
            << QStringList{"profit_for_period", "", "", "eps_basic", "eps_basic_continuing", "", "eps_diluted",
                           "eps_diluted_continuing"};
        QTest::newRow("wrapped heading, basic and diluted")
            << QVector<LineItem>{row("PROFIT FOR THE PERIOD", 100, 90), heading("Attributable to:"),
                                 row("Owners of the parent", 80, 70), row("Non-controlling interests", 20, 20),
                                 heading("EARNINGS PER SHARE ATTRIBUTABLE"), heading("TO ORDINARY EQUITY HOLDERS OF"),
                                 heading("THE PARENT"), heading("BASIC AND DILUTED (RMB)"),
                                 row(QString::fromUtf8("\u2014 For profit for the period"), 3, 3)}
            << QStringList{"profit_for_period", "", "profit_attributable_to_owners", "profit_attributable_to_nci", "", "",
                           "", "", "eps_basic_and_diluted"};
        QTest::newRow("chinese, continuing over basic")
            << QVector<LineItem>{row(QString::fromUtf8("本年度溢利"), 100, 90), heading(QString::fromUtf8("每股(虧損)╱盈利")),
                                 heading(QString::fromUtf8("來自持續及已終止經營業務")), row(QString::fromUtf8("-基本(港元)"), 12, 11),
                                 row(QString::fromUtf8("-攤薄(港元)"), 12, 10), heading(QString::fromUtf8("來自持續經營業務")),
                                 row(QString::fromUtf8("-基本(港元)"), 9, 8), row(QString::fromUtf8("-攤薄(港元)"), 9, 7)}
            << QStringList{"profit_for_period", "", "", "eps_basic", "eps_diluted", "", "eps_basic_continuing",
                           "eps_diluted_continuing"};
        QTest::newRow("continuing operations atop the statement")
            << QVector<LineItem>{heading("Continuing operations"), row("Revenue", 500, 400),
                                 row("Profit for the year from continuing operations", 90, 80),
                                 heading("Discontinued operation"), row("Profit for the year from discontinued operation", 10, 10),
                                 row("Profit for the year", 100, 90), heading("Earnings per share"), row("Basic", 12, 11),
                                 row("Diluted", 12, 10)}
            << QStringList{"", "revenue", "profit_from_continuing_operations", "", "profit_from_discontinued_operations",
                           "profit_for_period", "", "eps_basic", "eps_diluted"};
    }
    void perShareRowsTakeTheirHeadings()
    {
        QFETCH(QVector<LineItem>, items);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(table(TableKind::ProfitOrLoss, items)), expected);
    }

    void bilingualLabelsMatchEitherHalf()
    {
        const Table t = table(TableKind::CashFlows,
                              {row(QStringLiteral("Interest income利息收入"), 1),
                               row(QStringLiteral("Dividend income from investments來自投資上市證券之in listed securities股息收入"), 2),
                               // The halves name different keys: not guessed.
                               row(QStringLiteral("Interest income股息收入"), 3)});
        QCOMPARE(t.items[0].canonical, QStringLiteral("interest_income"));
        QCOMPARE(t.items[1].canonical, QStringLiteral("dividend_income"));
        QCOMPARE(t.items[2].canonical, QString());
    }

    // Interest received is operating above the operating total, investing below it.
    void cashFlowActivityBlocks()
    {
        const Table t = table(TableKind::CashFlows,
                              {row(QStringLiteral("Profit before tax"), 10), row(QStringLiteral("Interest received"), 1),
                               row(QStringLiteral("Net cash from operating activities"), 11, 0, RowKind::Subtotal),
                               row(QStringLiteral("Purchase of property, plant and equipment"), -4),
                               row(QStringLiteral("Interest received"), 2, 1),
                               row(QStringLiteral("Net cash used in investing activities"), -2, 0, RowKind::Subtotal),
                               heading(QStringLiteral("Cash flows from financing activities")), row(QStringLiteral("Interest paid"), -3),
                               row(QStringLiteral("Net cash used in financing activities"), -3, 0, RowKind::Subtotal)});
        QCOMPARE(t.items[1].ifrs, QStringLiteral("InterestReceivedClassifiedAsOperatingActivities"));
        QCOMPARE(t.items[4].canonical, QString()); // a second interest_received row with other figures
        QCOMPARE(t.items[7].ifrs, QStringLiteral("InterestPaidClassifiedAsFinancingActivities"));

        const Table investing = table(TableKind::CashFlows,
                                      {row(QStringLiteral("Net cash from operating activities"), 11, 0, RowKind::Subtotal),
                                       row(QStringLiteral("Interest received"), 2),
                                       row(QStringLiteral("Net cash used in investing activities"), -2, 0, RowKind::Subtotal)});
        QCOMPARE(investing.items[1].canonical, QStringLiteral("interest_received"));
        QCOMPARE(investing.items[1].ifrs, QStringLiteral("InterestReceivedClassifiedAsInvestingActivities"));
    }

    // A statement opening with the profit for the year (funds: the increase
    // in net assets from operations) and printing no operating heading: the
    // rows above the net operating cash are still operating, not an
    // attribution block.
    void cashFlowOpeningWithProfitStaysOperating()
    {
        const Table t = table(TableKind::CashFlows,
                              {row(QStringLiteral("Profit for the year"), 10),
                               row(QStringLiteral("Decrease in financial assets at fair value through profit or loss"), 5),
                               row(QStringLiteral("Interest paid"), -1),
                               row(QStringLiteral("Net cash generated from operating activities"), 14, 0, RowKind::Subtotal)});
        QCOMPARE(keys(t), (QStringList{"profit_for_period", "change_in_financial_assets_fvtpl", "interest_paid", "net_cash_operating"}));
        QCOMPARE(t.items[2].ifrs, QStringLiteral("InterestPaidClassifiedAsOperatingActivities"));
    }

    // The owners' line of a group without NCI and without a total is the total.
    void loneAttributionIsTheTotal()
    {
        const Table fp = table(TableKind::FinancialPosition,
                               {row(QStringLiteral("Share capital"), 1), row(QStringLiteral("Reserves"), 9),
                                row(QStringLiteral("Total equity attributable to owners of the Company"), 10)});
        QCOMPARE(fp.items[2].canonical, QStringLiteral("total_equity"));
        QCOMPARE(fp.items[2].ifrs, QStringLiteral("Equity"));

        const Table withNci = table(TableKind::FinancialPosition,
                                    {row(QStringLiteral("Equity attributable to owners of the Company"), 10),
                                     row(QStringLiteral("Non-controlling interests"), 2), row(QStringLiteral("Total equity"), 12)});
        QCOMPARE(keys(withNci), QStringList({"equity_attributable_to_owners", "non_controlling_interests", "total_equity"}));

        const Table pl = table(TableKind::ProfitOrLoss,
                               {row(QStringLiteral("Profit before taxation"), 12), row(QStringLiteral("Income tax"), -2),
                                row(QStringLiteral("Profit attributable to equity holders of the Company"), 10)});
        QCOMPARE(pl.items[2].canonical, QStringLiteral("profit_for_period"));
    }

    // Non-statement tables keep plain matching (ageing bands, mix totals).
    void otherTablesMatchPlainly()
    {
        const Table t = table(TableKind::ReceivablesAgeing, {row(QStringLiteral("0-30 days"), 5), row(QStringLiteral("Total"), 5)});
        QCOMPARE(keys(t), QStringList({"within_30_days", "total"}));
    }
};

QTEST_GUILESS_MAIN(TestRowKeyer)
#include "tst_rowkeyer.moc"
