#pragma once

#include "domain/TableKind.h"

#include <QMetaType>
#include <QString>

namespace ledgerlens {

// Stable id of a loaded report inside one ReportStore: never reused while the
// store lives, unaffected by reordering. 0 is "no entry".
using EntryId = int;

// Where an entry is in its load: set by the UI's loader, never by the store.
struct LoadState
{
    enum Phase { Queued, Loading, Ready, Failed };
    Phase phase = Queued;
    int pagesDone = 0;   // Loading only
    int pageCount = 0;   // Loading only (0 = not yet known)
    QString reason;      // Failed only, a sentence for the user

    // "Queued", "Loading 3/40", "Ready", "Failed: <reason>"
    QString toText() const;
};

enum class ReviewStatus { Unreviewed, Reviewed, Flagged };
QString reviewStatusKey(ReviewStatus status);            // "unreviewed", "reviewed", "flagged"
bool reviewStatusFromKey(const QString &key, ReviewStatus *status);

// One figure of one table of one entry: the address a correction or a model
// cell refers to. Rows and columns index the entry's Table.
struct CellAddress
{
    EntryId entry = 0;
    TableKind table = TableKind::ProfitOrLoss;
    int row = -1;
    int column = -1;
    bool isValid() const { return entry != 0 && row >= 0 && column >= 0; }
    bool operator==(const CellAddress &o) const
    {
        return entry == o.entry && table == o.table && row == o.row && column == o.column;
    }
};

} // namespace ledgerlens

Q_DECLARE_METATYPE(ledgerlens::TableKind)
Q_DECLARE_METATYPE(ledgerlens::CellAddress)
