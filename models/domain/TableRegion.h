#pragma once

#include "domain/TableKind.h"

#include <QRectF>
#include <QString>
#include <optional>

namespace ledgerlens {

// Where the analyst says a table is: its kind, a page or a run of pages and
// optionally a box on the first page (PDF points, origin top-left, as in the
// JSON contract); later pages of the run are read whole.
// Written "KIND=pages:N[-M][,box:x,y,w,h]", e.g. "cash_flows=pages:76-77".
struct TableRegion
{
    TableKind kind = TableKind::ProfitOrLoss;
    int firstPage = 0;   // 1-based
    int lastPage = 0;    // == firstPage for one page
    std::optional<QRectF> box;

    // The "KIND=pages:..." text, or nullopt with *error saying what is wrong.
    static std::optional<TableRegion> parse(const QString &text, QString *error = nullptr);
    QString toString() const;
    bool operator==(const TableRegion &o) const
    {
        return kind == o.kind && firstPage == o.firstPage && lastPage == o.lastPage && box == o.box;
    }
};

} // namespace ledgerlens
