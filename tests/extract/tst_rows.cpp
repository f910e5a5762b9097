// Lines, columns and rows from positioned words: what the recognisers build on.
#include "extract/BilingualLabel.h"
#include "extract/PerShareFigures.h"
#include "extract/TableReader.h"
#include "layout/PageFurniture.h"
#include "layout/TextRules.h"
#include "layout/TextLine.h"

#include <QtTest>

using namespace ledgerlens;

namespace {

// A word whose right edge is `right` when alignRight, else starting at x.
PdfWord word(const QString &text, double x, double y, bool alignRight = false)
{
    const double w = 4.8 * text.size();
    PdfWord pw;
    pw.text = text;
    pw.page = 1;
    pw.box = QRectF(alignRight ? x - w : x, y, w, 9);
    pw.fontSize = 9;
    return pw;
}

// Words of a label starting at x, one PdfWord per space-separated word.
QVector<PdfWord> label(const QString &text, double x, double y)
{
    QVector<PdfWord> out;
    for (const QString &t : text.split(QLatin1Char(' '))) {
        out.append(word(t, x, y));
        x += 4.8 * t.size() + 2.5;
    }
    return out;
}

// CJK text as poppler gives it: one word per glyph, 9 pt wide, `pitch` apart.
QVector<PdfWord> glyphs(const QString &text, double x, double y, double pitch = 9.5)
{
    QVector<PdfWord> out;
    for (int i = 0; i < text.size(); ++i) {
        PdfWord g = word(text.mid(i, 1), x + pitch * i, y);
        g.box.setWidth(9);
        out.append(g);
    }
    return out;
}

struct Sheet
{
    QVector<PdfWord> words;
    double y = 100;
    void row(const QString &lbl, const QString &note, const QString &a, const QString &b, double indent = 0)
    {
        if (!lbl.isEmpty())
            words += label(lbl, 50 + indent, y);
        if (!note.isEmpty())
            words.append(word(note, 270, y, true));
        if (!a.isEmpty())
            words.append(word(a, 420, y, true));
        if (!b.isEmpty())
            words.append(word(b, 500, y, true));
        y += 12;
    }
};

ReadTable readSheet(const Sheet &s)
{
    TableHints hints;
    hints.flow = true;
    hints.months = 6;
    hints.contextDate = QDate(2024, 6, 30);
    return TableReader::read(Layout::buildLines(s.words), hints);
}

} // namespace

class TestRows : public QObject
{
    Q_OBJECT
private slots:
    void cjkGlyphsJoin()
    {
        QVector<PdfWord> w;
        double x = 50;
        for (const QString &c : {QStringLiteral("其"), QStringLiteral("他"), QStringLiteral("收"), QStringLiteral("入")}) {
            PdfWord pw = word(c, x, 100);
            pw.box.setWidth(9);
            w.append(pw);
            x += 10.5;
        }
        const auto lines = Layout::buildLines(w);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].text, QStringLiteral("其他收入"));
        QCOMPARE(lines[0].chunks.size(), 1);
    }
    void linesInReadingOrder()
    {
        QVector<PdfWord> w{word("second", 50, 130), word("first", 50, 100), word("right", 300, 101)};
        const auto lines = Layout::buildLines(w);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].text, QStringLiteral("first right"));
        QCOMPARE(lines[1].text, QStringLiteral("second"));
        QCOMPARE(lines[0].chunks.size(), 2); // wide gap: two cells
    }
    // A segment note: revenue by segment and year, then the segment assets
    // under their own header row of years at other positions. The years row
    // heads the next table; its columns never join the first's.
    void aYearsRowStartsTheNextTable()
    {
        QVector<PdfWord> w;
        const double revenueCols[] = {250, 300, 350, 400};
        const double assetCols[] = {275, 330, 385, 440};
        for (int c = 0; c < 4; ++c)
            w.append(word(c % 2 ? QStringLiteral("2023") : QStringLiteral("2024"), revenueCols[c], 100, true));
        w += label(QStringLiteral("Revenue from customers"), 50, 115);
        const char *revenue[] = {"742,823", "598,172", "106,907", "–"};
        for (int c = 0; c < 4; ++c)
            w.append(word(QString::fromUtf8(revenue[c]), revenueCols[c], 115, true));
        w += label(QStringLiteral("Segment profit"), 50, 127);
        const char *profit[] = {"580,577", "402,248", "26,742", "–"};
        for (int c = 0; c < 4; ++c)
            w.append(word(QString::fromUtf8(profit[c]), revenueCols[c], 127, true));
        for (int c = 0; c < 4; ++c)
            w.append(word(c % 2 ? QStringLiteral("2023") : QStringLiteral("2024"), assetCols[c], 150, true));
        w += label(QStringLiteral("Segment assets"), 50, 165);
        const char *assets[] = {"3,513,906", "2,650,270", "376,053", "–"};
        for (int c = 0; c < 4; ++c)
            w.append(word(QString::fromUtf8(assets[c]), assetCols[c], 165, true));
        TableHints hints;
        hints.flow = true;
        const ReadTable t = TableReader::read(Layout::buildLines(w), hints);
        QCOMPARE(t.columns.size(), 4);
        QCOMPARE(t.items.size(), 2);
        QCOMPARE(t.items[1].label, QStringLiteral("Segment profit"));
        QCOMPARE(t.items[0].cells[2].value, Decimal::fromString(u"106907"));
    }
    void statementRows()
    {
        Sheet s;
        s.row("", "", "2024", "2023");
        s.row("", "Notes", "RMB'000", "RMB'000");
        s.row("", "", "(Unaudited)", "(Audited)");
        s.row("Revenue", "5", "369,696", "301,862");
        s.row("Cost of sales", "", "(322,586)", "(254,091)");
        s.row("Gross profit", "", "47,110", "47,771");
        s.row("Attributable to:", "", "", "");
        s.row("Exchange differences on translation of foreign currency", "", "", "");
        s.row("operations", "", "4,409", "-", 6);
        s.row("", "", "51,519", "47,771");
        const ReadTable t = readSheet(s);
        QCOMPARE(t.columns.size(), 2);
        QCOMPARE(t.unit.unit, qint64(1000));
        QCOMPARE(t.unit.currency, QStringLiteral("RMB"));
        QCOMPARE(t.columns[0].periodEnd, QDate(2024, 6, 30));
        QCOMPARE(t.columns[1].periodEnd, QDate(2023, 6, 30));
        QCOMPARE(t.columns[0].months, 6);
        QCOMPARE(t.columns[0].audited, std::optional<bool>(false));
        QCOMPARE(t.columns[1].audited, std::optional<bool>(true));
        QVector<LineItem> figures;
        for (const LineItem &it : t.items)
            if (it.kind != RowKind::Heading)
                figures.append(it);
        QCOMPARE(figures.size(), 5);
        QCOMPARE(figures[0].label, QStringLiteral("Revenue"));
        QCOMPARE(figures[0].note, QStringLiteral("5"));        // the Notes column is not a value
        QCOMPARE(figures[0].cells.size(), 2);
        QCOMPARE(figures[0].cells[0].value->toString(), QStringLiteral("369696"));
        QCOMPARE(figures[1].cells[1].value->toString(), QStringLiteral("-254091"));
        QCOMPARE(figures[3].label, QStringLiteral("Exchange differences on translation of foreign currency operations"));
        QVERIFY(!figures[3].cells[1].value.has_value());          // dash is nil
        QVERIFY(figures[3].cells[1].source.isValid());            // ...but still has a box
        QCOMPARE(figures[4].label, QString());                    // unlabelled subtotal
        QCOMPARE(figures[4].kind, RowKind::Subtotal);
        // The heading stays a heading: not glued onto the row below it.
        bool heading = false;
        for (const LineItem &it : t.items)
            heading = heading || (it.kind == RowKind::Heading && it.label == QLatin1String("Attributable to:"));
        QVERIFY(heading);
        // The source box is the printed figure's.
        QCOMPARE(figures[0].cells[0].source.page, 1);
        QVERIFY(qAbs(figures[0].cells[0].source.box.right() - 420) < 0.01);
    }
    void dashedSubItemsAreOwnLabels()
    {
        Sheet s;
        s.row("", "", "2025", "2024");
        s.row("Profit attributable to owners of the Company for the year", "", "", "");
        s.row(QStringLiteral("- from continuing operations"), "", "(64,270)", "5,850", 6);
        const ReadTable t = readSheet(s);
        QVector<LineItem> figures;
        for (const LineItem &it : t.items)
            if (it.kind != RowKind::Heading)
                figures.append(it);
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures[0].label, QStringLiteral("- from continuing operations"));
    }
    // A page number under the table, left of the Notes column, is not the
    // Notes column (the Notes header names the band right under it).
    void notesColumnIsTheBandUnderItsHeader()
    {
        Sheet s;
        s.row("", "", "2024", "2023");
        s.row("", "Notes", "RMB'000", "RMB'000");
        s.row("Revenue", "5", "369,696", "301,862");
        s.row("Cost of sales", "6", "(322,586)", "(254,091)");
        s.row("Gross profit", "", "47,110", "47,771");
        s.words.append(word("3", 250, s.y + 40, true));  // the page number, under the table
        const ReadTable t = readSheet(s);
        QCOMPARE(t.columns.size(), 2);
        QVERIFY(t.notes);
        QVERIFY(qAbs(t.notes->right - 270) < 0.01);
        QCOMPARE(t.items.front().note, QStringLiteral("5"));
    }
    // Figure rows of one test sheet, headings left out.
    static QVector<LineItem> figureRows(const ReadTable &t)
    {
        QVector<LineItem> out;
        for (const LineItem &it : t.items)
            if (it.kind != RowKind::Heading)
                out.append(it);
        return out;
    }
    void typedRulesAreNotLabels()
    {
        Sheet s;
        s.row("", "", "2024", "2023");
        s.row("Management fee", "", "1,209", "1,187");
        s.row("Bank charges", "", "580", "678");
        s.row("", "", "------------------", "------------------");
        s.row("Total operating expenses", "", "1,789", "1,865");
        s.row("", "", QStringLiteral("═══════════"), QStringLiteral("═══════════"));
        QVector<TextLine> lines = Layout::buildLines(s.words);
        Layout::dropTextRules(lines);
        TableHints hints;
        hints.contextDate = QDate(2024, 6, 30);
        const auto rows = figureRows(TableReader::read(lines, hints));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[2].label, QStringLiteral("Total operating expenses"));
    }
    // Where labels break is read from the label column itself: its right
    // edge is the widest label printed.
    void headingsAreNotGluedOntoItems()
    {
        Sheet s;
        s.row("", "", "2024", "2023");
        s.row("Bank borrowings due within one year and other loans", "", "40,250", "31,008", 6);
        s.row("CURRENT LIABILITIES AND PROVISIONS FALLING DUE", "", "", "");
        s.row("Trade and other payables", "", "97,146", "152,109", 6);
        s.row("Cash flows from financing activities of the Group", "", "", "");
        s.row("Proceeds from issue of shares", "", "3,000", "-", 6);
        s.row("CASH AND CASH EQUIVALENTS", "", "", "");
        s.row("AT BEGINNING OF THE PERIOD", "", "123,827", "156,039", 6);
        s.row("Payments for purchase of property, plant and equipment and", "", "", "");
        s.row("intangible assets", "", "(1,234)", "(2,345)", 6);
        const auto rows = figureRows(readSheet(s));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[1].label, QStringLiteral("Trade and other payables"));
        QCOMPARE(rows[2].label, QStringLiteral("Proceeds from issue of shares"));
        QCOMPARE(rows[3].label, QStringLiteral("CASH AND CASH EQUIVALENTS AT BEGINNING OF THE PERIOD"));
        QCOMPARE(rows[4].label, QStringLiteral("Payments for purchase of property, plant and equipment and intangible assets"));
    }
    // English and Chinese label columns side by side, each wrapping on its
    // own; and the two glued into one word run ("Turnover營業額").
    void bilingualLabelColumns()
    {
        Sheet s;
        auto zh = [&s](const QString &text, double x, double y) { s.words += glyphs(text, x, y); };
        s.row("", "", "2024", "2023");
        zh(QStringLiteral("營業額"), 114, s.y);
        s.row("Turnover", "", "76,705", "52,399");  // glued: Chinese right after the English
        zh(QStringLiteral("經營租賃下持作自用之"), 200, s.y);
        s.row("Interests in leasehold land", "", "", "");
        zh(QStringLiteral("租賃土地之權益"), 209, s.y);
        s.row("held for own use under", "", "", "", 6);
        s.row("operating leases", "", "23,319", "-", 6);
        zh(QStringLiteral("存貨"), 200, s.y);
        s.row("Inventories", "", "328,813", "266,765");
        const auto rows = figureRows(readSheet(s));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].label, QStringLiteral("Turnover"));
        QCOMPARE(rows[0].labelZh, QStringLiteral("營業額"));
        QCOMPARE(rows[1].label, QStringLiteral("Interests in leasehold land held for own use under operating leases"));
        QCOMPARE(rows[1].labelZh, QStringLiteral("經營租賃下持作自用之租賃土地之權益"));
        QCOMPARE(rows[2].label, QStringLiteral("Inventories"));
        QCOMPARE(rows[2].labelZh, QStringLiteral("存貨"));
    }
    // The Chinese half runs a line longer than the English one and carries
    // the figures; a dash before the Chinese belongs to it; the English
    // column ends where the Chinese one starts.
    void bilingualHalvesOfUnequalLength()
    {
        Sheet s;
        auto zh = [&s](const QString &text, double x, double y) { s.words += glyphs(text, x, y); };
        s.row("", "", "2021", "2020");
        zh(QStringLiteral("利息收入"), 250, s.y);
        s.row("Interest income", "", "(27,719)", "(22,185)");
        zh(QStringLiteral("按公允值計入損益處理之"), 250, s.y);
        s.row("Net realised (gain) loss on", "", "", "");
        zh(QStringLiteral("財務資產之已變現"), 258, s.y);
        s.row("financial assets at fair value", "", "", "", 8);
        zh(QStringLiteral("(收益)虧損淨額"), 258, s.y);
        s.row("", "", "(9,481)", "23,594");
        zh(QStringLiteral("投資活動所得現金淨額"), 250, s.y);
        s.row("NET CASH FROM (USED IN) INVESTING", "", "", "");
        s.row("ACTIVITIES", "", "11,625", "(699)", 8);
        const auto rows = figureRows(readSheet(s));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].label, QStringLiteral("Net realised (gain) loss on financial assets at fair value"));
        QCOMPARE(rows[1].labelZh, QStringLiteral("按公允值計入損益處理之財務資產之已變現(收益)虧損淨額"));
        QCOMPARE(rows[2].label, QStringLiteral("NET CASH FROM (USED IN) INVESTING ACTIVITIES"));
        const BilingualLabel dash = BilingualLabels::split({word(QStringLiteral("represented"), 50, 0),
                                                            word(QStringLiteral("by"), 110, 0),
                                                            word(QStringLiteral("-以銀行結餘"), 250, 0)});
        QCOMPARE(dash.en, QStringLiteral("represented by"));
        QCOMPARE(dash.zh, QStringLiteral("-以銀行結餘"));
    }
    // The first figure row's label starting on the lines above it is not
    // part of the header; an abbreviation on its own line finishes it; a
    // mixed-case item opening with "At" is not glued onto its heading.
    void firstRowWrappedAboveItsFigures()
    {
        Sheet s;
        s.row("", "", "2021", "2020");
        s.row("", "", "HK$", "HK$");
        s.row("Net realised gain (loss) on financial assets", "", "", "");
        s.row("at fair value through profit or loss", "", "", "", 8);
        s.row(QStringLiteral("(\"FVTPL\")"), "", "9,481,598", "(23,594,852)", 8);
        s.row("Time of revenue recognition", "", "", "");
        s.row("At a point of time", "", "125,211", "117,950", 8);
        TableHints hints;
        hints.contextDate = QDate(2021, 9, 30);
        const auto rows = figureRows(TableReader::read(Layout::buildLines(s.words), hints));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].label, QStringLiteral("Net realised gain (loss) on financial assets at fair value through profit or loss (\"FVTPL\")"));
        QCOMPARE(rows[1].label, QStringLiteral("At a point of time"));
    }
    // Two header cells set so close they read as one run of glyphs are cut
    // between the columns they stand over.
    void headerCellsGluedAcrossColumns()
    {
        QVector<PdfWord> w = glyphs(QStringLiteral("於二零零九年"), 366, 100, 9);
        w += glyphs(QStringLiteral("於二零零九年"), 446, 100, 9);
        w += glyphs(QStringLiteral("九月三十日三月三十一日"), 375, 112, 9);  // one run over both columns
        double y = 130;
        for (const auto &[lbl, a, b] : {std::tuple{"Inventories", "19,391", "60,113"}, std::tuple{"Cash", "1,949", "3,314"}}) {
            w += label(QString::fromLatin1(lbl), 50, y);
            w.append(word(QString::fromLatin1(a), 420, y, true));
            w.append(word(QString::fromLatin1(b), 500, y, true));
            y += 12;
        }
        TableHints hints;
        hints.flow = false;
        const ReadTable t = TableReader::read(Layout::buildLines(w), hints);
        QCOMPARE(t.columns.size(), 2);
        QCOMPARE(t.columns[0].periodEnd, QDate(2009, 9, 30));
        QCOMPARE(t.columns[1].periodEnd, QDate(2009, 3, 31));
    }
    // A year centred over a group of four segment columns dates all four.
    void groupYearDatesEveryColumnUnderIt()
    {
        QVector<PdfWord> w;
        w.append(word(QStringLiteral("2025"), 300, 100));
        w.append(word(QStringLiteral("2024"), 460, 100));
        const QStringList segments = {QStringLiteral("Audio"), QStringLiteral("Laptop"), QStringLiteral("Elim."), QStringLiteral("Total")};
        for (int c = 0; c < 8; ++c)
            w.append(word(segments[c % 4], 250 + 40 * c, 112, true));
        double y = 130;
        for (const char *lbl : {"External sales", "Segment result"}) {
            w += label(QString::fromLatin1(lbl), 50, y);
            for (int c = 0; c < 8; ++c)
                w.append(word(QStringLiteral("9,313"), 250 + 40 * c, y, true));
            y += 12;
        }
        TableHints hints;
        hints.contextDate = QDate(2025, 3, 31);
        const ReadTable t = TableReader::read(Layout::buildLines(w), hints);
        QCOMPARE(t.columns.size(), 8);
        for (int c = 0; c < 8; ++c)
            QCOMPARE(t.columns[c].periodEnd, c < 4 ? QDate(2025, 3, 31) : QDate(2024, 3, 31));
    }
    void runningFootersAreNotRows()
    {
        QVector<PdfWord> w = label(QStringLiteral("NET ASSETS"), 50, 700);
        w.append(word(QStringLiteral("981,717"), 420, 700, true));
        w += label(QStringLiteral("2016 Annual Report Fixture Holdings"), 300, 800);
        w.append(word(QStringLiteral("97"), 540, 800, true));
        QVector<TextLine> lines = Layout::buildLines(w);
        QCOMPARE(lines.size(), 2);
        Layout::dropPageNumbers(lines, QSizeF(595, 842));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].text, QStringLiteral("NET ASSETS 981,717"));
    }
    // "As at 31 December" set flush right over its column reaches into the
    // gap between the columns: it is that column's header, not both.
    void rightAlignedHeadersBelongToTheirColumn()
    {
        // Figures right-aligned at 400 and 520; each header flush right with them.
        QVector<PdfWord> w = label(QStringLiteral("As at 30 June"), 400 - 55.5, 100);
        w += label(QStringLiteral("As at 31 December"), 520 - 74.7, 100);
        w.append(word(QStringLiteral("2025"), 400, 112, true));
        w.append(word(QStringLiteral("2024"), 520, 112, true));
        double y = 124;
        for (const auto &[lbl, a, b] : {std::tuple{"Up to 6 months", "382,770", "272,711"},
                                        std::tuple{"6 months to 1 year", "38,519", "12,341"}}) {
            w += label(QString::fromLatin1(lbl), 50, y);
            w.append(word(QString::fromLatin1(a), 400, y, true));
            w.append(word(QString::fromLatin1(b), 520, y, true));
            y += 12;
        }
        TableHints hints;
        hints.flow = false;
        const ReadTable t = TableReader::read(Layout::buildLines(w), hints);
        QCOMPARE(t.columns.size(), 2);
        QCOMPARE(t.columns[0].periodEnd, QDate(2025, 6, 30));
        QCOMPARE(t.columns[1].periodEnd, QDate(2024, 12, 31));
    }
    // Header words set close together make one long run across the columns;
    // it is a header line, not prose cutting the header off.
    void longRunOfHeaderWordsIsAHeader()
    {
        Sheet s;
        s.row("", "", "2013", "2012");
        s.words += label(QStringLiteral("(Unaudited) (Unaudited) (Unaudited) (Unaudited)"), 280, s.y);
        s.y += 12;
        s.row("", "", "HK$'000", "HK$'000");
        s.row("Revenue from external customers", "", "513,741", "379,698");
        const ReadTable t = readSheet(s);
        QCOMPARE(t.columns.size(), 2);
        QCOMPARE(t.columns[0].periodEnd, QDate(2013, 6, 30));
        QCOMPARE(t.columns[1].periodEnd, QDate(2012, 6, 30));
    }
    // "HK4.97 cents" is a figure of its column with its own unit; a heading
    // "(HK cents)" gives the rows under it theirs; neither is the table's unit.
    void perShareRowsKeepTheirUnit()
    {
        Sheet s;
        s.row("", "", "2010", "2009");
        s.row("", "Notes", "HK$'000", "HK$'000");
        s.row("Profit for the period", "", "62,860", "(72,043)");
        s.row("Earnings per share (HK cents)", "", "", "");
        s.row("Basic", "8", "25.0", "4.1", 6);
        s.words += label(QStringLiteral("Diluted"), 56, s.y);
        s.words += label(QStringLiteral("HK3.72 cents"), 420 - 60.1, s.y);
        s.words += label(QStringLiteral("HK(14.92 cents)"), 500 - 74.5, s.y);
        s.y += 12;
        const ReadTable read = readSheet(s);
        Table t;
        t.kind = TableKind::ProfitOrLoss;
        t.unit = 1000;
        t.currency = QStringLiteral("HKD");
        t.items = read.items;
        PerShareFigures::assignUnits(t);
        const auto rows = figureRows(read);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[2].label, QStringLiteral("Diluted"));
        QCOMPARE(rows[2].cells[0].value->toString(), QStringLiteral("3.72"));
        QCOMPARE(rows[2].cells[1].value->toString(), QStringLiteral("-14.92"));
        QCOMPARE(rows[2].valueUnit, QStringLiteral("HK cents"));
        QVector<LineItem> keyed;
        for (const LineItem &it : t.items)
            if (it.kind != RowKind::Heading)
                keyed.append(it);
        QCOMPARE(keyed[0].valueUnit, QString());                 // a money row follows the table
        QCOMPARE(keyed[1].valueUnit, QStringLiteral("HK cents")); // from the heading over it
    }
    void pageNumbersAreNotRows_data()
    {
        QTest::addColumn<QString>("footer");
        QTest::addColumn<bool>("dropped");
        QTest::newRow("bare") << QStringLiteral("12") << true;
        QTest::newRow("dashes") << QStringLiteral("- 12 -") << true;
        QTest::newRow("page") << QStringLiteral("Page 12") << true;
        QTest::newRow("chinese") << QStringLiteral("第12頁") << true;
        QTest::newRow("a figure") << QStringLiteral("1,234") << false;
    }
    void pageNumbersAreNotRows()
    {
        QFETCH(QString, footer);
        QFETCH(bool, dropped);
        QVector<PdfWord> w = label(QStringLiteral("Gross profit"), 50, 700);
        w.append(word(QStringLiteral("47,110"), 420, 700, true));
        w.append(word(footer, 290, 800));
        QVector<TextLine> lines = Layout::buildLines(w);
        QCOMPARE(lines.size(), 2);
        Layout::dropPageNumbers(lines, QSizeF(595, 842));
        QCOMPARE(lines.size(), dropped ? 1 : 2);
        // The same line right under the row, with no gap, is part of the text.
        QVector<PdfWord> close = label(QStringLiteral("Gross profit"), 50, 790);
        close.append(word(footer, 290, 800));
        QVector<TextLine> closeLines = Layout::buildLines(close);
        Layout::dropPageNumbers(closeLines, QSizeF(595, 842));
        QCOMPARE(closeLines.size(), 2);
    }
};

QTEST_APPLESS_MAIN(TestRows)
#include "tst_rows.moc"
