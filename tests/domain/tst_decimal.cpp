#include "domain/Decimal.h"

#include <QtTest>

#include <limits>

using ledgerlens::Decimal;

class TestDecimal : public QObject
{
    Q_OBJECT
private slots:
    void parsesMachineForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("mantissa");
        QTest::addColumn<int>("scale");
        QTest::newRow("integer") << "369696" << qint64(369696) << 0;
        QTest::newRow("negative") << "-322586" << qint64(-322586) << 0;
        QTest::newRow("decimal") << "1815.5" << qint64(18155) << 1;
        QTest::newRow("per share") << "-0.03" << qint64(-3) << 2;
    }
    void parsesMachineForm()
    {
        QFETCH(QString, text);
        QFETCH(qint64, mantissa);
        QFETCH(int, scale);
        const auto d = Decimal::fromString(text);
        QVERIFY(d);
        QCOMPARE(d->mantissa(), mantissa);
        QCOMPARE(d->scale(), scale);
        QCOMPARE(d->toString(), text);
    }
    void rejectsPrintedForms()
    {
        QVERIFY(!Decimal::fromString(u"1,234"));
        QVERIFY(!Decimal::fromString(u"(12)"));
        QVERIFY(!Decimal::fromString(u"-"));
        QVERIFY(!Decimal::fromString(u""));
        QVERIFY(!Decimal::fromString(u"1234567890123456789012")); // would overflow
    }
    void sumsExactlyWhereDoublesDrift()
    {
        // 0.1 + 0.2 is the classic binary floating point miss.
        const Decimal a = *Decimal::fromString(u"0.1");
        const Decimal b = *Decimal::fromString(u"0.2");
        QCOMPARE((a + b).toString(), QStringLiteral("0.3"));
        QVERIFY(a + b == *Decimal::fromString(u"0.30"));
        QCOMPARE((Decimal(369696) - Decimal(322586)).toString(), QStringLiteral("47110"));
    }
    void changesUnitExactly()
    {
        // RMB'000 shown in RMB million and back.
        const Decimal thousands(369696);
        const Decimal millions = thousands.shifted(-3);
        QCOMPARE(millions.toString(), QStringLiteral("369.696"));
        QCOMPARE(millions.shifted(3), thousands);
        QCOMPARE(Decimal(18155, 1).shifted(3).toString(), QStringLiteral("1815500"));
    }
    void roundsHalfAwayFromZero()
    {
        QCOMPARE(Decimal(12345, 3).withScale(2).toString(), QStringLiteral("12.35"));
        QCOMPARE(Decimal(-12345, 3).withScale(2).toString(), QStringLiteral("-12.35"));
        QCOMPARE(Decimal(-12344, 3).withScale(0).toString(), QStringLiteral("-12"));
    }
    void hostileMagnitudesStayDefined()
    {
        // Found by the parsers fuzzer: rescaling an 18-digit figure overflowed qint64.
        const Decimal huge = *Decimal::fromString(u"220240240240240244");
        const Decimal rescaled = huge.withScale(2);
        QVERIFY(!rescaled.isNegative()); // saturated, not wrapped round to a negative
        QVERIFY(Decimal(1, 2) < huge);   // comparison stays exact across scales
        QVERIFY(huge.withScale(2) + huge.withScale(2) != Decimal());
        QVERIFY((-Decimal(std::numeric_limits<qint64>::min())).mantissa() > 0);
    }
};

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
