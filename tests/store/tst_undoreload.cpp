// Undo history survives a re-extraction of the same PDF (reload, retry,
// relocation): commands follow their cells to the new rows; a command whose
// cell vanished is dropped, the others stay.
#include "StoreFixtures.h"
#include "store/ReportStore.h"

#include <QTest>
#include <QUndoStack>

using namespace ledgerlens;

namespace {
CellAddress at(EntryId id, int row, int col) { return {id, TableKind::ProfitOrLoss, row, col}; }

std::optional<Decimal> dec(qint64 v) { return Decimal(v); }

// The loader re-extracts: the store sees Loading, then a Report.
void reload(ReportStore &store, EntryId id, const Report &report)
{
    store.setLoading(id, 1, report.pageCount);
    store.setReport(id, report);
}

// Alpha with a new first row: every old row moves down by one.
Report alphaWithRowAbove()
{
    Report r = StoreFixtures::alpha();
    Table &t = r.tables[TableKind::ProfitOrLoss];
    LineItem extra = t.items[3];
    extra.label = QStringLiteral("Finance costs");
    t.items.insert(0, extra);
    return r;
}
} // namespace

class TestUndoReload : public QObject
{
    Q_OBJECT
private slots:
    void undoAfterReloadOfTheSamePdfRestoresTheValue()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(store.setValue(at(id, 0, 0), Decimal(1234)));
        reload(store, id, StoreFixtures::alpha());
        QCOMPARE(store.value(at(id, 0, 0)), dec(1234));
        QCOMPARE(store.undoStack()->count(), 1);
        QVERIFY(store.undoStack()->canUndo());
        store.undoStack()->undo();
        QCOMPARE(store.value(at(id, 0, 0)), dec(1000));
        QVERIFY(store.corrections(id).isEmpty());
        store.undoStack()->redo();
        QCOMPARE(store.value(at(id, 0, 0)), dec(1234));
    }

    void undoAfterReloadFollowsTheRowToItsNewIndex()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(store.setValue(at(id, 4, 0), Decimal(411), QStringLiteral("typo")));
        QVERIFY(store.setLabel(id, TableKind::ProfitOrLoss, 0, QStringLiteral("Turnover")));
        reload(store, id, alphaWithRowAbove());
        // Profit for the period is row 5 now, Revenue row 1; row 4 is Other gains.
        QCOMPARE(store.value(at(id, 5, 0)), dec(411));
        QCOMPARE(store.report(id)->table(TableKind::ProfitOrLoss)->items[1].label, QStringLiteral("Turnover"));
        QCOMPARE(store.undoStack()->count(), 2);

        store.undoStack()->undo(); // the rename, on row 1 now
        QCOMPARE(store.report(id)->table(TableKind::ProfitOrLoss)->items[1].label, QStringLiteral("Revenue"));
        store.undoStack()->undo(); // the figure, on row 5 now
        QCOMPARE(store.value(at(id, 5, 0)), dec(410));
        QCOMPARE(store.value(at(id, 4, 0)), dec(10)); // Other gains untouched
        QVERIFY(store.corrections(id).isEmpty());
        store.undoStack()->redo();
        QCOMPARE(store.value(at(id, 5, 0)), dec(411));
    }

    void aCommandWhoseRowVanishedIsDroppedOthersSurvive()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(store.setValue(at(id, 0, 0), Decimal(1001)));   // Revenue
        QVERIFY(store.setValue(at(id, 3, 1), Decimal(6)));      // Other gains: gone below
        QVERIFY(store.setValue(at(id, 4, 1), Decimal(406)));    // Profit for the period
        Report again = StoreFixtures::alpha();
        again.tables[TableKind::ProfitOrLoss].items.removeAt(3);
        reload(store, id, again);
        QCOMPARE(store.undoStack()->count(), 2);
        QCOMPARE(store.undoStack()->index(), 2);
        store.undoStack()->undo(); // profit, row 3 now
        QCOMPARE(store.value(at(id, 3, 1)), dec(405));
        store.undoStack()->undo(); // revenue
        QCOMPARE(store.value(at(id, 0, 0)), dec(1000));
        QVERIFY(!store.undoStack()->canUndo());
    }

    void undoneCommandsStayRedoableAfterAReload()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(store.setValue(at(id, 1, 0), Decimal(-601)));
        store.undoStack()->undo();
        reload(store, id, alphaWithRowAbove());
        QCOMPARE(store.value(at(id, 2, 0)), dec(-600)); // undone stays undone
        QVERIFY(store.undoStack()->canRedo());
        store.undoStack()->redo();
        QCOMPARE(store.value(at(id, 2, 0)), dec(-601));
    }

    void retryAfterAFailureKeepsTheHistory()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(store.setValue(at(id, 2, 1), Decimal(401)));
        store.setFailed(id, QStringLiteral("worker crashed"));
        reload(store, id, StoreFixtures::alpha());
        QCOMPARE(store.value(at(id, 2, 1)), dec(401));
        store.undoStack()->undo();
        QCOMPARE(store.value(at(id, 2, 1)), dec(400));
    }

    void undoTextsNameTheTableByItsTitle()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(store.setValue(at(id, 0, 0), Decimal(1001)));
        QVERIFY(store.undoStack()->text(0).startsWith(QStringLiteral("Correct Revenue")));
        QVERIFY(store.undoStack()->text(0).endsWith(QStringLiteral(" in Profit or loss")));
        QVERIFY(store.setReviewStatus(id, TableKind::ProfitOrLoss, ReviewStatus::Reviewed));
        QCOMPARE(store.undoStack()->text(1), QStringLiteral("Mark Profit or loss reviewed"));
    }
};

QTEST_GUILESS_MAIN(TestUndoReload)
#include "tst_undoreload.moc"
