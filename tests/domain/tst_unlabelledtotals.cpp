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

    // Share capital and reserves over the NCI line and the total equity: the
    // blank total is the owners' equity, since it plus NCI is the total.
    void ownersEquityByTheTotalBelow()
    {
        const Table t = keyed({heading(QStringLiteral("Equity")), row(QStringLiteral("Share capital"), 10, 10),
                               row(QStringLiteral("Reserves"), 20, 15), unlabelled(30, 25),
                               row(QStringLiteral("Non-controlling interests"), 5, 4),
                               row(QStringLiteral("Total equity"), 35, 29, RowKind::Subtotal)});
        QCOMPARE(t.items[3].canonical, QStringLiteral("equity_attributable_to_owners"));
        QCOMPARE(t.items[3].ifrs, QStringLiteral("EquityAttributableToOwnersOfParent"));
        QVERIFY(!t.items[3].derivedLabel.isEmpty());
        // Figures that do not add up to the total say nothing.
        const Table off = keyed({heading(QStringLiteral("Equity")), row(QStringLiteral("Share capital"), 10, 10),
                                 row(QStringLiteral("Reserves"), 20, 15), unlabelled(30, 25),
                                 row(QStringLiteral("Non-controlling interests"), 5, 4),
                                 row(QStringLiteral("Total equity"), 36, 29, RowKind::Subtotal)});
        QVERIFY(off.items[3].canonical.isEmpty());
    }

    // Below "Total assets less current liabilities": the non-current
    // liabilities' blank total (no heading printed) and the net assets.
    void netAssetsAndNonCurrentLiabilitiesByIdentity()
    {
        const Table t = keyed({row(QStringLiteral("Net current assets"), 40, 30),
                               row(QStringLiteral("Total assets less current liabilities"), 140, 120, RowKind::Subtotal),
                               row(QStringLiteral("Borrowings"), 15, 12), row(QStringLiteral("Deferred tax liabilities"), 5, 3),
                               unlabelled(20, 15), row(QStringLiteral("Net assets"), 120, 105, RowKind::Subtotal)});
        QCOMPARE(t.items[4].canonical, QStringLiteral("total_non_current_liabilities"));
        const Table below = keyed({row(QStringLiteral("Total assets less current liabilities"), 140, 120, RowKind::Subtotal),
                                   heading(QStringLiteral("Non-current liabilities")),
                                   row(QStringLiteral("Borrowings"), 15, 12), row(QStringLiteral("Deferred tax liabilities"), 5, 3),
                                   unlabelled(20, 15), unlabelled(120, 105)});
        QCOMPARE(below.items[4].canonical, QStringLiteral("total_non_current_liabilities"));
        QCOMPARE(below.items[5].canonical, QStringLiteral("net_assets"));
        QCOMPARE(below.items[5].derivedLabel, Taxonomy::builtin().displayName(QStringLiteral("net_assets")));
    }

    // A blank total over the finance lines adds up everything above it.
    void operatingProfitAboveTheFinanceLines()
    {
        const QVector<LineItem> items{row(QStringLiteral("Revenue"), 100, 90), row(QStringLiteral("Cost of sales"), -60, -50),
                                      row(QStringLiteral("Gross profit"), 40, 40, RowKind::Subtotal),
                                      row(QStringLiteral("Other income"), 5, 2),
                                      row(QStringLiteral("Administrative expenses"), -20, -15), unlabelled(25, 27),
                                      row(QStringLiteral("Finance costs"), -3, -2),
                                      row(QStringLiteral("Profit before tax"), 22, 25, RowKind::Subtotal)};
        const Table t = TableRows::keyed(TableKind::ProfitOrLoss, items);
        QCOMPARE(t.items[5].canonical, QStringLiteral("operating_profit"));
        QCOMPARE(t.items[5].ifrs, QStringLiteral("ProfitLossFromOperatingActivities"));
        QVector<LineItem> wrong = items;
        wrong[5] = unlabelled(26, 27);
        QVERIFY(TableRows::keyed(TableKind::ProfitOrLoss, wrong).items[5].canonical.isEmpty());
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
