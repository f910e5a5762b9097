#pragma once

// Internal to the store library: the data behind ReportStore.

#include "ReportStore.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>
#include <functional>
#include <memory>

namespace ledgerlens {

struct EntryCorrections
{
    QVector<Correction> applied;     // overlaid on the extraction
    QVector<Correction> pending;     // restored, waiting for the report
    QVector<Correction> mismatched;  // restored, no longer fit the extraction
};

struct EntryDecisions
{
    QMap<TableKind, TableDecision> decisions;
    QHash<QString, Table> read;      // by TableRegion::toString(): read in the worker
    Report recognised;               // the extractor's report before any decision
};

struct ReportStore::Private
{
    QVector<std::shared_ptr<ReportEntry>> entries;   // comparison order
    QHash<EntryId, EntryCorrections> corrections;
    QHash<EntryId, EntryDecisions> decisions;
    EntryId nextId = 1;
    QUndoStack *undo = nullptr;
    bool structureDirty = false;
    bool muted = false;         // the undo history is being re-bound: commands apply nothing
    bool lastModified = false;
    DisplaySettings display;
    QSet<EntryId> loadedOnce;
    UserMappings mappings;      // the analyst's keys per company, across reports   // entries that had a report: a new one invalidates undo history

    // Lookups by id are per report and per signal: a hash, so opening a
    // workspace of thousands of reports stays linear. Positions are rebuilt
    // only after an insert, removal or move (appends keep them valid).
    QHash<EntryId, ReportEntry *> byId;
    mutable QHash<EntryId, int> positions;
    mutable bool positionsValid = true;
    // Entries looked at by lookups and whole-list queries: the work counter
    // the linear-open test reads (ReportStore::entriesVisited()).
    mutable quint64 visits = 0;

    ReportEntry *find(EntryId id) const
    {
        ++visits;
        return byId.value(id, nullptr);
    }
    int position(EntryId id) const
    {
        if (!positionsValid) {
            positions.clear();
            for (int i = 0; i < entries.size(); ++i)
                positions.insert(entries[i]->id, i);
            visits += entries.size();
            positionsValid = true;
        }
        ++visits;
        return positions.value(id, -1);
    }
};

// Re-finds a restored correction in a (re-)extracted report: same row label,
// column label and extracted value/text, at its old position or the unique
// row/column carrying those labels. nullopt = mismatched.
std::optional<Correction> matchCorrection(const Report &extracted, const Correction &c);

// Arithmetic checks of a whole (effective) report, re-run after a correction.
QVector<Check> rerunChecks(const Report &report);

} // namespace ledgerlens
