// An unlabelled subtotal takes the key of the section it sums, when the
// figures prove it sums the whole section; otherwise it stays unmapped.
#include "TableRows.h"
#include "checks/SummedBlock.h"
#include "taxonomy/RowKeyer.h"

#include <QtTest>

using namespace ledgerlens;

namespace {

using TableRows::heading;
using TableRows::row;

LineItem unlabelled(qint64 a, qint64 b) { return row(QString(), a, b, RowKind::Subtotal); }

Table keyed(const QVector<LineItem> &items) { return TableRows::keyed(TableKind::FinancialPosition, items); }

} // namespace

class TestUnlabelledTotals : public QObject
{
    Q_OBJECT
private slots:
    void sectionSumIsTheSectionTotal_data()
    {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("current assets") << "Current assets" << "total_current_assets" << "Total current assets";
        QTest::newRow("流動資產") << "流動資產" << "total_current_assets" << "Total current assets";
        QTest::newRow("non-current liabilities") << "Non-current liabilities" << "total_non_current_liabilities"
                                                 << "Total non-current liabilities";
        QTest::newRow("current liabilities") << "CURRENT LIABILITIES" << "total_current_liabilities"
                                             << "Total current liabilities";
    }
    void sectionSumIsTheSectionTotal()
    {
        QFETCH(QString, caption);
        QFETCH(QString, key);
        QFETCH(QString, name);
        const Table t = keyed({heading(caption), row(QStringLiteral("Inventories"), 10, 7),
                               row(QStringLiteral("Trade receivables"), 20, 0),
                               row(QStringLiteral("Cash and cash equivalents"), 5, 4), unlabelled(35, 11)});
        const LineItem &total = t.items[4];
        QCOMPARE(total.canonical, key);
        QCOMPARE(total.derivedLabel, name);
        QVERIFY2(total.label.isEmpty(), "the printed label stays as printed");
        QVERIFY(!total.ifrs.isEmpty());
    }

    void assetsAboveTheCurrentHeadingSumToNonCurrentAssets()
    {
        const Table t = keyed({row(QStringLiteral("Property, plant and equipment"), 100, 90),
                               row(QStringLiteral("Right-of-use assets"), 8, 9), unlabelled(108, 99),
                               heading(QStringLiteral("Current assets")), row(QStringLiteral("Inventories"), 1, 2),
                               row(QStringLiteral("Bank balances and cash"), 3, 4), unlabelled(4, 6)});
        QCOMPARE(t.items[2].canonical, QStringLiteral("total_non_current_assets"));
        QCOMPARE(t.items[6].canonical, QStringLiteral("total_current_assets"));
    }

    void figuresThatDoNotSumStayUnmapped()
    {
        // 10 + 20 + 5 is 35, not 36: one column off is enough to say nothing.
        const Table t = keyed({heading(QStringLiteral("Current assets")), row(QStringLiteral("Inventories"), 10, 7),
                               row(QStringLiteral("Trade receivables"), 20, 0),
                               row(QStringLiteral("Cash and cash equivalents"), 5, 4), unlabelled(36, 11)});
        QVERIFY(t.items[4].canonical.isEmpty());
        QVERIFY(t.items[4].derivedLabel.isEmpty());
    }

    void aPartOfTheSectionIsNotItsTotal()
    {
        // The unlabelled row sums only the two rows after an earlier subtotal.
        const Table t = keyed({heading(QStringLiteral("Current assets")), row(QStringLiteral("Inventories"), 10, 7),
                               row(QStringLiteral("Trade receivables"), 20, 1),
                               row(QStringLiteral("Subtotal"), 30, 8, RowKind::Subtotal),
                               row(QStringLiteral("Pledged deposits"), 2, 2),
                               row(QStringLiteral("Cash and cash equivalents"), 5, 4), unlabelled(7, 6)});
        QVERIFY(t.items[6].canonical.isEmpty());
    }

    void noSectionHeadingNoKey()
    {
        const Table t = keyed({heading(QStringLiteral("Equity")), row(QStringLiteral("Share capital"), 10, 10),
                               row(QStringLiteral("Reserves"), 20, 15), unlabelled(30, 25)});
        QVERIFY(t.items[3].canonical.isEmpty());
        QVERIFY(t.items[3].derivedLabel.isEmpty());
    }

    void blockNamesTheRowsSummed()
    {
        Table t;
        t.kind = TableKind::FinancialPosition;
        t.items = {heading(QStringLiteral("Current assets")), row(QStringLiteral("Inventories"), 1, 2),
                   row(QStringLiteral("Cash"), 3, 4), unlabelled(4, 6)};
        const SummedBlock b = SummedBlock::of(t, 3);
        QCOMPARE(b.first, 1);
        QCOMPARE(b.last, 2);
        QVERIFY(!SummedBlock::of(t, 2).isValid());
    }
};

QTEST_GUILESS_MAIN(TestUnlabelledTotals)
#include "tst_unlabelledtotals.moc"
