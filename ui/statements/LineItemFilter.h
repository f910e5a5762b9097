#pragma once

#include <QSortFilterProxyModel>

namespace ledgerlens {

// The find box: keeps the line items whose label or canonical key contains
// the text (case-insensitive), across every report. Empty text keeps all.
class LineItemFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LineItemFilter(QObject *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace ledgerlens
