#include "taxonomy/AgeingBucket.h"
#include "taxonomy/Taxonomy.h"

#include <QFile>
#include <QtTest>

using namespace ledgerlens;

Q_DECLARE_METATYPE(ledgerlens::TableKind)

namespace {
const TableKind PL = TableKind::ProfitOrLoss;
const TableKind CI = TableKind::ComprehensiveIncome;
const TableKind FP = TableKind::FinancialPosition;
const TableKind CF = TableKind::CashFlows;
const TableKind MIX = TableKind::RevenueMix;
const TableKind RA = TableKind::ReceivablesAgeing;
const TableKind PA = TableKind::PayablesAgeing;
} // namespace

class TestTaxonomy : public QObject
{
    Q_OBJECT
private slots:
    void builtinDataLoadsWithoutConflicts()
    {
        // Two keys claiming the same folded label would make matching depend
        // on file order; fromJson reports that, so the shipped data must be clean.
        QFile f(QStringLiteral(":/taxonomy/taxonomy.json"));
        QVERIFY(Taxonomy::builtin().keys(PL).contains(QStringLiteral("revenue"))); // registers the resource
        QVERIFY2(f.open(QIODevice::ReadOnly), "taxonomy resource missing");
        QString error;
        const Taxonomy t = Taxonomy::fromJson(f.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!t.isEmpty());
    }

    void mapsPrintedLabels_data()
    {
        QTest::addColumn<TableKind>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("key");
        // English, as printed (case, wrapping, punctuation vary).
        QTest::newRow("REVENUE caps") << PL << "REVENUE" << "revenue";
        QTest::newRow("turnover") << PL << "Turnover" << "revenue";
        QTest::newRow("cost of sales") << PL << "Cost of sales" << "cost_of_sales";
        QTest::newRow("gross profit") << PL << "Gross profit" << "gross_profit";
        QTest::newRow("operating loss") << PL << "Operating loss" << "operating_profit";
        QTest::newRow("loss from operations") << PL << "Loss from operations" << "operating_profit";
        QTest::newRow("pbt caps") << PL << "PROFIT BEFORE TAX" << "profit_before_tax";
        QTest::newRow("loss before income tax") << PL << "Loss before income tax" << "profit_before_tax";
        QTest::newRow("profit before taxation") << PL << "Profit before taxation" << "profit_before_tax";
        QTest::newRow("tax expense/credit") << PL << "Income tax (expenses)/credit" << "income_tax";
        QTest::newRow("taxation") << PL << "Taxation" << "income_tax";
        QTest::newRow("profit period") << PL << "PROFIT FOR THE PERIOD" << "profit_for_period";
        QTest::newRow("loss period") << PL << "Loss for the period" << "profit_for_period";
        QTest::newRow("profit year") << PL << "Profit for the year" << "profit_for_period";
        QTest::newRow("(loss)/profit") << PL << "(Loss)/profit for the year" << "profit_for_period";
        QTest::newRow("profit/(loss)") << PL << "Profit/(loss) for the period" << "profit_for_period";
        QTest::newRow("six months ended") << PL << "Loss for the six months ended 30 June 2025" << "profit_for_period";
        QTest::newRow("loss and tci") << PL << "Loss and total comprehensive expense for the year" << "profit_for_period";
        QTest::newRow("owners of parent") << PL << "Owners of the parent" << "profit_attributable_to_owners";
        QTest::newRow("equity holders") << PL << "Equity holders of the Company" << "profit_attributable_to_owners";
        QTest::newRow("nci") << PL << "Non-controlling interests" << "profit_attributable_to_nci";
        QTest::newRow("eps basic rmb") << PL << "Basic (RMB)" << "eps_basic";
        QTest::newRow("eps diluted") << PL << "Diluted" << "eps_diluted";
        QTest::newRow("eps basic and diluted") << PL << "Basic and diluted loss per share (RMB)" << "eps_basic_and_diluted";
        QTest::newRow("share of associates") << PL << "Share of (losses)/profits of associates" << "share_of_results_of_associates";
        QTest::newRow("curly quote + colon") << FP << "Total shareholders\u2019 equity:" << "total_equity";
        QTest::newRow("dash variant") << PL << "Finance income \u2013 net" << "finance_income_net";
        QTest::newRow("tci loss") << CI << "Total comprehensive loss for the period" << "total_comprehensive_income";
        QTest::newRow("oci net of tax") << CI << "OTHER COMPREHENSIVE INCOME FOR THE PERIOD, NET OF TAX" << "other_comprehensive_income";
        QTest::newRow("net current (liab)") << FP << "NET CURRENT ASSETS/(LIABILITIES)" << "net_current_assets";
        QTest::newRow("net (liab) assets") << FP << "NET (LIABILITIES) ASSETS" << "net_assets";
        QTest::newRow("total (deficit) equity") << FP << "TOTAL (DEFICIT) EQUITY" << "total_equity";
        QTest::newRow("bank balances and cash") << FP << "Bank balances and cash" << "cash_and_cash_equivalents";
        QTest::newRow("ppe ampersand") << FP << "Property, plant & equipment" << "property_plant_and_equipment";
        QTest::newRow("right of use hyphen") << FP << "Right of use assets" << "right_of_use_assets";
        QTest::newRow("tel") << FP << "Total equity and liabilities" << "total_equity_and_liabilities";
        QTest::newRow("net cash used op") << CF << "Net cash used in operating activities" << "net_cash_operating";
        QTest::newRow("net cash from/(used) inv") << CF << "Net cash generated from/(used in) investing activities"
                                                  << "net_cash_investing";
        QTest::newRow("net cash (used in) from") << CF << "Net cash (used in) from investing activities" << "net_cash_investing";
        QTest::newRow("net (decrease) increase") << CF << "Net (decrease) increase in cash and cash equivalents"
                                                 << "net_increase_in_cash";
        QTest::newRow("cash at beginning") << CF << "Cash and cash equivalents at the beginning of the year" << "cash_at_beginning";
        QTest::newRow("cash at end represented") << CF
            << "Cash and cash equivalents at end of the year, represented by bank balances and cash"
            << "cash_and_cash_equivalents";
        QTest::newRow("eps in HK cents") << PL << "－攤薄（港幣仙）" << "eps_diluted";
        QTest::newRow("fx effect") << CF << "Effect of foreign exchange rates changes" << "effect_of_exchange_rate_changes";
        QTest::newRow("mix total") << MIX << "Total" << "total_revenue";
        // Traditional Chinese.
        QTest::newRow("營業額") << PL << "營業額" << "revenue";
        QTest::newRow("收益") << PL << "收益" << "revenue";
        QTest::newRow("銷貨成本") << PL << "銷貨成本" << "cost_of_sales";
        QTest::newRow("毛利") << PL << "毛利" << "gross_profit";
        QTest::newRow("(虧損)/盈利毛額") << PL << "(虧損)╱盈利毛額" << "gross_profit";
        QTest::newRow("毛利潤") << PL << "毛利潤" << "gross_profit";
        QTest::newRow("除所得稅前虧損") << PL << "除所得稅前虧損" << "profit_before_tax";
        QTest::newRow("除稅前溢利") << PL << "除稅前溢利" << "profit_before_tax";
        QTest::newRow("所得稅開支") << PL << "所得稅開支" << "income_tax";
        QTest::newRow("本年度（虧損）╱溢利") << PL << "本年度（虧損）╱溢利" << "profit_for_period";
        QTest::newRow("期內溢利") << PL << "期內溢利" << "profit_for_period";
        QTest::newRow("owners zh") << PL << "本公司擁有人應佔本年度（虧損）╱溢利" << "profit_attributable_to_owners";
        QTest::newRow("nci zh") << PL << "非控股權益應佔本年度虧損" << "profit_attributable_to_nci";
        QTest::newRow("eps basic zh") << PL << "－基本（港元）" << "eps_basic";
        QTest::newRow("tci zh") << CI << "本年度全面（開支）╱收入總額" << "total_comprehensive_income";
        QTest::newRow("資產總值") << FP << "資產總值" << "total_assets";
        QTest::newRow("總資產") << FP << "總資產" << "total_assets";
        QTest::newRow("權益總額") << FP << "權益總額" << "total_equity";
        QTest::newRow("總虧絀") << FP << "總虧絀" << "total_equity";
        QTest::newRow("應收貿易賬款") << FP << "應收貿易賬款" << "trade_receivables";
        QTest::newRow("現金及現金等價物") << FP << "現金及現金等價物" << "cash_and_cash_equivalents";
        QTest::newRow("流動負債淨額") << FP << "流動負債淨額" << "net_current_assets";
        QTest::newRow("ppe zh") << FP << "物業、廠房及設備" << "property_plant_and_equipment";
        QTest::newRow("op cash zh") << CF << "經營活動（所用）╱所得之現金淨額" << "net_cash_operating";
        // Simplified Chinese.
        QTest::newRow("营业额") << PL << "营业额" << "revenue";
        QTest::newRow("销售成本") << PL << "销售成本" << "cost_of_sales";
        QTest::newRow("除税前亏损") << PL << "除税前亏损" << "profit_before_tax";
        QTest::newRow("本年度亏损") << PL << "本年度亏损" << "profit_for_period";
        QTest::newRow("资产总值") << FP << "资产总值" << "total_assets";
        QTest::newRow("应收贸易账款") << FP << "应收贸易账款" << "trade_receivables";
        QTest::newRow("现金及现金等价物") << FP << "现金及现金等价物" << "cash_and_cash_equivalents";
        QTest::newRow("权益总额") << FP << "权益总额" << "total_equity";
        QTest::newRow("op cash zh-Hans") << CF << "经营活动产生的现金流量净额" << "net_cash_operating";
        // Spaced, full-width and wrapped forms.
        QTest::newRow("spaced CJK") << PL << "營 業 額" << "revenue";
        QTest::newRow("spaced CJK 2") << FP << "資 產 總 值" << "total_assets";
        QTest::newRow("ideographic space") << PL << "毛\u3000利" << "gross_profit";
        QTest::newRow("full-width latin") << PL << "\uFF32\uFF45\uFF56\uFF45\uFF4E\uFF55\uFF45" << "revenue";
        QTest::newRow("extra whitespace") << PL << "  Profit   before\n tax " << "profit_before_tax";
        // Keys added with the IFRS-keyed taxonomy.
        QTest::newRow("other expenses") << PL << "Other expenses" << "other_expenses";
        QTest::newRow("impairment") << PL << "Impairment losses on financial assets" << "impairment_losses_financial_assets";
        QTest::newRow("continuing") << PL << "本年度持續經營業務虧損" << "profit_from_continuing_operations";
        QTest::newRow("discontinued") << PL << "本年度已終止經營業務溢利" << "profit_from_discontinued_operations";
        QTest::newRow("trade and other receivables") << FP << "應收貿易及其他賬款" << "trade_and_other_receivables";
        QTest::newRow("deferred tax") << FP << "Deferred tax assets" << "deferred_tax_assets";
        QTest::newRow("purchase of intangibles") << CF << "Purchase of intangible assets" << "purchase_of_intangible_assets";
        QTest::newRow("disposal of subsidiaries") << CF << "Net cash outflow from disposal of subsidiaries" << "disposal_of_subsidiaries";
        QTest::newRow("pbt in cash flow") << CF << "(Loss)/profit before taxation" << "profit_before_tax";
        QTest::newRow("bank balances") << FP << "Bank balances and cash" << "cash_and_cash_equivalents";
        QTest::newRow("other gains or losses") << PL << "Other gains or (losses) \u2013 net" << "other_gains_losses";
        QTest::newRow("exchange differences") << CI << "Exchange differences arising on translation of foreign operations" << "oci_exchange_differences";
        QTest::newRow("exchange differences zh") << PL << "換算海外業務之匯兌差額" << "oci_exchange_differences";
        QTest::newRow("fvoci") << CI << "Fair value changes of equity instruments at fair value through other comprehensive income" << "oci_fvoci_equity_instruments";
        QTest::newRow("investment properties") << FP << "Investment properties" << "investment_properties";
        QTest::newRow("interests in associates zh") << FP << "於聯營公司之權益" << "interests_in_associates";
        QTest::newRow("tax payable") << FP << "應付稅項" << "tax_payable";
        QTest::newRow("other payables and accruals") << FP << "Accruals and other payables" << "other_payables_and_accruals";
        QTest::newRow("current lease portion") << FP << "Lease liabilities - current portion" << "lease_liabilities_current";
        QTest::newRow("depreciation of rou") << CF << "Depreciation of right-of-use assets" << "depreciation_right_of_use_assets";
        QTest::newRow("working capital inventories") << CF << "(Increase)/decrease in inventories" << "change_in_inventories";
        QTest::newRow("working capital inventories zh") << CF << "存貨（增加）╱減少" << "change_in_inventories";
        QTest::newRow("working capital payables") << CF << "Increase/(decrease) in trade payables" << "change_in_trade_payables";
        QTest::newRow("income tax paid zh") << CF << "已付所得稅" << "income_tax_paid";
        QTest::newRow("new borrowings") << CF << "New bank loans raised" << "proceeds_from_borrowings";
        QTest::newRow("repayment") << CF << "償還銀行借款" << "repayment_of_borrowings";
        QTest::newRow("lease principal") << CF << "Principal elements of lease payments" << "lease_payments_principal";
        QTest::newRow("lease interest") << CF << "Interest elements of lease payments" << "lease_payments_interest";
        QTest::newRow("purchase of ppe zh-Hans") << CF << "购买物业、厂房及设备" << "purchase_of_ppe";
        QTest::newRow("fx effect") << CF << "Effect of foreign exchange rate changes" << "effect_of_exchange_rate_changes";
    }
    void mapsPrintedLabels()
    {
        QFETCH(TableKind, kind);
        QFETCH(QString, label);
        QFETCH(QString, key);
        QCOMPARE(Taxonomy::builtin().canonicalFor(kind, label), key);
    }

    void unknownLabelsStayUnmapped_data()
    {
        QTest::addColumn<TableKind>("kind");
        QTest::addColumn<QString>("label");
        QTest::newRow("near miss") << PL << "Revenues growth";
        QTest::newRow("empty") << PL << "";
        QTest::newRow("heading") << PL << "Attributable to:";
        QTest::newRow("trade, other receivables and loans") << FP << "Trade, other receivables and loans to employees";
        QTest::newRow("plain cash in cash flow") << CF << "Cash and cash equivalents";
        // Captions printed in both current and non-current sections need the heading (RowKeyer).
        QTest::newRow("lease liabilities without section") << FP << "Lease liabilities";
        QTest::newRow("borrowings without section") << FP << "銀行借款";
        QTest::newRow("contract liabilities without section") << FP << "Contract liabilities";
        QTest::newRow("impairment of other assets") << PL << "Impairment losses on prepayments";
        // A key belongs to its table kind: a balance-sheet label in an income statement is unknown.
        QTest::newRow("wrong table") << PL << "Trade receivables";
        QTest::newRow("revenue in balance sheet") << FP << "Revenue";
        QTest::newRow("age band not in statement") << PL << "0-30 days";
        QTest::newRow("age words") << RA << "Past due but not impaired";
    }
    void unknownLabelsStayUnmapped()
    {
        QFETCH(TableKind, kind);
        QFETCH(QString, label);
        QCOMPARE(Taxonomy::builtin().canonicalFor(kind, label), QString());
    }

    void lossAndProfitShareOneKey()
    {
        const Taxonomy &t = Taxonomy::builtin();
        QCOMPARE(t.canonicalFor(PL, QStringLiteral("Loss for the period")),
                 t.canonicalFor(PL, QStringLiteral("Profit for the period")));
        QCOMPARE(t.canonicalFor(PL, QStringLiteral("Loss before tax")), t.canonicalFor(PL, QStringLiteral("Profit before tax")));
        QCOMPARE(t.canonicalFor(PL, QStringLiteral("本年度虧損")), t.canonicalFor(PL, QStringLiteral("本年度溢利")));
        // ... but assets and liabilities never fold into each other.
        QVERIFY(t.canonicalFor(FP, QStringLiteral("Total assets")) != t.canonicalFor(FP, QStringLiteral("Total liabilities")));
    }

    void ageingBandsParseToOrderedKeys_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("key");
        QTest::newRow("0-30 days") << "0-30 days" << "within_30_days";
        QTest::newRow("0–30 days en dash") << "0\u201330 days" << "within_30_days";
        QTest::newRow("1-30 days") << "1 - 30 days" << "within_30_days";
        QTest::newRow("within 1 month") << "Within 1 month" << "within_1_month";
        QTest::newRow("within 3 months") << "Within 3 months" << "within_3_months";
        QTest::newRow("31 to 60") << "31 to 60 days" << "days_31_to_60";
        QTest::newRow("over 90") << "Over 90 days" << "over_90_days";
        QTest::newRow("more than 3 years") << "More than 3 years" << "over_3_years";
        QTest::newRow("up to 6 months") << "Up to 6 months" << "within_6_months";
        QTest::newRow("6 months to 1 year") << "6 months to 1 year" << "months_6_to_12";
        QTest::newRow("1 to 2 years") << "1 to 2 years" << "years_1_to_2";
        QTest::newRow("over 1 year but within 2") << "Over 1 year but within 2 years" << "years_1_to_2";
        QTest::newRow("0-30日") << "0-30日" << "within_30_days";
        QTest::newRow("超過90日") << "超過90日" << "over_90_days";
        QTest::newRow("90日以上") << "90日以上" << "over_90_days";
        QTest::newRow("一年內") << "一年內" << "within_1_year";
        QTest::newRow("1至2年") << "1至2年" << "years_1_to_2";
        QTest::newRow("三個月內") << "三個月內" << "within_3_months";
        QTest::newRow("超过一年 (zh-Hans)") << "超过一年" << "over_1_year";
        QTest::newRow("total") << "Total" << "total";
        QTest::newRow("合計") << "合計" << "total";
    }
    void ageingBandsParseToOrderedKeys()
    {
        QFETCH(QString, label);
        QFETCH(QString, key);
        QCOMPARE(Taxonomy::builtin().canonicalFor(RA, label), key);
        QCOMPARE(Taxonomy::builtin().canonicalFor(PA, label), key);
    }

    void ageingKeysSortByAge()
    {
        const QStringList keys = Taxonomy::builtin().keys(RA);
        QVERIFY(keys.indexOf(QStringLiteral("within_30_days")) < keys.indexOf(QStringLiteral("days_31_to_60")));
        QVERIFY(keys.indexOf(QStringLiteral("days_31_to_60")) < keys.indexOf(QStringLiteral("over_90_days")));
        QVERIFY(keys.indexOf(QStringLiteral("within_1_year")) < keys.indexOf(QStringLiteral("years_1_to_2")));
        QVERIFY(keys.indexOf(QStringLiteral("years_2_to_3")) < keys.indexOf(QStringLiteral("over_3_years")));
        QCOMPARE(keys.last(), QStringLiteral("total"));
        AgeingBucket a, b;
        QVERIFY(AgeingBucket::fromKey(QStringLiteral("months_6_to_12"), &a));
        QVERIFY(AgeingBucket::fromKey(QStringLiteral("years_1_to_2"), &b));
        QVERIFY(a < b);
        QVERIFY(!(b < a));
    }

    void requiredKeysExist_data()
    {
        QTest::addColumn<TableKind>("kind");
        QTest::addColumn<QString>("keys");
        QTest::newRow("pl") << PL << "revenue cost_of_sales gross_profit other_income selling_expenses administrative_expenses "
                                     "research_and_development_expenses operating_profit finance_costs finance_income "
                                     "share_of_results_of_associates profit_before_tax income_tax profit_for_period "
                                     "profit_attributable_to_owners profit_attributable_to_nci eps_basic eps_diluted "
                                     "eps_basic_and_diluted";
        QTest::newRow("ci") << CI << "profit_for_period other_comprehensive_income total_comprehensive_income";
        QTest::newRow("fp") << FP << "property_plant_and_equipment right_of_use_assets intangible_assets goodwill "
                                     "total_non_current_assets inventories trade_receivables cash_and_cash_equivalents "
                                     "total_current_assets total_assets trade_payables total_current_liabilities "
                                     "net_current_assets total_assets_less_current_liabilities total_non_current_liabilities "
                                     "total_liabilities net_assets share_capital reserves equity_attributable_to_owners "
                                     "non_controlling_interests total_equity";
        // The cash flow keys follow the corpus spelling; the longer names resolve as aliases.
        QTest::newRow("cf") << CF << "net_cash_from_operating_activities net_cash_from_investing_activities "
                                     "net_cash_from_financing_activities net_increase_in_cash cash_at_beginning "
                                     "effect_of_exchange_rate_changes cash_at_end";
        QTest::newRow("mix") << MIX << "total_revenue";
        QTest::newRow("ageing") << PA << "within_1_month within_3_months total";
    }
    void requiredKeysExist()
    {
        QFETCH(TableKind, kind);
        QFETCH(QString, keys);
        const Taxonomy &t = Taxonomy::builtin();
        const QStringList known = t.keys(kind);
        for (const QString &k : keys.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QVERIFY2(known.contains(t.resolveAlias(k)), qPrintable(k));
    }

    void displayNamesAreReadable()
    {
        const Taxonomy &t = Taxonomy::builtin();
        QCOMPARE(t.displayName(QStringLiteral("profit_for_period")), QStringLiteral("Profit for the period"));
        QCOMPARE(t.displayName(QStringLiteral("cash_at_end")), QStringLiteral("Cash and cash equivalents at end of the period"));
        QCOMPARE(t.displayName(QStringLiteral("days_31_to_60")), QStringLiteral("31\u201360 days"));
        QCOMPARE(t.displayName(QStringLiteral("within_1_month")), QStringLiteral("Within 1 month"));
        QCOMPARE(t.displayName(QStringLiteral("no_such_key")), QStringLiteral("no_such_key"));
        QVERIFY(t.isTotal(FP, QStringLiteral("total_assets")));
        QVERIFY(!t.isTotal(FP, QStringLiteral("trade_receivables")));
        QVERIFY(t.isTotal(CF, QStringLiteral("cash_at_end")));
        QVERIFY(!t.isTotal(FP, QStringLiteral("cash_and_cash_equivalents")));
    }

    // Prints the cost of one lookup (folding plus matching) for a mixed set of labels.
    void benchmarkCanonicalFor()
    {
        const Taxonomy &t = Taxonomy::builtin();
        const QStringList labels = {QStringLiteral("Revenue"), QStringLiteral("Impairment losses on financial assets"),
                                    QStringLiteral("本年度（虧損）╱溢利"),
                                    QStringLiteral("Net cash generated from/(used in) investing activities")};
        int mapped = 0;
        QBENCHMARK {
            for (const QString &l : labels)
                mapped += t.canonicalFor(CF, l).isEmpty() ? 0 : 1;
        }
        QVERIFY(mapped > 0);
    }

    void badDataIsReported()
    {
        QString error;
        QVERIFY(Taxonomy::fromJson("{ not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());

        const QByteArray conflicting = R"({"tables": {"profit_or_loss": [
            {"key": "revenue", "labels": ["Revenue"]},
            {"key": "turnover", "labels": ["REVENUE"]}]}})";
        const Taxonomy t = Taxonomy::fromJson(conflicting, &error);
        QVERIFY2(error.contains(QStringLiteral("revenue")) && error.contains(QStringLiteral("turnover")), qPrintable(error));
        // The first claim stands; nothing is silently remapped.
        QCOMPARE(t.canonicalFor(PL, QStringLiteral("revenue")), QStringLiteral("revenue"));

        QVERIFY(!Taxonomy::fromJson(R"({"tables": {"balance": []}})", &error).keys(FP).size());
        QVERIFY(error.contains(QStringLiteral("balance")));
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
