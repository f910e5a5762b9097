#include "Identity.h"

#include "checks/CheckSupport.h"

namespace ledgerlens {

bool identityHolds(const Table &t, const QVector<int> &plus, const QVector<int> &minus, int totalRow)
{
    QVector<checks::Term> terms;
    for (int r : plus)
        terms.append({r, checks::Sign::Plus});
    for (int r : minus)
        terms.append({r, checks::Sign::Minus});
    if (terms.isEmpty() || totalRow < 0 || totalRow >= t.items.size())
        return false;
    const checks::Fit fit = checks::fitIdentity(t, terms, totalRow);
    return fit.evidence > 0 && fit.matches == fit.columns;
}

} // namespace ledgerlens
