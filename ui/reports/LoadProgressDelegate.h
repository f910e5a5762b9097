#pragma once

#include <QStyledItemDelegate>

namespace ledgerlens {

// The Status column of the report list: a progress bar with "pages done /
// page count" while loading, the reason in red when a load failed.
class LoadProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ledgerlens
