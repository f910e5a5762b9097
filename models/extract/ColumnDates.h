#pragma once

#include <QDate>
#include <QString>

namespace ledgerlens {

struct TableHints;

// The period end of one figure column, from what is printed over it: its
// own header cells first, then the nearest spanning header ("Six months
// ended 30 June" over "2024 | 2023"), then the title area. A year alone
// takes its month and day from the first of those that prints one; only
// when none does is the caller's reference date (or 31 December) used.
namespace ColumnDates {
QDate date(const QString &ownHeader, const QString &spanHeader, const TableHints &hints);
} // namespace ColumnDates

} // namespace ledgerlens
