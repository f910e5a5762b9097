#pragma once

// What the undo commands write through: the store's edits without undo. The
// commands know this interface only, not the store behind it.

#include "EditAddress.h"
#include "TableDecision.h"
#include "UserMappings.h"

namespace ledgerlens {

class EditSink
{
public:
    virtual ~EditSink() = default;
    // Sets one cell's or row's correction (nullopt = back to the extraction).
    virtual void applyCorrection(const EditAddress &address, const std::optional<Correction> &state) = 0;
    virtual void applyReviewStatus(EntryId id, TableKind kind, ReviewStatus status) = 0;
    // Sets (nullopt removes) one remembered mapping; re-keys the company's reports.
    virtual void applyUserMapping(const QString &company, TableKind kind, const QString &label,
                                  const std::optional<UserMapping> &state) = 0;
    // Sets (nullopt removes: the recognised table again) the entry's decision on one table.
    virtual void applyTableDecision(EntryId id, TableKind kind, const std::optional<TableDecision> &state) = 0;
};

} // namespace ledgerlens
