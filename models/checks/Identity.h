#pragma once

#include "domain/Report.h"

#include <QVector>

namespace ledgerlens {

// Whether the figures prove total = sum(plus) - sum(minus): it holds in every
// column where the total and a part print a figure, and in at least one of
// them two parts are printed (a total equal to its one part proves nothing).
// For naming an unlabelled total by what it adds up to with its neighbours.
bool identityHolds(const Table &t, const QVector<int> &plus, const QVector<int> &minus, int totalRow);

} // namespace ledgerlens
