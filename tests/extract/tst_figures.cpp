// Printed figures as an analyst reads them: grouping commas, parentheses for
// negatives, dashes for nil, decimals, full-width digits from CJK fonts.
#include "document/PdfWord.h"
#include "extract/Figures.h"
#include "extract/PerShareFigures.h"

#include <QtTest>

using namespace ledgerlens;

class TestFigures : public QObject
{
    Q_OBJECT
private slots:
    void numbers_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("machine");
        QTest::newRow("plain") << "738" << "738";
        QTest::newRow("commas") << "1,239,717" << "1239717";
        QTest::newRow("parentheses") << "(322,586)" << "-322586";
        QTest::newRow("minus") << "-48,246" << "-48246";
        QTest::newRow("decimal") << "0.03" << "0.03";
        QTest::newRow("negative decimal") << "(0.04)" << "-0.04";
        QTest::newRow("millions") << "1,815.5" << "1815.5";
        QTest::newRow("full-width after NFKC") << normalizePdfText(QStringLiteral("１２，３４５")) << "12345";
        QTest::newRow("footnote star") << "99,452*" << "99452";
        // Typesetters print the minus as U+2212 or an en dash.
        QTest::newRow("minus sign") << normalizePdfText(QStringLiteral("\u221248,246")) << "-48246";
        QTest::newRow("en dash minus") << normalizePdfText(QStringLiteral("\u201348,246")) << "-48246";
        QTest::newRow("bracketed decimal") << "(1,815.5)" << "-1815.5";
    }
    void numbers()
    {
        QFETCH(QString, printed);
        QFETCH(QString, machine);
        const auto f = Figures::parse(printed);
        QVERIFY2(f.has_value(), qPrintable(printed));
        QVERIFY(f->value.has_value());
        QCOMPARE(f->value->toString(), machine);
    }
    void nils_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::newRow("hyphen") << "-";
        QTest::newRow("en dash") << QStringLiteral("\u2013");
        QTest::newRow("em dash") << QStringLiteral("\u2014");
        QTest::newRow("underscore") << "_";
        QTest::newRow("full-width minus") << normalizePdfText(QStringLiteral("\uFF0D"));
    }
    void nils()
    {
        QFETCH(QString, printed);
        const auto f = Figures::parse(printed);
        QVERIFY2(f.has_value(), qPrintable(printed));
        QVERIFY(f->isNil());
    }
    void notFigures_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::newRow("word") << "Revenue";
        QTest::newRow("unit") << "RMB'000";
        QTest::newRow("half parenthesis") << "(1,234";
        QTest::newRow("bad grouping") << "1,23,4";
        QTest::newRow("note ref") << "4(a)";
        QTest::newRow("date") << "30/06/2024";
    }
    void notFigures()
    {
        QFETCH(QString, printed);
        QVERIFY2(!Figures::parse(printed).has_value(), qPrintable(printed));
    }
    void notes()
    {
        QVERIFY(Figures::looksLikeNote("5"));
        QVERIFY(Figures::looksLikeNote("4(a)"));
        QVERIFY(Figures::looksLikeNote("12, 13"));
        QVERIFY(!Figures::looksLikeNote("369,696"));
        QVERIFY(!Figures::looksLikeNote("Revenue"));
    }
    void normalisation()
    {
        // Kangxi radical ⼯ (U+2F2F) is the CJK 工 to a reader; curly apostrophe in RMB’000.
        QCOMPARE(normalizePdfText(QStringLiteral("\u2F2F")), QStringLiteral("\u5DE5"));
        QCOMPARE(normalizePdfText(QStringLiteral("RMB\u2019000")), QStringLiteral("RMB'000"));
    }
    // Per-share figures carry their own unit, printed around the number.
    void perShareFigures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("unit");
        QTest::newRow("HK cents") << QStringLiteral("HK4.97 cents") << QStringLiteral("4.97") << QStringLiteral("HK cents");
        QTest::newRow("paren around unit") << QStringLiteral("HK(14.92 cents)") << QStringLiteral("-14.92") << QStringLiteral("HK cents");
        QTest::newRow("paren before unit") << QStringLiteral("HK(1.23) cents") << QStringLiteral("-1.23") << QStringLiteral("HK cents");
        QTest::newRow("unit after") << QStringLiteral("25.0 HK cents") << QStringLiteral("25.0") << QStringLiteral("HK cents");
        QTest::newRow("dollars") << QStringLiteral("HK$0.18") << QStringLiteral("0.18") << QStringLiteral("HK$");
        QTest::newRow("rmb") << QStringLiteral("RMB(0.77)") << QStringLiteral("-0.77") << QStringLiteral("RMB");
        QTest::newRow("港幣仙") << QStringLiteral("港幣(14.92)仙") << QStringLiteral("-14.92") << QStringLiteral("HK cents");
        QTest::newRow("人民幣元") << QStringLiteral("人民幣(0.01)元") << QStringLiteral("-0.01") << QStringLiteral("RMB");
    }
    void perShareFigures()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QString, unit);
        const auto f = PerShareFigures::parse(text);
        QVERIFY(f);
        QVERIFY(f->figure.value);
        QCOMPARE(*f->figure.value, *Decimal::fromString(value));
        QCOMPARE(f->unit, unit);
    }
    void notPerShareFigures()
    {
        QVERIFY(!PerShareFigures::parse(QStringLiteral("1,234")));          // no unit: the table's
        QVERIFY(!PerShareFigures::parse(QStringLiteral("HK$'000")));        // a unit header
        QVERIFY(!PerShareFigures::parse(QStringLiteral("HK(1.23 cents")));  // unbalanced
        QVERIFY(!PerShareFigures::parse(QStringLiteral("RMB 1.2 million")));
    }
    void unitsNamedInLabels()
    {
        QCOMPARE(PerShareFigures::unitNamedIn(QStringLiteral("-基本(港元)")), QStringLiteral("HK$"));
        QCOMPARE(PerShareFigures::unitNamedIn(QStringLiteral("-攤薄(港幣仙)")), QStringLiteral("HK cents"));
        QCOMPARE(PerShareFigures::unitNamedIn(QStringLiteral("Basic (RMB)")), QStringLiteral("RMB"));
        QCOMPARE(PerShareFigures::unitNamedIn(QStringLiteral("Earnings per share (RMB cents)")), QStringLiteral("RMB cents"));
        QCOMPARE(PerShareFigures::unitNamedIn(QStringLiteral("Profit (loss) for the year")), QString());
    }
    void notApplicableIsNil()
    {
        const auto f = Figures::parse(QStringLiteral("N/A"));
        QVERIFY(f);
        QVERIFY(f->isNil());
    }
};

QTEST_APPLESS_MAIN(TestFigures)
#include "tst_figures.moc"
