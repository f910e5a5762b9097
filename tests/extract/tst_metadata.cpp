// Report metadata read from the page, not guessed: the company a filing is
// about (never its trustee, manager, auditor or a director), the stock code,
// the currency of whole-dollar tables.
#include "extract/CompanyName.h"
#include "extract/ReportMetadata.h"
#include "extract/Units.h"
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
