#pragma once

#include "PageText.h"
#include "domain/Report.h"

namespace ledgerlens {

// Finds the breakdown of revenue (by segment, business line, product, type of
// service): a table outside the income statement with a row equal to the
// reported revenue and at least two rows above it adding up to it. Tables by
// geography or timing, and notes repeating several breakdowns, rank lower
// than a single breakdown by business line.
class RevenueMixRecogniser
{
public:
    explicit RevenueMixRecogniser(const DocumentText &doc) : m_doc(doc) {}
    Table recognise(const Table &profitOrLoss, const QDate &periodEnd) const;

private:
    const DocumentText &m_doc;
};

} // namespace ledgerlens
