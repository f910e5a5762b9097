#pragma once

#include "domain/Report.h"
#include "taxonomy/Taxonomy.h"

namespace ledgerlens {

// Names the unlabelled totals a section sum cannot: by an identity with the
// keyed rows around them, proven by the figures.
// - balance sheet: owners' equity (it plus the NCI line below is the total
//   equity), the non-current liabilities' total (total assets less current
//   liabilities minus it is the net assets below), the net assets (total
//   assets less current liabilities minus the non-current liabilities' total
//   above it);
// - profit or loss: the operating profit (everything above it, from the last
//   total, adds up to it, and the finance lines or the profit before tax
//   follow).
// A key another row of the table already holds is never given again.
class IdentityTotals
{
public:
    explicit IdentityTotals(const Taxonomy &taxonomy) : m_taxonomy(taxonomy) {}
    void assign(Table &t) const;

private:
    QString keyFor(const Table &t, int row) const;
    const Taxonomy &m_taxonomy;
};

} // namespace ledgerlens
