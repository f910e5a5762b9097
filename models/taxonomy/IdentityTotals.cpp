#include "IdentityTotals.h"

#include "checks/Identity.h"

#include <algorithm>

namespace ledgerlens {

namespace {

bool printsFigure(const LineItem &item)
{
    return item.kind != RowKind::Heading
        && std::any_of(item.cells.cbegin(), item.cells.cend(), [](const Cell &c) { return c.value.has_value(); });
}

bool isUnlabelledTotal(const LineItem &item)
{
    return item.label.trimmed().isEmpty() && item.labelZh.isEmpty() && item.canonical.isEmpty() && printsFigure(item);
}

// The nearest row printing a figure after (step 1) or before (step -1) `row`; -1 if none.
int neighbour(const Table &t, int row, int step)
{
    for (int r = row + step; r >= 0 && r < t.items.size(); r += step)
        if (printsFigure(t.items[r]))
            return r;
    return -1;
}

int rowKeyed(const Table &t, const QString &key, int before)
{
    for (int r = before - 1; r >= 0; --r)
        if (t.items[r].canonical == key)
            return r;
    return -1;
}

bool keyIs(const Table &t, int row, std::initializer_list<const char *> keys)
{
    if (row < 0)
        return false;
    for (const char *k : keys)
        if (t.items[row].canonical == QLatin1String(k))
            return true;
    return false;
}

} // namespace

QString IdentityTotals::keyFor(const Table &t, int row) const
{
    const int next = neighbour(t, row, 1), prev = neighbour(t, row, -1);
    if (t.kind == TableKind::FinancialPosition) {
        const int after = next < 0 ? -1 : neighbour(t, next, 1);
        if (keyIs(t, next, {"non_controlling_interests"}) && keyIs(t, after, {"total_equity"})
            && identityHolds(t, {row, next}, {}, after))
            return QStringLiteral("equity_attributable_to_owners");
        const int talcl = rowKeyed(t, QStringLiteral("total_assets_less_current_liabilities"), row);
        if (talcl < 0)
            return {};
        if (keyIs(t, next, {"net_assets"}) && identityHolds(t, {talcl}, {row}, next))
            return QStringLiteral("total_non_current_liabilities");
        if (keyIs(t, prev, {"total_non_current_liabilities"}) && prev > talcl && identityHolds(t, {talcl}, {prev}, row))
            return QStringLiteral("net_assets");
        return {};
    }
    if (t.kind == TableKind::ProfitOrLoss
        && keyIs(t, next, {"finance_income", "finance_costs", "share_of_results_of_associates",
                           "share_of_results_of_joint_ventures", "profit_before_tax"})) {
        // From the last total above (gross profit, say) down, or from the top.
        QVector<int> parts;
        for (int r = prev; r >= 0; r = neighbour(t, r, -1)) {
            parts.prepend(r);
            if (t.items[r].kind == RowKind::Subtotal || m_taxonomy.isTotal(t.kind, t.items[r].canonical))
                break;
        }
        if (parts.size() >= 2 && identityHolds(t, parts, {}, row))
            return QStringLiteral("operating_profit");
    }
    return {};
}

void IdentityTotals::assign(Table &t) const
{
    for (int row = 0; row < t.items.size(); ++row) {
        if (!isUnlabelledTotal(t.items[row]))
            continue;
        const QString key = keyFor(t, row);
        if (key.isEmpty() || !m_taxonomy.keys(t.kind).contains(key)
            || std::any_of(t.items.cbegin(), t.items.cend(), [&key](const LineItem &i) { return i.canonical == key; }))
            continue;
        LineItem &item = t.items[row];
        item.canonical = key;
        item.ifrs = m_taxonomy.match(t.kind, m_taxonomy.displayName(key)).ifrs;
        item.derivedLabel = m_taxonomy.displayName(key);
    }
}

} // namespace ledgerlens
