#pragma once

#include "PageText.h"
#include "domain/Report.h"

#include <optional>

namespace ledgerlens {

// A segment note printing the segments as columns, one block per period
// stacked down the page ("Six months ended 30 June 2010" above its columns
// Pharmaceutical / Security / Total, the same for 2009 below). The revenue
// row is the one whose segment figures add up to its Total column, and whose
// total is the reported revenue in the block of the report's period; the
// same row of every block is merged into one row, a column per segment and
// period, printed order kept.
namespace SegmentBlocks {
// revenue: the reported revenue in currency units; unit: the statements'
// unit, for a block header that prints none.
std::optional<Table> read(const PageText &page, double revenue, qint64 unit);
} // namespace SegmentBlocks

} // namespace ledgerlens
