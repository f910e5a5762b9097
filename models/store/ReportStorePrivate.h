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

struct ReportStore::Private
{
    QVector<std::shared_ptr<ReportEntry>> entries;   // comparison order
    QHash<EntryId, EntryCorrections> corrections;
    EntryId nextId = 1;
    QUndoStack *undo = nullptr;
    bool structureDirty = false;
    bool muted = false;         // the undo history is being re-bound: commands apply nothing
    bool lastModified = false;
    DisplaySettings display;
    QSet<EntryId> loadedOnce;
    UserMappings mappings;      // the analyst's keys per company, across reports   // entries that had a report: a new one invalidates undo history

    ReportEntry *find(EntryId id) const
    {
        for (const auto &e : entries) {
            if (e->id == id)
                return e.get();
        }
        return nullptr;
    }
};

// Re-finds a restored correction in a (re-)extracted report: same row label,
// column label and extracted value/text, at its old position or the unique
// row/column carrying those labels. nullopt = mismatched.
std::optional<Correction> matchCorrection(const Report &extracted, const Correction &c);

// Arithmetic checks of a whole (effective) report, re-run after a correction.
QVector<Check> rerunChecks(const Report &report);

} // namespace ledgerlens
