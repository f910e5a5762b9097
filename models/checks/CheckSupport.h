#pragma once

#include "domain/Report.h"

#include <QSet>
#include <QVector>
#include <optional>

// Building blocks shared by the arithmetic checks (internal to models/checks).
namespace ledgerlens::checks {

// How a part enters a sum: added, subtracted, or subtracted by magnitude
// (costs printed either as "(322,586)" or as "322,586" under a "Less" heading).
enum class Sign { Plus, Minus, MinusMagnitude };

struct Term
{
    int row = -1;
    Sign sign = Sign::Plus;
};

// Figure columns: the declared columns, or the widest row when none are declared.
int columnCount(const Table &t);
std::optional<Decimal> valueAt(const Table &t, int row, int column);
bool hasAnyValue(const LineItem &item);

// First row at or after `from` whose canonical key is `key` and which prints
// at least one figure (a heading sharing the key is skipped); -1 if none.
int findRow(const Table &t, const QString &key, int from = 0);

// True when no row strictly between `first` and `last` prints a figure,
// except the rows in `allowed`.
bool nothingElseBetween(const Table &t, int first, int last, const QVector<int> &allowed = {});

// Sum of the terms in one column; nullopt when none of them prints a figure
// (blank parts count as zero otherwise: a dash is nil).
std::optional<Decimal> sumColumn(const Table &t, const QVector<Term> &terms, int column);

// How many columns the identity covers and how many of those it satisfies.
// `evidence` counts only matches where at least two parts print a figure: a
// total equal to its one non-blank part proves nothing about the structure.
struct Fit
{
    int columns = 0;
    int matches = 0;
    int evidence = 0;
};
Fit fitIdentity(const Table &t, const QVector<Term> &parts, int totalRow);

// Appends one Check per column where the total and at least one part print a
// figure; failed checks are appended too. Returns how many were appended.
int addIdentity(const Table &t, const QString &rule, const QVector<Term> &parts, int totalRow,
                QVector<Check> *out);

} // namespace ledgerlens::checks
