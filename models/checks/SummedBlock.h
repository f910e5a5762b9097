#pragma once

#include "domain/Report.h"

namespace ledgerlens {

// The rows a subtotal adds up, read from the figures alone: the contiguous
// rows printing a figure above it since the previous heading or subtotal.
// Used to name an unlabelled subtotal by what it totals, and to tell the
// analyst why it was named so.
struct SummedBlock
{
    int first = -1;      // first row of the block
    int last = -1;       // last row of the block (the row above the subtotal, or an all-nil row above it)
    QVector<int> rows;   // the rows that print a figure, in order

    bool isValid() const { return first >= 0; }

    // The block `row` is the sum of, when it equals that sum in every column
    // where both print a figure and at least one column adds two printed
    // parts (a total equal to its one part proves nothing); invalid otherwise.
    static SummedBlock of(const Table &t, int row);
};

} // namespace ledgerlens
