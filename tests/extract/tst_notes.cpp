// Tables in the notes and MD&A: ageing of trade receivables and payables, and
// the revenue mix (with share-of-total % columns that are not periods).
#include "Fixtures.h"
#include "extract/Extractor.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;
using namespace ledgerlens::typeset;

namespace {

std::optional<Decimal> d(const char *s) { return Decimal::fromString(QString::fromLatin1(s)); }

FilingColumn balanceColumn(const QString &date, const QString &year, bool audited)
{
    FilingColumn c;
    c.header = {date, year, QStringLiteral("RMB'000"), audited ? QStringLiteral("(Audited)") : QStringLiteral("(Unaudited)")};
    return c;
}

FilingTable ageingTable(const char *a, const char *b, const char *total1, const char *c, const char *e, const char *total2)
{
    FilingTable t;
    t.columns = {balanceColumn("30 June", "2024", false), balanceColumn("31 December", "2023", true)};
    t.addRow(QStringLiteral("Within 3 months"), {d(a), d(c)});
    t.addRow(QStringLiteral("3 to 12 months"), {d(b), d(e)});
    t.addRow(QString(), {d(total1), d(total2)}, RowStyle::Total);
    return t;
}

// Two flow columns headed by their year alone, in RMB'000 (a note's header).
QVector<FilingColumn> yearColumns(const char *current, const char *prior)
{
    QVector<FilingColumn> cols(2);
    cols[0].header = {QString::fromLatin1(current), QStringLiteral("RMB'000")};
    cols[1].header = {QString::fromLatin1(prior), QStringLiteral("RMB'000")};
    return cols;
}

const LineItem *item(const Table *t, const QString &label)
{
    for (const LineItem &it : t->items)
        if (it.label == label)
            return &it;
    return nullptr;
}

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ExtractionResult m_result;

private slots:
    void initTestCase()
    {
        FilingDocument doc;
        doc.runningHeader = QStringLiteral("Fixture Holdings Limited");
        doc.addTable(Fixtures::profitOrLossTable()); // revenue 369,696 / 301,862
        doc.addPageBreak();
        doc.addHeading(QStringLiteral("Revenue"));
        doc.addParagraph(QStringLiteral("Revenue by business line for the periods indicated:"));
        FilingTable mix;
        FilingColumn y24, p24, y23, p23;
        y24.header = {QStringLiteral("2024"), QStringLiteral("RMB'000")};
        p24.header = {QStringLiteral("%")};
        p24.period = false;
        y23.header = {QStringLiteral("2023"), QStringLiteral("RMB'000")};
        p23.header = {QStringLiteral("%")};
        p23.period = false;
        mix.columns = {y24, p24, y23, p23};
        mix.addRow(QStringLiteral("Cloud services"), {d("348699"), d("94.3"), d("295007"), d("97.7")});
        mix.addRow(QStringLiteral("Edge services"), {d("20997"), d("5.7"), d("6855"), d("2.3")});
        mix.addRow(QString(), {d("369696"), d("100.0"), d("301862"), d("100.0")}, RowStyle::Total);
        doc.addTable(mix);
        doc.addHeading(QStringLiteral("13. TRADE RECEIVABLES"));
        doc.addParagraph(QStringLiteral("An ageing analysis of the trade receivables as at the end of the reporting period, "
                                        "based on the invoice date and net of loss allowance, is as follows:"));
        doc.addTable(ageingTable("300000", "23775", "323775", "190000", "7627", "197627"));
        doc.addHeading(QStringLiteral("15. TRADE PAYABLES"));
        doc.addParagraph(QStringLiteral("An ageing analysis of the trade payables as at the end of the reporting period, "
                                        "based on the invoice date, is as follows:"));
        doc.addTable(ageingTable("191554", "209", "191763", "242707", "1428", "244135"));
        QVERIFY(Fixtures::writeDocument(m_dir.filePath("notes.pdf"), doc).ok);
        m_result = Extractor::extract(m_dir.filePath("notes.pdf"));
        QVERIFY2(m_result.ok(), qPrintable(m_result.message));
    }
    void receivablesAgeing()
    {
        const Table *t = m_result.report.table(TableKind::ReceivablesAgeing);
        QVERIFY(t);
        QCOMPARE(t->columns.size(), 2);
        QCOMPARE(t->columns[0].periodEnd, QDate(2024, 6, 30));
        QCOMPARE(t->columns[1].periodEnd, QDate(2023, 12, 31));
        QCOMPARE(t->columns[0].months, 0);
        QCOMPARE(t->columns[1].audited, std::optional<bool>(true));
        QVERIFY(item(t, "Within 3 months"));
        QCOMPARE(item(t, "Within 3 months")->cells[0].value, d("300000"));
        QCOMPARE(t->items.last().label, QString());
        QCOMPARE(t->items.last().cells[1].value, d("197627"));
    }
    // One age band and no total: still the payables ageing the note prints.
    void singleBucketAgeing()
    {
        FilingDocument doc;
        doc.runningHeader = QStringLiteral("Fixture Holdings Limited");
        doc.addTable(Fixtures::profitOrLossTable());
        doc.addHeading(QStringLiteral("11. TRADE PAYABLES"));
        doc.addParagraph(QStringLiteral("Ageing analysis of trade payables is as follows:"));
        FilingTable t;
        t.columns = {balanceColumn("30 June", "2024", false), balanceColumn("31 December", "2023", true)};
        t.addRow(QStringLiteral("0 - 30 days"), {d("10216"), d("9132")});
        doc.addTable(t);
        QVERIFY(Fixtures::writeDocument(m_dir.filePath("onebucket.pdf"), doc).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("onebucket.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *ageing = r.report.table(TableKind::PayablesAgeing);
        QVERIFY2(ageing, "a one-band ageing table is found");
        QVERIFY(item(ageing, "0 - 30 days"));
        QCOMPARE(item(ageing, "0 - 30 days")->cells[1].value, d("9132"));
    }
    // The ageing inside a wider note table, in Chinese: one status band
    // (並未逾期或減值, neither past due nor impaired), the accounts receivable
    // total named by its caption, then the note's other rows, which are not
    // ageing. 應收賬款 is the trade balance, as "accounts receivable" is.
    void oneBandAgeingInsideANoteTable()
    {
        FilingDocument doc;
        doc.runningHeader = QStringLiteral("Fixture Holdings Limited");
        doc.addTable(Fixtures::profitOrLossTable());
        doc.addHeading(QStringLiteral("11. 應收賬款及其他應收款項"));
        doc.addParagraph(QStringLiteral("應收賬款及其他應收款項中包括賬齡分析如下之應收賬款："));
        FilingTable t;
        t.columns = {balanceColumn("30 June", "2024", false), balanceColumn("31 December", "2023", true)};
        t.addRow(QStringLiteral("並未逾期或減值"), {std::nullopt, d("3745")});
        t.addRow(QStringLiteral("應收賬款（扣除呆賬撥備）"), {std::nullopt, d("3745")});
        t.addRow(QStringLiteral("其他應收款項"), {d("310"), d("2074")});
        t.addRow(QStringLiteral("貸款及應收款項"), {d("310"), d("5819")});
        doc.addTable(t);
        QVERIFY(Fixtures::writeDocument(m_dir.filePath("zhbucket.pdf"), doc).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("zhbucket.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *ageing = r.report.table(TableKind::ReceivablesAgeing);
        QVERIFY2(ageing && !ageing->items.isEmpty(), "the one-band ageing is found");
        QCOMPARE(ageing->items.size(), 2);
        QCOMPARE(ageing->items[0].label, QStringLiteral("並未逾期或減值"));
        QCOMPARE(ageing->items[1].kind, RowKind::Subtotal);
        QCOMPARE(ageing->items[1].cells[1].value, d("3745"));
        QCOMPARE(ageing->columns.size(), 2);
        QCOMPARE(ageing->columns[1].periodEnd, QDate(2023, 12, 31));
    }
    // A segment note with the segments as columns and one block per period
    // stacked down the page: the revenue row of each block (its segments add
    // up to its Total column) becomes one row, a column per segment and period.
    void segmentColumnsInStackedPeriodBlocks()
    {
        FilingDocument doc;
        doc.runningHeader = QStringLiteral("Fixture Holdings Limited");
        doc.addTable(Fixtures::profitOrLossTable()); // revenue 369,696 / 301,862
        doc.addPageBreak();
        doc.addHeading(QStringLiteral("4. SEGMENT INFORMATION"));
        doc.addParagraph(QStringLiteral("The following is an analysis of the Group's revenue and results by operating segment:"));
        const auto block = [&](const QString &period, const char *cloud, const char *edge, const char *total,
                               const char *p1, const char *p2, const char *pt) {
            doc.addParagraph(period);
            FilingTable t;
            t.columns.resize(3);
            t.columns[0].header = {QStringLiteral("Cloud"), QStringLiteral("services"), QStringLiteral("RMB'000")};
            t.columns[1].header = {QStringLiteral("Edge"), QStringLiteral("services"), QStringLiteral("RMB'000")};
            t.columns[2].header = {QStringLiteral("Total"), QStringLiteral("RMB'000")};
            t.addRow(QStringLiteral("Segment revenue from external customers"), {d(cloud), d(edge), d(total)});
            t.addRow(QStringLiteral("Segment profit"), {d(p1), d(p2), d(pt)});
            doc.addTable(t);
        };
        block(QStringLiteral("Six months ended 30 June 2024"), "348699", "20997", "369696", "1101", "126132", "127233");
        block(QStringLiteral("Six months ended 30 June 2023"), "301862", nullptr, "301862", "-66024", nullptr, "-66024");
        QVERIFY(Fixtures::writeDocument(m_dir.filePath("segmentblocks.pdf"), doc).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("segmentblocks.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *mix = r.report.table(TableKind::RevenueMix);
        QVERIFY2(mix && !mix->items.isEmpty(), "the segment revenue is found");
        QCOMPARE(mix->items.size(), 1);
        QCOMPARE(mix->items[0].label, QStringLiteral("Segment revenue from external customers"));
        QCOMPARE(mix->columns.size(), 6);
        QCOMPARE(mix->columns[0].segment, QStringLiteral("Cloud services"));
        QCOMPARE(mix->columns[0].periodEnd, QDate(2024, 6, 30));
        QCOMPARE(mix->columns[0].months, 6);
        QCOMPARE(mix->columns[3].periodEnd, QDate(2023, 6, 30));
        QCOMPARE(mix->items[0].cells[1].value, d("20997"));
        QCOMPARE(mix->items[0].cells[5].value, d("301862"));
        QVERIFY(!mix->items[0].cells[4].value);
    }
    // A revenue note printed on its own (no income statement to anchor it):
    // found under its heading, group sub-totals counted once.
    void revenueNoteWithoutStatements()
    {
        FilingDocument doc;
        doc.runningHeader = QStringLiteral("Fixture Holdings Limited");
        doc.addHeading(QStringLiteral("7. TURNOVER"));
        doc.addParagraph(QStringLiteral("The amounts of each significant category of revenue recognised during the year are as follows:"));
        FilingTable t;
        t.columns = yearColumns("2016", "2015");
        t.addHeading(QStringLiteral("Program production income:"));
        t.addRow(QStringLiteral("Service income"), {d("49254"), d("35625")});
        t.addRow(QStringLiteral("Advertising income"), {std::nullopt, d("38")});
        t.addRow(QString(), {d("49254"), d("35663")}, RowStyle::Total);
        t.addRow(QStringLiteral("Mobile live broadcasting income"), {d("120"), std::nullopt});
        t.addRow(QString(), {d("49374"), d("35663")}, RowStyle::Total);
        doc.addTable(t);
        QVERIFY(Fixtures::writeDocument(m_dir.filePath("revenuenote.pdf"), doc).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("revenuenote.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *mix = r.report.table(TableKind::RevenueMix);
        QVERIFY2(mix, "the revenue note is the revenue mix");
        QCOMPARE(mix->items.last().cells[0].value, d("49374"));
        QVERIFY(item(mix, "Mobile live broadcasting income"));
        QCOMPARE(r.report.periodEnd, QDate(2016, 12, 31));
    }
    // The only line under "Turnover" is the whole revenue: a one-line mix.
    void oneLineRevenueBreakdown()
    {
        FilingDocument doc;
        doc.runningHeader = QStringLiteral("Fixture Holdings Limited");
        doc.addTable(Fixtures::profitOrLossTable()); // revenue 369,696 / 301,862
        doc.addPageBreak();
        doc.addHeading(QStringLiteral("5. TURNOVER AND OTHER REVENUE"));
        FilingTable t;
        t.columns = yearColumns("2024", "2023");
        t.addHeading(QStringLiteral("Turnover"));
        t.addRow(QStringLiteral("Sales of cloud services"), {d("369696"), d("301862")});
        t.addHeading(QStringLiteral("Other revenue"));
        t.addRow(QStringLiteral("Interest income"), {d("614"), d("809")});
        t.addRow(QStringLiteral("Exchange gain"), {d("5345"), d("2123")});
        t.addRow(QString(), {d("5959"), d("2932")}, RowStyle::Total);
        doc.addTable(t);
        QVERIFY(Fixtures::writeDocument(m_dir.filePath("oneline.pdf"), doc).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("oneline.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *mix = r.report.table(TableKind::RevenueMix);
        QVERIFY2(mix, "a one-line breakdown is a revenue mix");
        QCOMPARE(mix->items.size(), 1);
        QCOMPARE(mix->items.front().label, QStringLiteral("Sales of cloud services"));
    }
    void payablesAgeing()
    {
        const Table *t = m_result.report.table(TableKind::PayablesAgeing);
        QVERIFY(t);
        QVERIFY(item(t, "3 to 12 months"));
        QCOMPARE(item(t, "3 to 12 months")->cells[1].value, d("1428"));
        QCOMPARE(t->items.last().cells[0].value, d("191763"));
    }
    void revenueMixSkipsShareColumns()
    {
        const Table *t = m_result.report.table(TableKind::RevenueMix);
        QVERIFY(t);
        QCOMPARE(t->columns.size(), 2); // the % columns are not periods
        QCOMPARE(t->pages, QVector<int>{2});
        QVERIFY(item(t, "Edge services"));
        QCOMPARE(item(t, "Edge services")->cells[1].value, d("6855"));
        QCOMPARE(t->items.last().cells[0].value, d("369696"));
    }
};

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
