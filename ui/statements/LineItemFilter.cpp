#include "LineItemFilter.h"

#include "items/ComparisonModel.h"

namespace ledgerlens {

LineItemFilter::LineItemFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void LineItemFilter::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

bool LineItemFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    const QString label = m->headerData(sourceRow, Qt::Vertical, Qt::DisplayRole).toString();
    const QString key = m->headerData(sourceRow, Qt::Vertical, ItemRoles::CanonicalRole).toString();
    if (label.contains(m_text, Qt::CaseInsensitive) || key.contains(m_text, Qt::CaseInsensitive))
        return true;
    // Each report may print its own wording; match any of them.
    for (int c = 0; c < m->columnCount(); ++c) {
        const QString own = m->index(sourceRow, c).data(ItemRoles::LabelRole).toString();
        if (own.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ledgerlens
