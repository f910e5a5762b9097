// Printed figures as an analyst reads them: grouping commas, parentheses for
// negatives, dashes for nil, decimals, full-width digits from CJK fonts.
#include "document/PdfWord.h"
#include "extract/Figures.h"

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
};

QTEST_APPLESS_MAIN(TestFigures)
#include "tst_figures.moc"
