#include "FigureDelegate.h"

#include "FigureFormat.h"

#include "domain/Report.h"
#include "items/ComparisonModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>

namespace ledgerlens {

FigureDelegate::FigureDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor FigureDelegate::correctedColor() { return QColor(0x1f, 0x6f, 0xd1); }
QColor FigureDelegate::failedCheckColor() { return QColor(0xc6, 0x28, 0x28); }
QColor FigureDelegate::restatedColor() { return QColor(0xe0, 0x8e, 0x00); }

QString FigureDelegate::displayText(const QModelIndex &index) const
{
    if (index.data(ItemRoles::TableRowRole).toInt() < 0)
        return QString();  // this report has no such line
    const QVariant exact = index.data(ItemRoles::ExactValueRole);
    if (!exact.isValid())
        return QString();
    const QString text = exact.toString();
    if (text.isEmpty()) {
        // A heading carries no figures: leave it blank rather than dash it.
        if (index.data(ItemRoles::RowKindRole).toInt() == int(RowKind::Heading))
            return QString();
        return FigureFormat::format(std::nullopt, m_displayUnit);
    }
    const auto value = Decimal::fromString(text);
    // Per-share figures keep the decimals they were printed with (25.0 cents, 0.77 RMB).
    if (value && index.data(ItemRoles::PerShareRole).toBool())
        return FigureFormat::format(*value, qBound(0, value->scale(), 4));
    return value ? FigureFormat::format(value, m_displayUnit) : text;
}

void FigureDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool subtotal = index.data(ItemRoles::RowKindRole).toInt() == int(RowKind::Subtotal);
    const bool corrected = index.data(ItemRoles::IsCorrectedRole).toBool();
    const bool failed = index.data(ItemRoles::CheckFailedRole).toBool();
    const bool restated = index.data(ItemRoles::RestatedRole).toBool();

    opt.text = displayText(index);
    opt.displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    opt.font.setBold(subtotal);
    opt.fontMetrics = QFontMetrics(opt.font);
    if (failed && !(opt.state & QStyle::State_Selected)) {
        opt.backgroundBrush = QColor(0xfd, 0xec, 0xea);
        opt.palette.setColor(QPalette::Text, failedCheckColor());
    } else if (corrected && !(opt.state & QStyle::State_Selected)) {
        opt.backgroundBrush = QColor(0xe8, 0xf1, 0xfc);
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect;
    if (subtotal && !opt.text.isEmpty()) {
        // The rule a filing prints above a total, under the figures only.
        painter->setPen(QPen(option.palette.color(QPalette::Text), 1));
        const int w = opt.fontMetrics.horizontalAdvance(opt.text);
        painter->drawLine(r.right() - 4 - w, r.top() + 1, r.right() - 4, r.top() + 1);
    }
    auto corner = [&](const QColor &color, bool left) {
        const int s = 7;
        QPolygon tri;
        if (left)
            tri << r.topLeft() << r.topLeft() + QPoint(s, 0) << r.topLeft() + QPoint(0, s);
        else
            tri << r.topRight() << r.topRight() - QPoint(s, 0) << r.topRight() + QPoint(0, s);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(tri);
    };
    // A rule between reports, as between the column groups of a printed comparison.
    if (index.column() > 0
        && index.data(ItemRoles::EntryIdRole) != index.siblingAtColumn(index.column() - 1).data(ItemRoles::EntryIdRole)) {
        painter->setPen(QPen(option.palette.color(QPalette::Dark), 1));
        painter->drawLine(r.topLeft(), r.bottomLeft());
    }
    if (corrected)
        corner(correctedColor(), true);
    if (restated)
        corner(restatedColor(), false);
    painter->restore();
}

QSize FigureDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    font.setBold(true);  // room for the bold subtotal form, so columns don't jump
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(displayText(index)) + 16;
    return QSize(qMax(w, 64), fm.height() + 6);
}

QWidget *FigureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return editor;
}

} // namespace ledgerlens
