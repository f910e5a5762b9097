#pragma once

#include "checks/CheckSupport.h"

// Subtotal checks that need no keys: a subtotal equals the items printed
// above it since the previous subtotal, or (for running statements such as
// profit or loss) the previous subtotal plus those items. Which of the two a
// subtotal is gets established from the figures: a block is reported only
// when at least one column agrees with one reading; then every column is
// checked against that reading, so a wrong figure still shows as a failure.
// Internal to models/checks.
namespace ledgerlens::checks {

bool isSubtotalRow(const Table &t, int row);

// `closed` holds totals already verified by a named identity: they still
// close their block but are not reported twice.
void blockSums(const Table &t, const QSet<int> &closed, QVector<Check> *out);

// Ageing and revenue mix: when the table has exactly one total, printed last,
// every line above it must add up to it. Returns false (and adds nothing)
// when the table is not shaped like that.
bool linesSumToTotal(const Table &t, const QString &rule, QVector<Check> *out);

// The row holding a list table's total (last subtotal row printing a figure); -1 if none.
int listTotalRow(const Table &t);

} // namespace ledgerlens::checks
