// Statement titles as filings print them: plural, older names, rarer
// Chinese wordings; prose and contents lines are not titles.
#include "extract/StatementTitles.h"

#include <QtTest>

using namespace ledgerlens;

Q_DECLARE_METATYPE(ledgerlens::TitleKind)

class TestTitles : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<TitleKind>("kind");
        QTest::newRow("plural") << QStringLiteral("CONDENSED CONSOLIDATED STATEMENTS OF FINANCIAL POSITION") << TitleKind::FinancialPosition;
        QTest::newRow("income statement") << QStringLiteral("Consolidated Income Statement") << TitleKind::ProfitOrLoss;
        QTest::newRow("balance sheet") << QStringLiteral("BALANCE SHEETS") << TitleKind::FinancialPosition;
        QTest::newRow("cash flow statements") << QStringLiteral("Consolidated Cash Flow Statements") << TitleKind::CashFlows;
        QTest::newRow("one-statement CI") << QStringLiteral("Statement of Comprehensive Income") << TitleKind::ComprehensiveIncome;
        QTest::newRow("財政狀況表") << QStringLiteral("綜合財政狀況表") << TitleKind::FinancialPosition;
        QTest::newRow("現金流動表") << QStringLiteral("簡明綜合現金流動表") << TitleKind::CashFlows;
        QTest::newRow("continued") << QStringLiteral("Consolidated Statement of Cash Flows (continued)") << TitleKind::CashFlows;
        QTest::newRow("changes in equity") << QStringLiteral("Condensed Consolidated Statement of Changes in Equity") << TitleKind::OtherStatement;
        QTest::newRow("changes in net assets") << QStringLiteral("STATEMENT OF CHANGES IN NET ASSETS ATTRIBUTABLE TO UNITHOLDERS") << TitleKind::OtherStatement;
        QTest::newRow("distribution statement") << QStringLiteral("Distribution Statement") << TitleKind::OtherStatement;
        QTest::newRow("權益變動表") << QStringLiteral("簡明綜合權益變動表") << TitleKind::OtherStatement;
        // Mainland (simplified) titles: 合并 for consolidated, 利润表 for profit or loss.
        QTest::newRow("简明合并损益表") << QStringLiteral("简明合并损益表") << TitleKind::ProfitOrLoss;
        QTest::newRow("合并利润表") << QStringLiteral("合并利润表") << TitleKind::ProfitOrLoss;
        QTest::newRow("合并资产负债表") << QStringLiteral("合并资产负债表") << TitleKind::FinancialPosition;
        QTest::newRow("合并现金流量表") << QStringLiteral("合并现金流量表") << TitleKind::CashFlows;
        QTest::newRow("简明综合财务状况表") << QStringLiteral("简明综合财务状况表") << TitleKind::FinancialPosition;
        QTest::newRow("statement of operations") << QStringLiteral("CONSOLIDATED STATEMENTS OF OPERATIONS") << TitleKind::ProfitOrLoss;
        QTest::newRow("statement of income") << QStringLiteral("Consolidated Statements of Income") << TitleKind::ProfitOrLoss;
        QTest::newRow("statement of profit and loss") << QStringLiteral("Consolidated Statement of Profit and Loss") << TitleKind::ProfitOrLoss;
        QTest::newRow("singular cash flow") << QStringLiteral("CONDENSED CONSOLIDATED STATEMENT OF CASH FLOW") << TitleKind::CashFlows;
        QTest::newRow("cash flow statement") << QStringLiteral("Consolidated Cash Flow Statement") << TitleKind::CashFlows;
        QTest::newRow("comprehensive loss") << QStringLiteral("Consolidated Statement of Profit or Loss and Other Comprehensive Loss") << TitleKind::Combined;
        QTest::newRow("綜合收益表") << QStringLiteral("綜合收益表") << TitleKind::ProfitOrLoss;
        QTest::newRow("綜合損益及其他全面收益表") << QStringLiteral("綜合損益及其他全面收益表") << TitleKind::Combined;
        QTest::newRow("綜合資產負債表") << QStringLiteral("綜合資產負債表") << TitleKind::FinancialPosition;
        QTest::newRow("綜合財務狀況報表") << QStringLiteral("綜合財務狀況報表") << TitleKind::FinancialPosition;
        QTest::newRow("綜合損益表（續）") << QStringLiteral("綜合損益表（續）") << TitleKind::ProfitOrLoss;
        QTest::newRow("綜合全面收入表") << QStringLiteral("簡明綜合全面收入表") << TitleKind::ComprehensiveIncome;
        QTest::newRow("損益及其他全面收入表") << QStringLiteral("簡明綜合損益及其他全面收入表") << TitleKind::Combined;
        QTest::newRow("綜合現金流量報表") << QStringLiteral("綜合現金流量報表") << TitleKind::CashFlows;
        QTest::newRow("statement of financial condition") << QStringLiteral("Consolidated Statement of Financial Condition") << TitleKind::FinancialPosition;
        // Bilingual titles on one line, either language first.
        QTest::newRow("bilingual one line") << QStringLiteral("Consolidated Statement of Cash Flows 綜合現金流量表") << TitleKind::CashFlows;
        QTest::newRow("bilingual chinese first") << QStringLiteral("綜合損益表 Consolidated Income Statement") << TitleKind::ProfitOrLoss;
        QTest::newRow("bilingual disagreeing") << QStringLiteral("綜合損益表 Consolidated Statement of Cash Flows") << TitleKind::None;
        QTest::newRow("prose") << QStringLiteral("as set out in the consolidated statement of cash flows:") << TitleKind::None;
        QTest::newRow("sentence") << QStringLiteral("Notes to the consolidated statement of financial position") << TitleKind::None;
    }
    void classify()
    {
        QFETCH(QString, line);
        QFETCH(TitleKind, kind);
        QCOMPARE(StatementTitles::classify(line).kind, kind);
    }
};

QTEST_APPLESS_MAIN(TestTitles)
#include "tst_titles.moc"
