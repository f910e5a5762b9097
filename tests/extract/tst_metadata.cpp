// Report metadata read from the page, not guessed: the company a filing is
// about (never its trustee, manager, auditor or a director), the stock code,
// the currency of whole-dollar tables.
#include "extract/CompanyName.h"
#include "extract/ReportMetadata.h"
#include "extract/Units.h"
#include "layout/PageFurniture.h"
#include "layout/TextLine.h"

#include <QtTest>

using namespace ledgerlens;

namespace {

// One page of lines: (text, top, font size), each line one chunk at x = 60.
PageText page(int number, const QVector<std::tuple<QString, double, double>> &lines)
{
    QVector<PdfWord> words;
    for (const auto &[text, top, size] : lines) {
        double x = 60;
        for (const QString &t : text.split(QLatin1Char(' '))) {
            PdfWord w;
            w.text = t;
            w.page = number;
            w.fontSize = size;
            w.box = QRectF(x, top, 0.5 * size * t.size(), size);
            x += 0.5 * size * t.size() + 0.3 * size;
            words.append(w);
        }
    }
    PageText p;
    p.page = number;
    p.size = QSizeF(595, 842);
    p.lines = Layout::buildLines(words);
    return p;
}

} // namespace

class TestMetadata : public QObject
{
    Q_OBJECT
private slots:
    void companyIsTheCoversNotAnAgents()
    {
        DocumentText doc;
        doc.append(page(1, {{QStringLiteral("Fixture Fund Series"), 60, 10},
                            {QStringLiteral("Trustee"), 300, 10},
                            {QStringLiteral("Harbour Trustee Limited"), 314, 10},
                            {QStringLiteral("Manager"), 340, 10},
                            {QStringLiteral("Lantern Asset Management Limited"), 354, 10},
                            {QStringLiteral("Auditor"), 380, 10},
                            {QStringLiteral("Lamp & Co CPA Limited"), 394, 10}}));
        // The statement page prints the sub-fund's name over its figures.
        doc.append(page(2, {{QStringLiteral("STATEMENT OF FINANCIAL POSITION"), 60, 10},
                            {QStringLiteral("Fixture Greater Bay Index ETF"), 90, 10},
                            {QStringLiteral("Cash at bank 1,234"), 120, 10}}));
        QCOMPARE(CompanyName::find(doc, {2}), QStringLiteral("Fixture Greater Bay Index ETF"));
    }
    void nameWrappedOverThreeLinesOnTheCover()
    {
        DocumentText doc;
        doc.append(page(1, {{QStringLiteral("Broad Reach"), 200, 18},
                            {QStringLiteral("International Pharmaceutical"), 220, 18},
                            {QStringLiteral("Holdings Limited"), 240, 18},
                            {QStringLiteral("(Incorporated in the Cayman Islands with limited liability)"), 270, 9},
                            {QStringLiteral("(Stock code: 1149)"), 284, 9},
                            {QStringLiteral("Mr. Chan Tai Man, Director of Lantern Limited"), 600, 9}}));
        QCOMPARE(CompanyName::find(doc, {}), QStringLiteral("Broad Reach International Pharmaceutical Holdings Limited"));
    }
    // Only prose names the filer: the sentence defining "the Company" counts,
    // though it goes on to name the directors.
    void nameDefinedInASentence()
    {
        DocumentText doc;
        doc.append(page(1, {{QStringLiteral("(於百慕達註冊成立之有限公司)"), 100, 12},
                            {QStringLiteral("Lamp Holdings Limited (「本公司」)董事宣佈本公司截至二零二五年三月三十一日止年度之業績"), 200, 10}}));
        QCOMPARE(CompanyName::find(doc, {}), QStringLiteral("Lamp Holdings Limited"));
    }
    // The defining sentence wraps inside the name, and the running footer
    // sets the name as a logotype whose second line alone reads as a name.
    void nameWrappedInsideItsDefiningSentence()
    {
        DocumentText doc;
        doc.append(page(1, {{QStringLiteral("Interim Report 2008"), 100, 16},
                            {QStringLiteral("The board of directors (the \u201cBoard\u201d) of Broad Reach International Pharmaceutical"), 200, 10},
                            {QStringLiteral("Holdings Limited (the \u201cCompany\u201d) is pleased to announce the unaudited results"), 212, 10}}));
        for (int p = 2; p <= 5; ++p)
            doc.append(page(p, {{QStringLiteral("Revenue 1,234"), 100, 10},
                                {QStringLiteral("Broad Reach"), 780, 7},
                                {QStringLiteral("International Pharmaceutical Holdings Limited"), 788, 5}}));
        QCOMPARE(CompanyName::find(doc, {2, 3, 4, 5}), QStringLiteral("Broad Reach International Pharmaceutical Holdings Limited"));
        // A heading over the sentence is not the start of the name.
        DocumentText headed;
        headed.append(page(1, {{QStringLiteral("Corporate Profile"), 100, 10},
                               {QStringLiteral("Lamp Group Limited (the \u201cCompany\u201d) is a retailer of lamps"), 112, 10}}));
        QCOMPARE(CompanyName::find(headed, {}), QStringLiteral("Lamp Group Limited"));
    }
    // A page cut from a report: only its running footer, beside the page
    // number and the report's title, names the company.
    void nameInTheRunningFooterOfACutPage()
    {
        PageText p = page(1, {{QStringLiteral("綜合財務狀況表 Consolidated Statement of Financial Position"), 60, 12},
                              {QStringLiteral("Inventories 存貨 1,234 1,100"), 120, 10},
                              {QStringLiteral("Cash 現金 2,345 2,000"), 134, 10},
                              {QStringLiteral("二零一六年年報 • 燈塔服飾有限公司"), 800, 8}});
        // The page number sits apart at the right margin.
        QVector<PdfWord> words;
        for (const TextLine &l : p.lines)
            for (const Chunk &c : l.chunks)
                words += c.words;
        words << PdfWord{QStringLiteral("97"), 1, QRectF(530, 800, 8, 8), 8};
        p.lines = Layout::buildLines(words);
        p.furniture = Layout::dropPageNumbers(p.lines, p.size);
        QCOMPARE(p.furniture.size(), 1);
        DocumentText doc{p};
        QCOMPARE(CompanyName::find(doc, {1}), QStringLiteral("燈塔服飾有限公司"));
    }
    void englishNameOfAChineseFiling()
    {
        DocumentText doc;
        doc.append(page(1, {{QStringLiteral("港灣燈塔物流控股有限公司"), 100, 16},
                            {QStringLiteral("HARBOUR LANTERN LOGISTICS HOLDINGS LIMITED"), 120, 12}}));
        QCOMPARE(CompanyName::find(doc, {}), QStringLiteral("Harbour Lantern Logistics Holdings Limited"));
        DocumentText zhOnly;
        zhOnly.append(page(1, {{QStringLiteral("港灣燈塔物流控股有限公司"), 100, 16}}));
        QCOMPARE(CompanyName::find(zhOnly, {}), QStringLiteral("港灣燈塔物流控股有限公司"));
    }
    // The filer's code, not another company's named in a director's biography.
    void stockCodeOfTheFiler()
    {
        DocumentText doc;
        doc.append(page(1, {{QStringLiteral("Ms. Lee was a director of Other Holdings Limited (Stock Code: 8132) until 2020."), 100, 9}}));
        // Corporate information in two columns: the code under its label.
        PageText info = page(2, {{QStringLiteral("Registered office"), 100, 10}, {QStringLiteral("Cricket Square"), 114, 10}});
        PdfWord label{QStringLiteral("STOCK"), 2, QRectF(312, 100, 30, 10), 10};
        PdfWord label2{QStringLiteral("CODE"), 2, QRectF(345, 100, 25, 10), 10};
        PdfWord code{QStringLiteral("1678"), 2, QRectF(312, 114, 20, 10), 10};
        QVector<PdfWord> words;
        for (const TextLine &l : info.lines)
            for (const Chunk &c : l.chunks)
                words += c.words;
        words << label << label2 << code;
        info.lines = Layout::buildLines(words);
        doc.append(info);
        Report report;
        ReportMetadata::fill(report, doc);
        QCOMPARE(report.stockCode, QStringLiteral("1678"));
        DocumentText cover;
        cover.append(page(1, {{QStringLiteral("Fixture Holdings Limited"), 100, 16}, {QStringLiteral("(Stock code: 1149)"), 130, 9}}));
        Report r2;
        ReportMetadata::fill(r2, cover);
        QCOMPARE(r2.stockCode, QStringLiteral("1149"));
        // The code in a second parenthesis, after the place of incorporation.
        const QStringList covers{QStringLiteral("(Incorporated in the Cayman Islands with limited liability) (Stock Code: 2030)"),
                                 QStringLiteral("（於開曼群島註冊成立的有限公司）（股份代號：8765）"),
                                 QStringLiteral("(於百慕達註冊成立之有限公司)(股份代號:0328)"),
                                 // H shares and other qualified codes name the same thing.
                                 QStringLiteral("(H Share Stock Code: 2233)"),
                                 QStringLiteral("(HKEX Stock Code: 1234)"),
                                 QStringLiteral("（H股股份代號：2233）"),
                                 QStringLiteral("(股票代碼: 1234)"),
                                 QStringLiteral("(Stock Code 股份代號: 0123)")};
        for (const QString &line : covers) {
            DocumentText withPlace;
            withPlace.append(page(1, {{QStringLiteral("Fixture Holdings Limited"), 100, 16}, {line, 130, 9}}));
            Report r3;
            ReportMetadata::fill(r3, withPlace);
            QCOMPARE(r3.stockCode, line.right(5).left(4));
        }
        // "(Stock Code:" ending a line, its number wrapped onto the next.
        DocumentText wrapped;
        wrapped.append(page(1, {{QStringLiteral("(A company incorporated in the Cayman Islands with limited liability) (Stock Code:"), 100, 9},
                                {QStringLiteral("0020)"), 114, 9}}));
        Report r4;
        ReportMetadata::fill(r4, wrapped);
        QCOMPARE(r4.stockCode, QStringLiteral("0020"));
    }
    void wholeCurrencyHeaders()
    {
        QCOMPARE(Units::findWholeCurrency(QStringLiteral("HK$")).unit, qint64(1));
        QCOMPARE(Units::findWholeCurrency(QStringLiteral("HK$")).currency, QStringLiteral("HKD"));
        QCOMPARE(Units::findWholeCurrency(QStringLiteral("人民幣")).currency, QStringLiteral("RMB"));
        QVERIFY(!Units::findWholeCurrency(QStringLiteral("HK$ cents")).isValid());
        QVERIFY(!Units::findWholeCurrency(QStringLiteral("Revenue")).isValid());
    }
};

QTEST_APPLESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
