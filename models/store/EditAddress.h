#pragma once

// Where a reviewer edit lands, independent of row indexes: the row is named by
// its extracted label and which occurrence of that label it is, the column by
// its header. Undo commands keep one and re-bind it when the report is
// re-extracted (reload, retry, relocation), so history survives a reload.

#include "Correction.h"

#include <optional>

namespace ledgerlens {

struct Report;

struct EditAddress
{
    EntryId entry = 0;
    TableKind table = TableKind::ProfitOrLoss;
    Correction::Field field = Correction::Field::Value;
    int row = -1;             // index in the current extraction
    int column = -1;          // Field::Value only, else -1
    QString rowLabel;         // extracted label of the row
    int occurrence = 0;       // 0 = first row with that label, 1 = second, ...
    QString columnLabel;      // extracted column header (Value only)

    // The address of row/column in an extraction (labels filled from it).
    static EditAddress at(const Report &extracted, EntryId entry, TableKind table, Correction::Field field, int row,
                          int column = -1);
    // A correction carrying only this target (entry, table, field, row, column).
    Correction target() const;
    // state moved onto this address (row, column, labels); nullopt stays nullopt.
    std::optional<Correction> moved(const std::optional<Correction> &state) const;
};

// The same cell in another extraction of the entry's PDF: the old index while
// it still carries the label, else the only row (column) with it, else the same
// occurrence of the label. nullopt = the cell no longer exists.
std::optional<EditAddress> rebindAddress(const Report &extracted, const EditAddress &address);

} // namespace ledgerlens
