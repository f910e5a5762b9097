#include "SummedBlock.h"

#include "checks/CheckSupport.h"
#include "checks/SubtotalBlocks.h"

namespace ledgerlens {

SummedBlock SummedBlock::of(const Table &t, int row)
{
    if (row < 0 || row >= t.items.size() || !checks::hasAnyValue(t.items[row]))
        return {};
    SummedBlock block;
    QVector<checks::Term> terms;
    for (int r = row - 1; r >= 0; --r) {
        const LineItem &item = t.items[r];
        if (item.kind == RowKind::Heading)
            break;
        if (!checks::hasAnyValue(item))
            continue; // an unmarked heading or an all-nil line adds nothing
        if (checks::isSubtotalRow(t, r))
            break;
        block.rows.prepend(r);
        terms.prepend({r, checks::Sign::Plus});
    }
    if (block.rows.size() < 2)
        return {};
    const checks::Fit fit = checks::fitIdentity(t, terms, row);
    if (fit.evidence == 0 || fit.matches != fit.columns)
        return {};
    block.first = block.rows.first();
    block.last = block.rows.last();
    return block;
}

} // namespace ledgerlens
