#include "LoadProgressDelegate.h"

#include "items/ReportListModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace ledgerlens {

void LoadProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int phase = index.data(ItemRoles::LoadPhaseRole).toInt();
    if (phase == LoadState::Loading) {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, w);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        const double fraction = index.data(ItemRoles::LoadProgressRole).toDouble();
        const int pages = index.siblingAtColumn(ReportListModel::PagesColumn).data().toInt();
        if (fraction <= 0 && pages <= 0) {
            bar.maximum = 0;  // unknown length: busy indicator
            bar.text = QCoreApplication::translate("LoadProgressDelegate", "Starting\u2026");
        } else {
            bar.progress = qRound(qBound(0.0, fraction, 1.0) * 1000);
            bar.text = index.data(Qt::DisplayRole).toString();
        }
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (phase == LoadState::Failed && !(opt.state & QStyle::State_Selected))
        opt.palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    const QWidget *widget = option.widget;
    // The extractor warned (a statement not recognised...): a sign the eye catches; the tooltip says what.
    if (phase == LoadState::Ready && !index.data(ItemRoles::WarningsRole).toStringList().isEmpty()) {
        opt.icon = (widget ? widget->style() : QApplication::style())->standardIcon(QStyle::SP_MessageBoxWarning);
        opt.features |= QStyleOptionViewItem::HasDecoration;
        opt.decorationSize = QSize(16, 16);
    }
    // A status is a sentence: its start says what happened (the list elides
    // names in the middle; the whole reason is in the tooltip).
    opt.textElideMode = Qt::ElideRight;
    (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QSize LoadProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return QSize(qMax(s.width(), 140), s.height() + 4);
}

} // namespace ledgerlens
