// ReportStore: entries, corrections through the undo stack, checks, review.
#include "StoreFixtures.h"
#include "store/ReportStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ledgerlens;

namespace {
const CellAddress kGrossProfit2023{0, TableKind::ProfitOrLoss, 2, 0};

CellAddress at(EntryId id, int row, int col) { return {id, TableKind::ProfitOrLoss, row, col}; }

bool failingCheckOn(const ReportStore &store, EntryId id, int row, int col)
{
    for (const Check &c : store.report(id)->checks) {
        if (!c.ok && c.column == col && c.rows.contains(row))
            return true;
    }
    return false;
}
} // namespace

class TestReportStore : public QObject
{
    Q_OBJECT
private slots:
    void entriesKeepOrderAndStableIds()
    {
        ReportStore store;
        QSignalSpy added(&store, &ReportStore::entryAdded);
        QSignalSpy moved(&store, &ReportStore::entryMoved);
        const EntryId a = store.addEntry(QStringLiteral("/a.pdf"));
        const EntryId b = store.addEntry(QStringLiteral("/b.pdf"));
        const EntryId c = store.addEntry(QStringLiteral("/c.pdf"), 0);
        QCOMPARE(added.count(), 3);
        QCOMPARE(store.ids(), (QVector<EntryId>{c, a, b}));
        QVERIFY(store.moveEntry(c, 2));
        QCOMPARE(store.ids(), (QVector<EntryId>{a, b, c}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.first().at(1).toInt(), 0);
        QCOMPARE(moved.first().at(2).toInt(), 2);
        QVERIFY(store.removeEntry(a));
        const EntryId d = store.addEntry(QStringLiteral("/d.pdf"));
        QVERIFY(d != a && d != b && d != c); // ids are never reused
        QCOMPARE(store.entry(c)->path, QStringLiteral("/c.pdf"));
        QVERIFY(store.isModified());
    }

    void loadStatesComeFromTheLoader()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        QCOMPARE(store.entry(id)->state.phase, LoadState::Queued);
        QVERIFY(!store.report(id));
        store.setLoading(id, 3, 30);
        QCOMPARE(store.entry(id)->state.toText(), QStringLiteral("Loading 3/30"));
        store.setReport(id, StoreFixtures::alpha());
        QCOMPARE(store.entry(id)->state.phase, LoadState::Ready);
        QCOMPARE(store.report(id)->company, QStringLiteral("Alpha Holdings"));
        const EntryId bad = store.addEntry(QStringLiteral("/bad.pdf"));
        store.setFailed(bad, QStringLiteral("not a PDF"));
        QCOMPARE(store.entry(bad)->state.toText(), QStringLiteral("Failed: not a PDF"));
    }

    void correctionKeepsOriginalNoteWhoAndWhen()
    {
        qputenv("USER", "analyst7");
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(store.setValue(at(id, 0, 0), Decimal(1050), QStringLiteral("PDF shows 1,050 in note 4")));
        QCOMPARE(store.value(at(id, 0, 0)), std::optional<Decimal>(Decimal(1050)));
        // The extraction itself is untouched.
        QCOMPARE(store.entry(id)->extracted.tables[TableKind::ProfitOrLoss].items[0].cells[0].value,
                 std::optional<Decimal>(Decimal(1000)));
        const auto c = store.correctionAt(at(id, 0, 0));
        QVERIFY(c);
        QCOMPARE(c->extractedValue, std::optional<Decimal>(Decimal(1000)));
        QCOMPARE(c->correctedValue, std::optional<Decimal>(Decimal(1050)));
        QCOMPARE(c->note, QStringLiteral("PDF shows 1,050 in note 4"));
        QCOMPARE(c->user, QStringLiteral("analyst7"));
        QCOMPARE(c->timestamp.timeSpec(), Qt::UTC);
        QVERIFY(c->timestamp >= before && c->timestamp <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(c->rowLabel, QStringLiteral("Revenue"));
        QCOMPARE(c->page, 5);

        // Re-typing without a note keeps the note already given.
        QVERIFY(store.setValue(at(id, 0, 0), Decimal(1060)));
        QCOMPARE(store.correctionAt(at(id, 0, 0))->note, QStringLiteral("PDF shows 1,050 in note 4"));
        QCOMPARE(store.correctionAt(at(id, 0, 0))->extractedValue, std::optional<Decimal>(Decimal(1000)));
        // Same value again: nothing to record.
        QVERIFY(!store.setValue(at(id, 0, 0), Decimal(1060)));
        QCOMPARE(store.undoStack()->count(), 2);
    }

    void undoRedoRestoreExactly()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        const Report pristine = *store.report(id);
        QSignalSpy values(&store, &ReportStore::valueChanged);

        QVERIFY(store.setValue(at(id, 3, 0), Decimal(12), QStringLiteral("first")));
        QVERIFY(store.setValue(at(id, 3, 0), std::nullopt, QStringLiteral("second: nil")));
        QVERIFY(store.setLabel(id, TableKind::ProfitOrLoss, 3, QStringLiteral("Other gains, net")));
        QVERIFY(store.setCanonical(id, TableKind::ProfitOrLoss, 3, QStringLiteral("other_income")));
        QVERIFY(store.setReviewStatus(id, TableKind::ProfitOrLoss, ReviewStatus::Flagged));
        QCOMPARE(store.undoStack()->count(), 5);
        QCOMPARE(store.value(at(id, 3, 0)), std::optional<Decimal>());
        QCOMPARE(store.table(id, TableKind::ProfitOrLoss)->items[3].label, QStringLiteral("Other gains, net"));
        QCOMPARE(store.table(id, TableKind::ProfitOrLoss)->items[3].canonical, QStringLiteral("other_income"));
        const auto nilCorrection = *store.correctionAt(at(id, 3, 0));
        QCOMPARE(nilCorrection.note, QStringLiteral("second: nil"));

        store.undoStack()->undo(); // review
        QCOMPARE(store.entry(id)->reviewStatus(TableKind::ProfitOrLoss), ReviewStatus::Unreviewed);
        store.undoStack()->undo(); // canonical
        store.undoStack()->undo(); // label
        QCOMPARE(store.table(id, TableKind::ProfitOrLoss)->items[3].label, QStringLiteral("Other gains"));
        QVERIFY(store.table(id, TableKind::ProfitOrLoss)->items[3].canonical.isEmpty());
        store.undoStack()->undo(); // nil -> back to the first correction, note and all
        QCOMPARE(store.value(at(id, 3, 0)), std::optional<Decimal>(Decimal(12)));
        QCOMPARE(store.correctionAt(at(id, 3, 0))->note, QStringLiteral("first"));
        store.undoStack()->undo();
        QVERIFY(!store.correctionAt(at(id, 3, 0)));
        QVERIFY(store.corrections().isEmpty());
        QCOMPARE(store.report(id)->tables[TableKind::ProfitOrLoss].items[3].cells[0].value,
                 pristine.tables[TableKind::ProfitOrLoss].items[3].cells[0].value);
        QCOMPARE(store.report(id)->checks.size(), pristine.checks.size());

        for (int i = 0; i < 5; ++i)
            store.undoStack()->redo();
        QCOMPARE(*store.correctionAt(at(id, 3, 0)), nilCorrection); // same who/when/note
        QCOMPARE(store.entry(id)->reviewStatus(TableKind::ProfitOrLoss), ReviewStatus::Flagged);
        QCOMPARE(store.table(id, TableKind::ProfitOrLoss)->items[3].canonical, QStringLiteral("other_income"));
        QVERIFY(values.count() >= 4);
    }

    void revertAndTypingTheExtractedValueRemoveTheCorrection()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(store.setValue(at(id, 0, 1), Decimal(901)));
        QVERIFY(store.setValue(at(id, 0, 1), Decimal(900)));   // the printed figure again
        QVERIFY(!store.correctionAt(at(id, 0, 1)));
        QVERIFY(store.setValue(at(id, 0, 1), Decimal(902), QStringLiteral("why")));
        QVERIFY(store.revert(id, TableKind::ProfitOrLoss, Correction::Field::Value, 0, 1));
        QCOMPARE(store.value(at(id, 0, 1)), std::optional<Decimal>(Decimal(900)));
        store.undoStack()->undo();
        QCOMPARE(store.value(at(id, 0, 1)), std::optional<Decimal>(Decimal(902)));
        QVERIFY(!store.revert(id, TableKind::ProfitOrLoss, Correction::Field::Label, 0));
    }

    void checksFollowCorrections()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(!store.report(id)->checks.isEmpty());
        QVERIFY(!failingCheckOn(store, id, 2, 0));
        QSignalSpy checks(&store, &ReportStore::checksChanged);
        // A misread gross profit breaks revenue - cost of sales = gross profit.
        QVERIFY(store.setValue(at(id, 2, 0), Decimal(440)));
        QVERIFY(checks.count() >= 1);
        QVERIFY(failingCheckOn(store, id, 2, 0));
        QVERIFY(failingCheckOn(store, id, 0, 0)); // revenue is part of the failing identity
        QVERIFY(!failingCheckOn(store, id, 2, 1)); // the other period is untouched
        store.undoStack()->undo();
        QVERIFY(!failingCheckOn(store, id, 2, 0));
        // Fixing the revenue figure the other way round also balances again.
        QVERIFY(store.setValue(at(id, 0, 0), Decimal(1100)));
        QVERIFY(failingCheckOn(store, id, 2, 0));
        QVERIFY(store.setValue(at(id, 2, 0), Decimal(500)));
        QVERIFY(store.setValue(at(id, 4, 0), Decimal(510)));
        for (const Check &c : store.report(id)->checks)
            QVERIFY2(c.ok || c.column != 0, qPrintable(c.rule));
    }

    void reviewStatusAndProgress()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        Report r = StoreFixtures::alpha();
        Table bs;
        bs.kind = TableKind::FinancialPosition;
        bs.columns = {StoreFixtures::halfYear(2023)};
        bs.items = {StoreFixtures::item(QStringLiteral("Total assets"), QStringLiteral("total_assets"), 5, 5, 6, 0)};
        bs.items[0].cells.resize(1);
        r.tables.insert(bs.kind, bs);
        store.setReport(id, r);
        QCOMPARE(store.reviewProgressText(id), QStringLiteral("0 of 2 tables reviewed"));
        QVERIFY(store.setReviewStatus(id, TableKind::ProfitOrLoss, ReviewStatus::Reviewed));
        QVERIFY(store.setReviewStatus(id, TableKind::FinancialPosition, ReviewStatus::Flagged));
        QCOMPARE(store.reviewProgressText(id), QStringLiteral("1 of 2 tables reviewed"));
        QVERIFY(!store.setReviewStatus(id, TableKind::ProfitOrLoss, ReviewStatus::Reviewed));
        store.undoStack()->undo();
        QCOMPARE(store.entry(id)->reviewStatus(TableKind::FinancialPosition), ReviewStatus::Unreviewed);
        store.undoStack()->undo();
        QCOMPARE(store.reviewedTableCount(id), 0);
    }

    void modifiedFollowsUndoAndSave()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        store.markSaved();
        QVERIFY(!store.isModified());
        QSignalSpy modified(&store, &ReportStore::modifiedChanged);
        QVERIFY(store.setValue(at(id, 0, 0), Decimal(1)));
        QVERIFY(store.isModified());
        store.undoStack()->undo();
        QVERIFY(!store.isModified()); // back to the saved state
        QCOMPARE(modified.count(), 2);
    }

    void editsOfARemovedEntryAreHarmless()
    {
        ReportStore store;
        const EntryId a = store.addEntry(QStringLiteral("/a.pdf"));
        const EntryId b = store.addEntry(QStringLiteral("/b.pdf"));
        store.setReport(a, StoreFixtures::alpha());
        store.setReport(b, StoreFixtures::beta());
        QVERIFY(store.setValue(at(a, 0, 0), Decimal(1)));
        QVERIFY(store.setValue(at(b, 0, 0), Decimal(2)));
        QVERIFY(store.removeEntry(a));
        store.undoStack()->undo();
        store.undoStack()->undo(); // a's command: a is gone, nothing happens
        store.undoStack()->redo();
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.corrections().size(), 0);
        store.undoStack()->redo();
        QCOMPARE(store.value(at(b, 0, 0)), std::optional<Decimal>(Decimal(2)));
    }

    void reloadKeepsCorrectionsAndRebindsUndoHistory()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(store.setValue(at(id, 4, 0), Decimal(411), QStringLiteral("typo")));
        // The loader re-extracts (e.g. after a worker update): rows shift by one.
        Report again = StoreFixtures::alpha();
        LineItem extra = again.tables[TableKind::ProfitOrLoss].items[3];
        extra.label = QStringLiteral("Finance costs");
        again.tables[TableKind::ProfitOrLoss].items.insert(0, extra);
        store.setLoading(id, 1, 30);
        store.setReport(id, again);
        QCOMPARE(store.value(at(id, 5, 0)), std::optional<Decimal>(Decimal(411)));
        QCOMPARE(store.undoStack()->count(), 1); // re-bound to row 5 (tst_undoreload)
        QVERIFY(store.isModified());
    }

    void wrongAddressesAreRefused()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/a.pdf"));
        QVERIFY(!store.setValue(at(id, 0, 0), Decimal(1))); // not loaded yet
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(!store.setValue(at(id, 99, 0), Decimal(1)));
        QVERIFY(!store.setValue(at(id, 0, 9), Decimal(1)));
        QVERIFY(!store.setValue({id, TableKind::CashFlows, 0, 0}, Decimal(1)));
        QVERIFY(!store.setValue(at(id + 100, 0, 0), Decimal(1)));
        QCOMPARE(store.undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReportStore)
#include "tst_reportstore.moc"
