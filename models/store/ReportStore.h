#pragma once

#include "Correction.h"
#include "EditSink.h"
#include "StoreTypes.h"
#include "UserMappings.h"
#include "domain/Report.h"

#include <QMap>
#include <QObject>
#include <QVector>

class QUndoStack;

namespace ledgerlens {

// One loaded (or loading) report in the store.
struct ReportEntry
{
    EntryId id = 0;
    QString path;
    QByteArray sha256;       // hex SHA-256 of the PDF as last loaded/verified (empty = unknown)
    LoadState state;
    Report extracted;        // as the extractor produced it, with the table decisions (empty until Ready)
    Report effective;        // extracted overlaid with corrections, checks re-run
    QMap<TableKind, ReviewStatus> review;  // missing = Unreviewed

    ReviewStatus reviewStatus(TableKind kind) const { return review.value(kind, ReviewStatus::Unreviewed); }
};

// Display settings saved with the workspace (the UI owns their meaning).
struct DisplaySettings
{
    qint64 displayUnit = 1000;  // 1, 1000, 1000000; '000, as statements print
    TableKind currentTable = TableKind::ProfitOrLoss;
    bool operator==(const DisplaySettings &o) const
    {
        return displayUnit == o.displayUnit && currentTable == o.currentTable;
    }
};

// The one source of truth: the reports in comparison order, their extraction,
// the reviewer's corrections and review statuses. Every reviewer edit goes
// through undoStack(); loading state is pushed in by the UI's loader.
//
//   auto id = store.addEntry("/x/report.pdf");      // Queued
//   store.setLoading(id, 3, 40); store.setReport(id, report);
//   store.setValue({id, TableKind::ProfitOrLoss, 2, 0}, Decimal(1234), "typo in PDF");
//   store.undoStack()->undo();
class ReportStore : public QObject, private EditSink
{
    Q_OBJECT
public:
    explicit ReportStore(QObject *parent = nullptr);
    ~ReportStore() override;

    // --- entries, in comparison order ---------------------------------------
    int count() const;
    QVector<EntryId> ids() const;
    EntryId idAt(int index) const;          // 0 when out of range
    int indexOf(EntryId id) const;          // -1 when unknown
    bool contains(EntryId id) const { return indexOf(id) >= 0; }
    // Entries looked at so far by lookups and whole-list queries: work
    // counted per report, so a test can tell linear from quadratic opening.
    quint64 entriesVisited() const;
    const ReportEntry *entry(EntryId id) const;   // nullptr when unknown
    // The effective report (corrections applied); nullptr unless Ready.
    const Report *report(EntryId id) const;
    const Table *table(EntryId id, TableKind kind) const;   // effective, nullptr if absent
    std::optional<Decimal> value(const CellAddress &cell) const; // effective

    EntryId addEntry(const QString &path, int index = -1);   // Queued; -1 appends
    bool removeEntry(EntryId id);            // drops its corrections too (not undoable)
    bool moveEntry(EntryId id, int toIndex); // toIndex in the order after removal
    void clear();                            // everything, incl. undo history

    // --- loading (called by the UI's loader) ----------------------------------
    void setLoading(EntryId id, int pagesDone, int pageCount);
    // Ready. Corrections restored from a workspace (or made before a reload)
    // are re-matched against this extraction; the ones that no longer fit
    // become mismatchedCorrections(), never dropped. A re-load of an entry
    // that already had a report (reload, retry, relocate) re-binds the undo
    // history to the new rows; commands whose cell is gone are dropped.
    void setReport(EntryId id, const Report &report);
    void setFailed(EntryId id, const QString &reason);
    // The PDF moved: new path, state Queued (caller re-extracts).
    bool relocate(EntryId id, const QString &newPath);
    void setFileHash(EntryId id, const QByteArray &sha256Hex);

    // --- reviewer edits (each one undoable command; false = nothing to do) -----
    bool setValue(const CellAddress &cell, const std::optional<Decimal> &value, const QString &note = {});
    bool setLabel(EntryId id, TableKind kind, int row, const QString &label, const QString &note = {});
    // remember: also keep the choice as a user mapping for the company's other
    // filings (one undo step with the correction).
    bool setCanonical(EntryId id, TableKind kind, int row, const QString &canonical, const QString &note = {},
                      bool remember = false);
    // Back to the extracted value/label/key (column ignored for Label/Canonical).
    bool revert(EntryId id, TableKind kind, Correction::Field field, int row, int column = -1);
    bool setReviewStatus(EntryId id, TableKind kind, ReviewStatus status);
    QUndoStack *undoStack() const;

    // --- table decisions (ReportStoreDecisions.cpp; each one undoable) ---------
    // Use `read` (the table the worker read from `region`) as the entry's
    // table of region.kind, replacing or filling the recognised one.
    bool useTableRegion(EntryId id, const TableRegion &region, const Table &read, const QString &note = {});
    // The recognised table of `kind` is wrong and the PDF has no other.
    bool rejectTable(EntryId id, TableKind kind, const QString &note = {});
    // Back to the recognised table.
    bool clearTableDecision(EntryId id, TableKind kind);
    std::optional<TableDecision> tableDecision(EntryId id, TableKind kind) const;
    QVector<TableDecision> tableDecisions(EntryId id) const;
    // Decisions whose region has not been read since the workspace was
    // opened: the loader reads them in the worker and hands them back.
    QVector<TableRegion> regionsToRead(EntryId id) const;
    void setRegionTable(EntryId id, const TableRegion &region, const Table &read);
    // The table as the recogniser found it, whatever was decided.
    const Table *recognisedTable(EntryId id, TableKind kind) const;

    // --- corrections & review -------------------------------------------------
    QVector<Correction> corrections() const;               // applied, all entries in order
    QVector<Correction> corrections(EntryId id) const;     // applied, one entry
    std::optional<Correction> correctionAt(const CellAddress &cell) const;
    std::optional<Correction> rowCorrection(EntryId id, TableKind kind, Correction::Field field, int row) const;
    // Waiting for the entry's report (restored before extraction finished).
    QVector<Correction> pendingCorrections(EntryId id) const;
    // Restored corrections whose row/label/column/value no longer match the
    // extraction (the PDF changed). Kept and saved until the user dismisses one.
    QVector<Correction> mismatchedCorrections(EntryId id) const;
    QVector<Correction> mismatchedCorrections() const;
    bool dismissMismatchedCorrection(EntryId id, int index);

    // Tables of the entry that have rows; "reviewed" counts ReviewStatus::Reviewed.
    int reviewableTableCount(EntryId id) const;
    int reviewedTableCount(EntryId id) const;
    QString reviewProgressText(EntryId id) const;   // "5 of 7 tables reviewed"

    // --- workspace restore (no undo commands; used by WorkspaceFile) ---------
    void restoreCorrections(EntryId id, const QVector<Correction> &corrections);
    void restoreReviewStatus(EntryId id, TableKind kind, ReviewStatus status);
    void restoreTableDecisions(EntryId id, const QVector<TableDecision> &decisions);

    // --- user mappings: the analyst's keys per company (see UserMappings) -----
    const UserMappings &userMappings() const;
    // From the user's settings or a workspace: no undo; every report re-keyed.
    void mergeUserMappings(const UserMappings &mappings);
    // What a workspace saves: mappings made or opened in it, and those for a
    // company it compares.
    UserMappings workspaceMappings() const;
    // The mapping that keys a row of the entry's table, if any.
    std::optional<UserMapping> userMappingFor(EntryId id, TableKind kind, int row) const;

    DisplaySettings displaySettings() const;
    void setDisplaySettings(const DisplaySettings &settings);
    // A view preference changed (the unit shown): saved with the next save or
    // autosave, but not by itself an unsaved change, since the app settings
    // remember it too.
    void rememberDisplaySettings(const DisplaySettings &settings);

    // Unsaved changes since markSaved() (edits, order, entries, settings).
    bool isModified() const;
    void markSaved();
    void markModified();     // e.g. after restoring a recovery file: unsaved work

signals:
    // What changed, so item models insert, move or update exactly that (a
    // reset only on clear). Entries, in comparison order: about-to while the
    // store is still as before, then done.
    void entryAboutToBeAdded(ledgerlens::EntryId id, int index);
    void entryAdded(ledgerlens::EntryId id, int index);
    void entryAboutToBeRemoved(ledgerlens::EntryId id, int index);
    void entryRemoved(ledgerlens::EntryId id, int index);
    void entryAboutToBeMoved(ledgerlens::EntryId id, int from, int to);
    void entryMoved(ledgerlens::EntryId id, int from, int to);
    // The phase of a load changed (Queued, Loading, Ready, Failed); never per page.
    void loadStateChanged(ledgerlens::EntryId id);
    // Pages read while Loading: only the report list shows it; nothing else
    // of the entry changed.
    void loadProgress(ledgerlens::EntryId id, int pagesDone, int pageCount);
    // One table of the entry was replaced (a report loaded, re-loaded, failed
    // or moved away; corrections restored onto it): rows and columns may have
    // new shapes. nullptr from table() when it went.
    void tableReplaced(ledgerlens::EntryId id, ledgerlens::TableKind kind);
    // The entry's report was replaced (after tableReplaced for each of its tables).
    void reportChanged(ledgerlens::EntryId id);
    void valueChanged(ledgerlens::EntryId id, ledgerlens::TableKind kind, int row, int column);
    // Label or canonical key of a row changed (comparison rows may re-align).
    void rowChanged(ledgerlens::EntryId id, ledgerlens::TableKind kind, int row);
    // Checks of the entry were re-run (emitted once per table of the report).
    void checksChanged(ledgerlens::EntryId id, ledgerlens::TableKind kind);
    void reviewStatusChanged(ledgerlens::EntryId id, ledgerlens::TableKind kind);
    // A user mapping was made, changed or removed (rows it keys emit rowChanged).
    void userMappingsChanged();
    // A table decision was made, undone, restored or flagged stale.
    void tableDecisionsChanged(ledgerlens::EntryId id);
    void correctionsChanged(ledgerlens::EntryId id);
    void mismatchedCorrectionsChanged(ledgerlens::EntryId id);
    void displaySettingsChanged();
    // Every entry goes: models reset between these two.
    void aboutToBeCleared();
    void cleared();
    void modifiedChanged(bool modified);
    // Anything a workspace saves changed (for autosave).
    void contentChanged();

private:
    struct Private;
    Private *d;

    // EditSink: the edits without undo, written by the undo commands (muted
    // while the history is re-bound to a new extraction).
    void applyCorrection(const EditAddress &address, const std::optional<Correction> &state) override;
    void applyReviewStatus(EntryId id, TableKind kind, ReviewStatus status) override;
    void applyUserMapping(const QString &company, TableKind kind, const QString &label,
                          const std::optional<UserMapping> &state) override;
    void applyTableDecision(EntryId id, TableKind kind, const std::optional<TableDecision> &state) override;
    bool pushTableDecision(EntryId id, TableKind kind, const std::optional<TableDecision> &after);
    // e.extracted = the recognised report with the decisions that apply.
    void composeExtracted(ReportEntry &e);
    // After a (re-)load: decisions made on other bytes of the PDF go stale.
    void checkDecisions(ReportEntry &e);
    void rekeyCompany(const QString &company, TableKind kind);
    void applyUserMappings(const ReportEntry &e, Table &t) const;
    bool pushCorrection(const EditAddress &address, const std::optional<Correction> &after, const QString &text);
    void rebuildTable(ReportEntry &e, TableKind kind);
    // After the entry's tables were replaced: tableReplaced for each kind it had or has.
    void announceTables(EntryId id, const QList<TableKind> &before);
    void refreshChecks(ReportEntry &e);
    void touchStructure();
};

} // namespace ledgerlens
