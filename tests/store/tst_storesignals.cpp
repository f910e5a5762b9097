// The store says what changed, and the comparison and report list models
// turn it into exactly those inserts, removes, moves and cell changes: no
// reset but on clear, and loading progress touches nothing but the list.
#include "ModelLog.h"
#include "StoreFixtures.h"
#include "items/ComparisonModel.h"
#include "items/ReportListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ledgerlens;

namespace {
// Alpha Ready; the comparison model (and its log) made before Beta arrives.
//   rows: 0 Revenue  1 Cost of sales  2 Gross profit  3 Other gains  4 Profit
struct Workbench
{
    ReportStore store;
    EntryId alpha = store.addEntry(QStringLiteral("/nonexistent/alpha.pdf"));
    EntryId beta = 0;
    ComparisonModel model{&store, TableKind::ProfitOrLoss};
    Workbench() { store.setReport(alpha, StoreFixtures::alpha()); }
    void addBeta()
    {
        beta = store.addEntry(QStringLiteral("/nonexistent/beta.pdf"));
        store.setReport(beta, StoreFixtures::beta());
    }
};

QStringList labels(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.headerData(r, Qt::Vertical).toString();
    return out;
}
} // namespace

class TestStoreSignals : public QObject
{
    Q_OBJECT
private slots:
    void storeAnnouncesEntryChangesBeforeAndAfter()
    {
        ReportStore store;
        QStringList seen;
        connect(&store, &ReportStore::entryAboutToBeAdded, this, [&](EntryId, int i) {
            seen << QStringLiteral("aboutToAdd %1 (count %2)").arg(i).arg(store.count());
        });
        connect(&store, &ReportStore::entryAdded, this, [&](EntryId, int i) {
            seen << QStringLiteral("added %1 (count %2)").arg(i).arg(store.count());
        });
        connect(&store, &ReportStore::entryAboutToBeRemoved, this, [&](EntryId id, int i) {
            seen << QStringLiteral("aboutToRemove %1 (still there: %2)").arg(i).arg(store.contains(id));
        });
        connect(&store, &ReportStore::entryRemoved, this, [&](EntryId id, int i) {
            seen << QStringLiteral("removed %1 (still there: %2)").arg(i).arg(store.contains(id));
        });
        connect(&store, &ReportStore::entryAboutToBeMoved, this, [&](EntryId id, int f, int t) {
            seen << QStringLiteral("aboutToMove %1>%2 (at %3)").arg(f).arg(t).arg(store.indexOf(id));
        });
        connect(&store, &ReportStore::entryMoved, this, [&](EntryId id, int f, int t) {
            seen << QStringLiteral("moved %1>%2 (at %3)").arg(f).arg(t).arg(store.indexOf(id));
        });
        const EntryId a = store.addEntry(QStringLiteral("/x/a.pdf"));
        store.addEntry(QStringLiteral("/x/b.pdf"));
        store.moveEntry(a, 1);
        store.removeEntry(a);
        QCOMPARE(seen, (QStringList{QStringLiteral("aboutToAdd 0 (count 0)"), QStringLiteral("added 0 (count 1)"),
                                    QStringLiteral("aboutToAdd 1 (count 1)"), QStringLiteral("added 1 (count 2)"),
                                    QStringLiteral("aboutToMove 0>1 (at 0)"), QStringLiteral("moved 0>1 (at 1)"),
                                    QStringLiteral("aboutToRemove 1 (still there: 1)"),
                                    QStringLiteral("removed 1 (still there: 0)")}));
    }

    void progressIsItsOwnSignal()
    {
        ReportStore store;
        const EntryId a = store.addEntry(QStringLiteral("/x/a.pdf"));
        QSignalSpy state(&store, &ReportStore::loadStateChanged);
        QSignalSpy progress(&store, &ReportStore::loadProgress);
        QSignalSpy tables(&store, &ReportStore::tableReplaced);
        for (int page = 1; page <= 40; ++page)
            store.setLoading(a, page, 40);
        QCOMPARE(state.count(), 1);           // Queued -> Loading, once
        QCOMPARE(progress.count(), 40);
        QCOMPARE(progress.last().at(1).toInt(), 40);
        QCOMPARE(tables.count(), 0);
        store.setReport(a, StoreFixtures::alpha());
        QCOMPARE(state.count(), 2);           // Ready
        QCOMPARE(tables.count(), 1);          // its one table arrived
        QCOMPARE(tables.first().at(1).value<TableKind>(), TableKind::ProfitOrLoss);
    }

    void reportArrivingInsertsItsColumnsAndRows()
    {
        Workbench w;
        QAbstractItemModelTester tester(&w.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLog log(&w.model, ItemRoles::CheckFailedRole);
        w.beta = w.store.addEntry(QStringLiteral("/nonexistent/beta.pdf"));
        for (int page = 1; page <= 20; ++page)
            w.store.setLoading(w.beta, page, 40);
        QCOMPARE(log.take(), QStringList());   // queued and loading: nothing to show yet
        w.store.setReport(w.beta, StoreFixtures::beta());
        // Beta's two periods after Alpha's; its unmapped "Government grants" a row of its own.
        QCOMPARE(log.take(), (QStringList{QStringLiteral("columnsInserted 2-3"), QStringLiteral("rowsInserted 4-4")}));
        QCOMPARE(labels(w.model), (QStringList{QStringLiteral("Revenue"), QStringLiteral("Cost of sales"),
                                               QStringLiteral("Gross profit"), QStringLiteral("Other gains"),
                                               QStringLiteral("Government grants"), QStringLiteral("Profit for the period")}));
        QCOMPARE(w.model.data(w.model.index(0, 2), ItemRoles::ExactValueRole).toString(), QStringLiteral("1100000"));
    }

    void reportLeavingRemovesOnlyWhatWasItsOwn()
    {
        Workbench w;
        w.addBeta();
        QAbstractItemModelTester tester(&w.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLog log(&w.model, ItemRoles::CheckFailedRole);
        const QPersistentModelIndex betaProfit = w.model.index(5, 2);
        QVERIFY(w.store.removeEntry(w.alpha));
        QCOMPARE(log.take(), (QStringList{QStringLiteral("rowsRemoved 3-3"), QStringLiteral("columnsRemoved 0-1")}));
        QCOMPARE(betaProfit.row(), 4);
        QCOMPARE(betaProfit.column(), 0);
        QCOMPARE(w.model.cellAt(betaProfit), (CellAddress{w.beta, TableKind::ProfitOrLoss, 4, 0}));
    }

    void moveMovesColumnsAndReAlignsRows()
    {
        Workbench w;
        w.addBeta();
        QAbstractItemModelTester tester(&w.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLog log(&w.model, ItemRoles::CheckFailedRole);
        const QPersistentModelIndex otherGains = w.model.index(3, 1);     // Alpha's, comparative
        const QPersistentModelIndex grants = w.model.index(4, 2);         // Beta's
        const CellAddress otherGainsCell = w.model.cellAt(otherGains), grantsCell = w.model.cellAt(grants);
        QVERIFY(w.store.moveEntry(w.beta, 0));
        // Beta first: its order leads, so its unmapped row comes before Alpha's.
        QCOMPARE(log.take(), (QStringList{QStringLiteral("layoutChanged"), QStringLiteral("columnsMoved 2-3 to 0")}));
        QCOMPARE(labels(w.model).mid(3, 2), (QStringList{QStringLiteral("Government grants"), QStringLiteral("Other gains")}));
        QCOMPARE(w.model.cellAt(otherGains), otherGainsCell);
        QCOMPARE(w.model.cellAt(grants), grantsCell);
        QCOMPARE(otherGains.column(), 3);
    }

    void reloadChangesTheReportsCellsOnly()
    {
        Workbench w;
        w.addBeta();
        QAbstractItemModelTester tester(&w.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLog log(&w.model, ItemRoles::CheckFailedRole);
        w.store.setReport(w.alpha, StoreFixtures::alpha());   // the same PDF again
        QCOMPARE(log.take(), (QStringList{QStringLiteral("dataChanged 0,0-5,1"), QStringLiteral("headerH 0-1")}));
        QCOMPARE(w.model.rowCount(), 6);

        // The PDF changed: a row more after Revenue, the rest as before.
        Report changed = StoreFixtures::alpha();
        Table &t = changed.tables[TableKind::ProfitOrLoss];
        t.items.insert(1, StoreFixtures::item(QStringLiteral("Other revenue"), QString(), 5, 4, 5, 1));
        w.store.setReport(w.alpha, changed);
        const QStringList lines = log.take();
        QVERIFY2(!lines.contains(QStringLiteral("modelReset")), qPrintable(lines.join(u';')));
        QVERIFY2(lines.contains(QStringLiteral("rowsInserted 1-1")), qPrintable(lines.join(u';')));
        QVERIFY2(lines.contains(QStringLiteral("dataChanged 0,0-6,1")), qPrintable(lines.join(u';')));
        QCOMPARE(w.model.rowCount(), 7);
        QCOMPARE(w.model.columnCount(), 4);
    }

    void correctionChangesItsCell()
    {
        Workbench w;
        w.addBeta();
        QAbstractItemModelTester tester(&w.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLog log(&w.model, ItemRoles::CheckFailedRole);
        QVERIFY(w.store.setValue({w.beta, TableKind::ProfitOrLoss, 3, 1}, Decimal(3500), QStringLiteral("typo")));
        QCOMPARE(log.lines, (QStringList{QStringLiteral("dataChanged 4,3-4,3")}));
        // Checks it broke or mended mark their own cells, in Beta's comparative column only.
        for (const QString &l : log.checkLines)
            QVERIFY2(l.endsWith(QStringLiteral(",3")) && l.section(u'-', 0, 0).endsWith(QStringLiteral(",3")), qPrintable(l));
        log.take();
        w.store.undoStack()->undo();
        QCOMPARE(log.lines, (QStringList{QStringLiteral("dataChanged 4,3-4,3")}));
    }

    void labelFixChangesItsRowHeaderAndCells()
    {
        Workbench w;
        w.addBeta();
        QAbstractItemModelTester tester(&w.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLog log(&w.model, ItemRoles::CheckFailedRole);
        QVERIFY(w.store.setLabel(w.alpha, TableKind::ProfitOrLoss, 3, QStringLiteral("Other income")));
        const QStringList lines = log.take();
        QVERIFY2(!lines.contains(QStringLiteral("modelReset")) && !lines.contains(QStringLiteral("layoutChanged")),
                 qPrintable(lines.join(u';')));
        QVERIFY2(lines.contains(QStringLiteral("headerV 3-3")), qPrintable(lines.join(u';')));
        QVERIFY2(lines.contains(QStringLiteral("dataChanged 3,0-3,1")), qPrintable(lines.join(u';')));
        for (const QString &l : lines)
            QVERIFY2(l == QLatin1String("headerV 3-3") || l == QLatin1String("dataChanged 3,0-3,1"), qPrintable(l));
        QCOMPARE(w.model.headerData(3, Qt::Vertical).toString(), QStringLiteral("Other income"));
    }

    void keyFixMergesAndSplitsRows()
    {
        Workbench w;
        w.addBeta();
        QAbstractItemModelTester tester(&w.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex profit = w.model.index(5, 3);
        QVERIFY(w.store.setCanonical(w.beta, TableKind::ProfitOrLoss, 3, QStringLiteral("other_income")));
        ModelLog log(&w.model, ItemRoles::CheckFailedRole);
        // Alpha's "Other gains" takes the same key: Beta's grants row joins it.
        QVERIFY(w.store.setCanonical(w.alpha, TableKind::ProfitOrLoss, 3, QStringLiteral("other_income")));
        QStringList lines = log.take();
        QVERIFY2(!lines.contains(QStringLiteral("modelReset")), qPrintable(lines.join(u';')));
        QVERIFY2(lines.first() == QLatin1String("rowsRemoved 4-4"), qPrintable(lines.join(u';')));
        QVERIFY2(lines.contains(QStringLiteral("dataChanged 3,2-3,3")), qPrintable(lines.join(u';')));
        QCOMPARE(w.model.rowCount(), 5);
        QCOMPARE(w.model.cellAt(w.model.index(3, 2)), (CellAddress{w.beta, TableKind::ProfitOrLoss, 3, 0}));
        QCOMPARE(profit.row(), 4);
        QCOMPARE(w.model.cellAt(profit), (CellAddress{w.beta, TableKind::ProfitOrLoss, 4, 1}));
        // Undone: split again.
        w.store.undoStack()->undo();
        lines = log.take();
        QVERIFY2(lines.contains(QStringLiteral("rowsInserted 4-4")), qPrintable(lines.join(u';')));
        QVERIFY2(!lines.contains(QStringLiteral("modelReset")), qPrintable(lines.join(u';')));
        QCOMPARE(w.model.rowCount(), 6);
        QCOMPARE(profit.row(), 5);
    }

    void failedReloadRemovesTheReportsColumns()
    {
        Workbench w;
        w.addBeta();
        QAbstractItemModelTester tester(&w.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLog log(&w.model, ItemRoles::CheckFailedRole);
        w.store.setFailed(w.beta, QStringLiteral("gone"));
        QCOMPARE(log.take(), (QStringList{QStringLiteral("rowsRemoved 4-4"), QStringLiteral("columnsRemoved 2-3")}));
    }

    void onlyClearResets()
    {
        Workbench w;
        w.addBeta();
        QAbstractItemModelTester tester(&w.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReportListModel list(&w.store);
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLog log(&w.model, ItemRoles::CheckFailedRole), listLog(&list);
        w.store.clear();
        QCOMPARE(log.take(), QStringList{QStringLiteral("modelReset")});
        QCOMPARE(listLog.take(), QStringList{QStringLiteral("modelReset")});
        QCOMPARE(w.model.columnCount(), 0);
    }

    void reportListFollowsEntriesAndShowsProgressAFewTimesASecond()
    {
        ReportStore store;
        ReportListModel list(&store);
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLog log(&list);
        const EntryId a = store.addEntry(QStringLiteral("/x/a.pdf"));
        const EntryId b = store.addEntry(QStringLiteral("/x/b.pdf"));
        store.moveEntry(b, 0);
        QCOMPARE(log.take(), (QStringList{QStringLiteral("rowsInserted 0-0"), QStringLiteral("rowsInserted 1-1"),
                                          QStringLiteral("rowsMoved 1-1 to 0")}));
        store.setLoading(a, 1, 300);          // Loading: a new state, shown at once
        QCOMPARE(log.take(), QStringList{QStringLiteral("dataChanged 1,0-1,5")});
        for (int page = 2; page <= 300; ++page)
            store.setLoading(a, page, 300);
        QCOMPARE(log.take(), QStringList());  // no repaint per page...
        // ...but one for all of them when the event loop gets to it.
        QTRY_COMPARE(log.lines, QStringList{QStringLiteral("dataChanged 1,4-1,5")});
        QCOMPARE(list.data(list.index(1, 0), ItemRoles::LoadProgressRole).toDouble(), 1.0);
        log.take();
        store.removeEntry(b);
        QCOMPARE(log.take(), QStringList{QStringLiteral("rowsRemoved 0-0")});
    }
};

QTEST_MAIN(TestStoreSignals)
#include "tst_storesignals.moc"
