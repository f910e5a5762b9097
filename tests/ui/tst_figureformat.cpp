// Figures as analysts read them: grouping, parentheses, dashes, decimals by unit.
#include "statements/FigureDelegate.h"
#include "statements/FigureFormat.h"

#include "items/ComparisonModel.h"

#include <QStandardItemModel>
#include <QtTest>

using namespace ledgerlens;

class TestFigureFormat : public QObject
{
    Q_OBJECT
private slots:
    void format_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("thousands") << "406759" << qint64(1000) << "406,759";
        QTest::newRow("negative") << "-1234" << qint64(1000) << "(1,234)";
        QTest::newRow("small") << "12" << qint64(1000) << "12";
        QTest::newRow("millions one decimal") << "406.759" << qint64(1000000) << "406.8";
        QTest::newRow("millions padded") << "1815" << qint64(1000000) << "1,815.0";
        QTest::newRow("millions negative rounds away") << "-0.05" << qint64(1000000) << "(0.1)";
        // A small figure shows the decimals it needs rather than a 0.0 that hides it.
        QTest::newRow("millions small keeps its figure") << "-0.04" << qint64(1000000) << "(0.04)";
        QTest::newRow("millions small, to its first figure") << "0.0123" << qint64(1000000) << "0.01";
        QTest::newRow("millions a thousand") << "0.001" << qint64(1000000) << "0.001";
        QTest::newRow("millions zero stays 0.0") << "0" << qint64(1000000) << "0.0";
        QTest::newRow("units") << "406759000" << qint64(1) << "406,759,000";
        QTest::newRow("per share keeps decimals") << "0.25" << qint64(1) << "0.25";
        QTest::newRow("zero") << "0" << qint64(1000) << "0";
        QTest::newRow("seven digits") << "1234567" << qint64(1000) << "1,234,567";
    }
    void format()
    {
        QFETCH(QString, value);
        QFETCH(qint64, unit);
        QFETCH(QString, expected);
        QCOMPARE(FigureFormat::format(Decimal::fromString(value), unit), expected);
    }

    void nilIsADash() { QCOMPARE(FigureFormat::format(std::nullopt, 1000), QStringLiteral("\u2013")); }

    void unitLabels()
    {
        QCOMPARE(FigureFormat::unitLabel(QStringLiteral("RMB"), 1000), QStringLiteral("RMB'000"));
        QCOMPARE(FigureFormat::unitLabel(QStringLiteral("HKD"), 1000000), QStringLiteral("HKD million"));
        QCOMPARE(FigureFormat::unitLabel(QStringLiteral("RMB"), 1), QStringLiteral("RMB"));
    }

    // The delegate reads the exact value (not the double) and knows blanks from nils.
    void delegateText()
    {
        QStandardItemModel model(1, 4);
        auto set = [&](int c, const QVariant &exact, int tableRow, int kind) {
            model.setData(model.index(0, c), exact, ItemRoles::ExactValueRole);
            model.setData(model.index(0, c), tableRow, ItemRoles::TableRowRole);
            model.setData(model.index(0, c), kind, ItemRoles::RowKindRole);
            model.setData(model.index(0, c), 1e18, Qt::DisplayRole);  // must not be what is printed
        };
        set(0, QStringLiteral("-98765.4"), 3, int(RowKind::Item));
        set(1, QString(), 3, int(RowKind::Item));        // nil: printed as a dash
        set(2, QString(), -1, int(RowKind::Item));       // the report lacks the row: blank
        set(3, QString(), 2, int(RowKind::Heading));     // headings carry no figures
        FigureDelegate delegate;
        delegate.setDisplayUnit(1000);
        QCOMPARE(delegate.displayText(model.index(0, 0)), QStringLiteral("(98,765.4)"));
        QCOMPARE(delegate.displayText(model.index(0, 1)), QStringLiteral("\u2013"));
        QCOMPARE(delegate.displayText(model.index(0, 2)), QString());
        QCOMPARE(delegate.displayText(model.index(0, 3)), QString());
        delegate.setDisplayUnit(1000000);
        QCOMPARE(delegate.displayText(model.index(0, 0)), QStringLiteral("(98,765.4)"));
    }
    // A per-share figure keeps its printed decimals in millions too.
    void perShareKeepsItsDecimals()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("-0.77"), ItemRoles::ExactValueRole);
        model.setData(model.index(0, 0), 4, ItemRoles::TableRowRole);
        model.setData(model.index(0, 0), int(RowKind::Item), ItemRoles::RowKindRole);
        model.setData(model.index(0, 0), true, ItemRoles::PerShareRole);
        FigureDelegate delegate;
        delegate.setDisplayUnit(1000000);
        QCOMPARE(delegate.displayText(model.index(0, 0)), QStringLiteral("(0.77)"));
    }
};

QTEST_MAIN(TestFigureFormat)
#include "tst_figureformat.moc"
