#pragma once

#include "PageText.h"
#include "domain/Report.h"

namespace ledgerlens {

// The revenue breakdown of a filing (or a page of one) without an income
// statement to anchor it: the table under a note headed "Turnover" /
// "Revenue" / 營業額 / 收益, whose last row is a total that its rows add up
// to, sub-totals of groups counted once ("Program income: service,
// advertising, subtotal; event income: ...; total").
namespace RevenueNote {
Table find(const DocumentText &doc, const QDate &periodEnd);
// Whether rows[from..total) add up to rows[total] in every column with
// figures, an unlabelled row equal to the items since the last one being a
// group sub-total (counted instead of its items).
bool addsUp(const QVector<LineItem> &rows, int from, int total);
} // namespace RevenueNote

} // namespace ledgerlens
