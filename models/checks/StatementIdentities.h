#pragma once

#include "checks/CheckSupport.h"

// The named identities of each statement, over rows found by canonical key
// (internal to models/checks). Each appends its checks and records in
// `closed` the total rows it verified, so block sums do not repeat them.
namespace ledgerlens::checks {

void profitOrLossIdentities(const Table &t, QVector<Check> *out, QSet<int> *closed);
void comprehensiveIncomeIdentities(const Table &t, QVector<Check> *out, QSet<int> *closed);
void financialPositionIdentities(const Table &t, QVector<Check> *out, QSet<int> *closed);
void cashFlowIdentities(const Table &t, QVector<Check> *out, QSet<int> *closed);

} // namespace ledgerlens::checks
