// The typesetting library as the fixtures use it: what poppler reads back from
// a typeset table (wrapped labels, continued pages, negatives and nils), spec
// errors a sample author would hit, and the broken-input fixture helpers.
#include "Fixtures.h"
#include "PdfText.h"
#include "typeset/ExpectedReport.h"
#include "typeset/FilingSpec.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;
using namespace ledgerlens::typeset;

class TestTypesetter : public QObject
{
    Q_OBJECT

private slots:
    void figuresPrintAsFilingsDo();
    void placedBoxesMatchPoppler();
    void wrappedLabelPutsFiguresOnLastLine();
    void longTableContinuesOnNextPage();
    void chineseTableContinuesWithChineseMark();
    void expectedReportKeepsRowsAndPeriodColumnsOnly();
    void specErrorsNameTheProblem();
    void imageOnlyPdfHasNoText();
    void brokenFilesAreBroken();

private:
    QTemporaryDir m_dir;
};

void TestTypesetter::figuresPrintAsFilingsDo()
{
    QCOMPARE(formatFigure(Decimal(-1450398)), QStringLiteral("(1,450,398)"));
    QCOMPARE(formatFigure(Decimal(369696)), QStringLiteral("369,696"));
    QCOMPARE(formatFigure(Decimal(6)), QStringLiteral("6"));
    QCOMPARE(formatFigure(std::nullopt), QStringLiteral("–"));
    QCOMPARE(formatFigure(Decimal::fromString(u"436.0")), QStringLiteral("436.0"));
    QCOMPARE(formatFigure(Decimal::fromString(u"-0.04")), QStringLiteral("(0.04)"));
    QCOMPARE(formatFigure(Decimal::fromString(u"2358.2")), QStringLiteral("2,358.2"));
}

void TestTypesetter::placedBoxesMatchPoppler()
{
    const QString pdf = m_dir.filePath(QStringLiteral("pl.pdf"));
    const FilingTable table = Fixtures::profitOrLossTable();
    const TypesetResult r = Fixtures::writeTable(pdf, table);
    QCOMPARE(r.tables.size(), 1);
    const PlacedTable &placed = r.tables.first();
    QCOMPARE(placed.cells.size(), table.rows.size());
    const QVector<PdfText::Word> words = PdfText::words(pdf, 1);
    for (int row = 0; row < table.rows.size(); ++row) {
        if (table.rows[row].style == RowStyle::Heading) {
            QVERIFY(!placed.cells[row][0].isValid());
            continue;
        }
        for (int c = 0; c < table.columns.size(); ++c) {
            const SourceRef &ref = placed.cells[row][c];
            QCOMPARE(ref.page, 1);
            const PdfText::Word *w = PdfText::wordAt(words, ref.box, 0.5);
            QVERIFY2(w, qPrintable(table.rows[row].label));
            QCOMPARE(w->text, formatFigure(table.rows[row].values[c]));
            // Poppler's box and ours agree to within a point.
            QVERIFY(qAbs(w->box.left() - ref.box.left()) < 1.0);
            QVERIFY(qAbs(w->box.right() - ref.box.right()) < 1.0);
        }
    }
    // Figures in one column share a right edge (parentheses hang into the gap).
    const double right0 = placed.cells[0][0].box.right();
    QVERIFY(qAbs(placed.cells[2][0].box.right() - right0) < 0.5);                 // 47,110
    const double paren = placed.cells[1][0].box.right();                          // (322,586)
    QVERIFY(paren > right0 && paren - right0 < 5);
}

void TestTypesetter::wrappedLabelPutsFiguresOnLastLine()
{
    FilingTable table = Fixtures::profitOrLossTable();
    table.maxLabelWidth = 150;
    table.rows[3].label = QStringLiteral("Other income and gains arising from government grants and bank interest");
    const QString pdf = m_dir.filePath(QStringLiteral("wrapped.pdf"));
    const TypesetResult r = Fixtures::writeTable(pdf, table);
    const QVector<PdfText::Word> words = PdfText::words(pdf, 1);
    const PdfText::Word *first = nullptr, *last = nullptr;
    for (const PdfText::Word &w : words) {
        if (w.text == QStringLiteral("Other") && !first)
            first = &w;
        if (w.text == QStringLiteral("interest"))
            last = &w;
    }
    QVERIFY(first && last);
    const QRectF figure = r.tables.first().cells[3][0].box;
    QVERIFY2(first->box.bottom() < figure.top(), "the label's first line should sit above the figures");
    QVERIFY(qAbs(last->box.center().y() - figure.center().y()) < 2.0);
}

void TestTypesetter::longTableContinuesOnNextPage()
{
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    const FilingTable table = Fixtures::financialPositionTable(70);
    const TypesetResult r = Fixtures::writeTable(pdf, table);
    QCOMPARE(r.pageCount, 2);
    QCOMPARE(r.tables.first().pages, (QVector<int>{1, 2}));
    QCOMPARE(PdfText::pageCount(pdf), 2);
    const QString page1 = PdfText::pageText(pdf, 1);
    const QString page2 = PdfText::pageText(pdf, 2);
    QVERIFY(!page1.contains(QStringLiteral("(continued)")));
    QVERIFY(page2.contains(QStringLiteral("STATEMENT OF FINANCIAL POSITION (continued)")));
    QVERIFY2(page2.contains(QStringLiteral("31 December")) && page2.contains(QStringLiteral("(Audited)")),
             "the column header is repeated");
    // The last rows (the total) land on page 2, and in the placement too.
    QCOMPARE(r.tables.first().rowPages.last(), 2);
    QVERIFY(page2.contains(formatFigure(table.rows.last().values[0])));
}

void TestTypesetter::chineseTableContinuesWithChineseMark()
{
    FilingDocument doc;
    doc.chinese = true;
    doc.runningHeader = QStringLiteral("港灣燈塔物流控股有限公司");
    FilingTable table = Fixtures::financialPositionTable(70);
    table.titleLines = {QStringLiteral("綜合財務狀況表"), QStringLiteral("於二零二五年三月三十一日")};
    table.rows[0].label = QStringLiteral("非流動資產");
    const QString pdf = m_dir.filePath(QStringLiteral("zh.pdf"));
    doc.addTable(table);
    const TypesetResult r = Fixtures::writeDocument(pdf, doc);
    QCOMPARE(r.tables.first().pages, (QVector<int>{1, 2}));
    QVERIFY(PdfText::pageText(pdf, 1).contains(QStringLiteral("非流動資產")));
    QVERIFY2(PdfText::pageText(pdf, 2).contains(QStringLiteral("綜合財務狀況表（續）")),
             qPrintable(PdfText::pageText(pdf, 2).left(200)));
}

void TestTypesetter::expectedReportKeepsRowsAndPeriodColumnsOnly()
{
    FilingDocument doc;
    doc.company = QStringLiteral("Fixture Holdings Limited");
    doc.currency = QStringLiteral("RMB");
    FilingTable pl = Fixtures::profitOrLossTable();
    FilingColumn change;
    change.header = {QStringLiteral("Change"), QStringLiteral("%")};
    change.period = false;
    pl.columns.append(change);
    for (FilingRow &row : pl.rows)
        if (row.style != RowStyle::Heading)
            row.values.append(Decimal::fromString(u"1.5"));
    FilingTable highlights = pl;  // an unkeyed copy first: the analyst keys the statement
    highlights.key.clear();
    doc.addTable(highlights);
    doc.addPageBreak();
    doc.addTable(pl);
    const QString pdf = m_dir.filePath(QStringLiteral("keyed.pdf"));
    const TypesetResult r = Fixtures::writeDocument(pdf, doc);
    const Report report = ExpectedReport::build(doc, r, pdf);
    QCOMPARE(report.tables.size(), 1);
    const Table &t = report.tables.first();
    QCOMPARE(t.pages, (QVector<int>{2}));
    QCOMPARE(t.columns.size(), 2);
    QCOMPARE(t.items.size(), pl.rows.size());
    QCOMPARE(t.items[0].canonical, QStringLiteral("revenue"));
    QCOMPARE(t.items[0].cells[0].value, std::optional<Decimal>(Decimal(369696)));
    QCOMPARE(t.items[0].cells[0].source.page, 2);
    QCOMPARE(t.items[5].cells[1].value, std::optional<Decimal>());  // printed as a dash
    QVERIFY(t.items[5].cells[1].source.isValid());
}

void TestTypesetter::specErrorsNameTheProblem()
{
    const auto parse = [](const char *json, QString *error) {
        FilingDocument doc;
        return FilingSpec::fromJson(QJsonDocument::fromJson(json).object(), &doc, error);
    };
    const char *layout = R"("layouts": {"y": {"columns": [{"header": ["2024"], "period_end": "2024-12-31"},
                                                         {"header": ["2023"], "period_end": "2023-12-31"}]}})";
    QString error;
    QVERIFY(parse(QByteArray("{") + layout + R"(, "blocks": [{"table": {"layout": "y", "rows": [["Revenue", "1", "2"]]}}]})", &error));
    QVERIFY(!parse(QByteArray("{") + layout + R"(, "blocks": [{"table": {"layout": "y", "rows": [["Revenue", "1"]]}}]})", &error));
    QVERIFY2(error.contains(QStringLiteral("Revenue")) && error.contains(QStringLiteral("1 figures for 2 columns")), qPrintable(error));
    QVERIFY(!parse(QByteArray("{") + layout + R"(, "blocks": [{"table": {"layout": "y", "rows": [["Revenue", "1,234", "2"]]}}]})", &error));
    QVERIFY2(error.contains(QStringLiteral("'1,234' is not a figure")), qPrintable(error));
    QVERIFY(!parse(R"({"blocks": [{"table": {"layout": "missing", "rows": []}}]})", &error));
    QVERIFY2(error.contains(QStringLiteral("unknown layout 'missing'")), qPrintable(error));
    QVERIFY(!parse(R"({"blocks": [{"pargraph": "typo"}]})", &error));
    QVERIFY2(error.contains(QStringLiteral("block 1")), qPrintable(error));
    FilingDocument doc;
    QVERIFY(!FilingSpec::load(m_dir.filePath(QStringLiteral("absent.json")), &doc, &error));
    QVERIFY(error.contains(QStringLiteral("absent.json")));
}

void TestTypesetter::imageOnlyPdfHasNoText()
{
    const QString pdf = m_dir.filePath(QStringLiteral("scan.pdf"));
    QVERIFY(Fixtures::writeImageOnlyPdf(pdf, 2));
    QCOMPARE(PdfText::pageCount(pdf), 2);
    QVERIFY(PdfText::words(pdf, 1).isEmpty());
    QVERIFY(PdfText::words(pdf, 2).isEmpty());
}

void TestTypesetter::brokenFilesAreBroken()
{
    const QString good = m_dir.filePath(QStringLiteral("good.pdf"));
    Fixtures::writeTable(good, Fixtures::profitOrLossTable());
    const QString cut = m_dir.filePath(QStringLiteral("cut.pdf"));
    QVERIFY(Fixtures::truncatedCopy(good, cut, 0.4));
    QCOMPARE(QFileInfo(cut).size(), qint64(QFileInfo(good).size() * 0.4));
    const QString text = m_dir.filePath(QStringLiteral("text.pdf"));
    QVERIFY(Fixtures::notAPdf(text));
    QCOMPARE(PdfText::pageCount(text), -1);
    const QString empty = m_dir.filePath(QStringLiteral("empty.pdf"));
    QVERIFY(Fixtures::emptyFile(empty));
    QCOMPARE(PdfText::pageCount(empty), -1);
}

QTEST_MAIN(TestTypesetter)
#include "tst_typesetter.moc"
