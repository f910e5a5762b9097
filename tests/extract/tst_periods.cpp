// Column headers and title lines to periods and units.
#include "extract/ColumnDates.h"
#include "extract/Periods.h"
#include "extract/TableReader.h"
#include "extract/Units.h"

#include <QtTest>

using namespace ledgerlens;

class TestPeriods : public QObject
{
    Q_OBJECT
private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("day month year") << "30 June 2024" << QDate(2024, 6, 30);
        QTest::newRow("as at") << "As at 31 December 2024" << QDate(2024, 12, 31);
        QTest::newRow("US order") << "June 30, 2025" << QDate(2025, 6, 30);
        QTest::newRow("ordinal") << "For the year ended 30th September, 2021" << QDate(2021, 9, 30);
        QTest::newRow("dotted") << "31.12.2019" << QDate(2019, 12, 31);
        QTest::newRow("chinese numerals") << QStringLiteral("截至二零二五年三月三十一日止年度") << QDate(2025, 3, 31);
        QTest::newRow("chinese arabic") << QStringLiteral("2024年6月30日") << QDate(2024, 6, 30);
        QTest::newRow("title line") << "For the six months ended 30 June 2024" << QDate(2024, 6, 30);
        // A period printed as its first and last day closes on the last.
        QTest::newRow("dotted range") << "1.1.2024 to 30.6.2024 HK$'000" << QDate(2024, 6, 30);
        QTest::newRow("from to") << "For the period from 1 January 2024 to 30 June 2024" << QDate(2024, 6, 30);
        QTest::newRow("dash range") << "1/4/2024 - 31/3/2025" << QDate(2025, 3, 31);
        QTest::newRow("chinese range") << QStringLiteral("二零二四年一月一日至二零二四年六月三十日止期間") << QDate(2024, 6, 30);
        QTest::newRow("two balances, no range") << "30 June 2024 and 31 December 2023" << QDate(2024, 6, 30);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(Periods::findDate(text), date);
    }
    void years()
    {
        QCOMPARE(Periods::findYear("2024"), 2024);
        QCOMPARE(Periods::findYear(QStringLiteral("二零二四年")), 2024);
        QCOMPARE(Periods::findYear("1,995"), 0); // a figure, not a year
    }
    void months()
    {
        QCOMPARE(Periods::findMonths("For the six months ended 30 June 2024"), 6);
        QCOMPARE(Periods::findMonths("for the year ended 31 December 2019"), 12);
        QCOMPARE(Periods::findMonths(QStringLiteral("截至二零二四年六月三十日止六個月")), 6);
        QCOMPARE(Periods::findMonths(QStringLiteral("截至二零二五年三月三十一日止年度")), 12);
        QCOMPARE(Periods::findMonths("As at 30 June 2025"), 0);
        QCOMPARE(Periods::findMonths(QStringLiteral("截至6月30日止六个月")), 6);   // simplified
        QCOMPARE(Periods::findMonths(QStringLiteral("截至9月30日止三个月")), 3);
        // Any count of months, in words, figures or Chinese numerals.
        QCOMPARE(Periods::findMonths(QStringLiteral("截至九月三十日止九個月")), 9);
        QCOMPARE(Periods::findMonths(QStringLiteral("截至二零二四年三月三十一日止十二個月")), 12);
        QCOMPARE(Periods::findMonths("For the fifteen months ended 31 March 2025"), 15);
        QCOMPARE(Periods::findMonths("Nine months ended 30 September"), 9);
        QCOMPARE(Periods::findMonths("4-month period ended 30 April 2024"), 4);
        // A printed range is as long as its days.
        QCOMPARE(Periods::findMonths("1.1.2024 to 30.6.2024"), 6);
        QCOMPARE(Periods::findMonths("For the period from 1 April 2023 to 31 March 2024"), 12);
        QCOMPARE(Periods::findMonths(QStringLiteral("2024年1月1日至2024年9月30日")), 9);
        QCOMPARE(Periods::findMonths("from 5 March 2024 (date of incorporation) to 31 December 2024"), 10);
    }
    void audited()
    {
        QCOMPARE(Periods::findAudited("(Unaudited)"), std::optional<bool>(false));
        QCOMPARE(Periods::findAudited("(Audited)"), std::optional<bool>(true));
        QVERIFY(!Periods::findAudited("2024").has_value());
        // The mainland writes 经审计 where Hong Kong writes 經審核.
        QCOMPARE(Periods::findAudited(QStringLiteral("（未经审计）")), std::optional<bool>(false));
        QCOMPARE(Periods::findAudited(QStringLiteral("（经审计）")), std::optional<bool>(true));
    }
    void units_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("unit");
        QTest::addColumn<QString>("currency");
        QTest::newRow("RMB'000") << "RMB'000" << qint64(1000) << "RMB";
        QTest::newRow("(RMB'000)") << "(RMB'000)" << qint64(1000) << "RMB";
        QTest::newRow("HK$'000") << "HK$'000" << qint64(1000) << "HKD";
        QTest::newRow("S$'000") << "S$'000" << qint64(1000) << "SGD";
        QTest::newRow("RMB million") << "RMB million" << qint64(1000000) << "RMB";
        QTest::newRow("US$ million") << "US$ million" << qint64(1000000) << "USD";
        QTest::newRow("千港元") << QStringLiteral("千港元") << qint64(1000) << "HKD";
        QTest::newRow("人民幣千元") << QStringLiteral("人民幣千元") << qint64(1000) << "RMB";
        QTest::newRow("港幣千元") << QStringLiteral("港幣千元") << qint64(1000) << "HKD";
        QTest::newRow("人民币千元") << QStringLiteral("人民币千元") << qint64(1000) << "RMB";
        QTest::newRow("人民币百万元") << QStringLiteral("人民币百万元") << qint64(1000000) << "RMB";
        // Spelt out under the title, or a bare "$'000" with the currency named once.
        QTest::newRow("expressed in thousands") << "(Expressed in thousands of Renminbi)" << qint64(1000) << "RMB";
        QTest::newRow("in millions of") << "In millions of Hong Kong dollars" << qint64(1000000) << "HKD";
        QTest::newRow("RMB in thousands") << "(RMB in thousands)" << qint64(1000) << "RMB";
        QTest::newRow("bare $'000") << "(Expressed in Hong Kong dollars) Note 2024 $'000 2023 $'000" << qint64(1000) << "HKD";
        QTest::newRow("bare $'000 chinese") << QStringLiteral("（以港元列示） 2024 $'000") << qint64(1000) << "HKD";
        QTest::newRow("bare $ million") << "Expressed in US dollars 2024 $ million" << qint64(1000000) << "USD";
    }
    void units()
    {
        QFETCH(QString, text);
        QFETCH(qint64, unit);
        QFETCH(QString, currency);
        const MoneyUnit u = Units::find(text);
        QCOMPARE(u.unit, unit);
        QCOMPARE(u.currency, currency);
    }
    void wholeCurrency()
    {
        QCOMPARE(Units::findWholeCurrency(QStringLiteral("人民币元")).unit, qint64(1));
        QCOMPARE(Units::findWholeCurrency(QStringLiteral("人民币元")).currency, QStringLiteral("RMB"));
        QCOMPARE(Units::findWholeCurrency(QStringLiteral("HK$")).currency, QStringLiteral("HKD"));
        QVERIFY(!Units::findWholeCurrency(QStringLiteral("人民币千元")).isValid());
    }
    void noUnit() { QVERIFY(!Units::find("Revenue 2024").isValid()); }
    // Chinese dates whose year and day sit on two header lines.
    void splitChineseDate()
    {
        QCOMPARE(Periods::findDate(QStringLiteral("於二零一二年 十二月三十一日 (經審核)")), QDate(2012, 12, 31));
    }
    void monthDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::newRow("dm") << QStringLiteral("Six months ended 30 June") << 6 << 30;
        QTest::newRow("md") << QStringLiteral("As at December 31") << 12 << 31;
        QTest::newRow("ordinal") << QStringLiteral("31st March") << 3 << 31;
        QTest::newRow("cjk") << QStringLiteral("截至六月三十日止六個月") << 6 << 30;
        QTest::newRow("arabic cjk") << QStringLiteral("截至6月30日止") << 6 << 30;
        QTest::newRow("none") << QStringLiteral("Notes RMB'000") << 0 << 0;
    }
    void monthDay()
    {
        QFETCH(QString, text);
        QFETCH(int, month);
        QFETCH(int, day);
        QCOMPARE(Periods::findMonthDay(text), qMakePair(month, day));
    }
    // A year alone over a column takes its month and day from the header
    // spanning it, never a guessed 31 December.
    void yearColumnsDatedFromTheirSpan()
    {
        TableHints hints;
        QCOMPARE(ColumnDates::date(QStringLiteral("二零零九年 港幣千元"), QStringLiteral("截至六月三十日止六個月"), hints),
                 QDate(2009, 6, 30));
        QCOMPARE(ColumnDates::date(QStringLiteral("2024 RMB'000"), QString(), hints), QDate(2024, 12, 31));
        hints.contextText = QStringLiteral("For the six months ended 30 June 2024");
        QCOMPARE(ColumnDates::date(QStringLiteral("2023 RMB'000"), QString(), hints), QDate(2023, 6, 30));
    }
};

QTEST_APPLESS_MAIN(TestPeriods)
#include "tst_periods.moc"
