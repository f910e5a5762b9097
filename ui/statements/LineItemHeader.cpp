#include "LineItemHeader.h"

#include "domain/Report.h"
#include "items/ComparisonModel.h"

#include <QPainter>

namespace ledgerlens {

LineItemHeader::LineItemHeader(QWidget *parent) : QHeaderView(Qt::Vertical, parent)
{
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setSectionsClickable(true);
    setHighlightSections(true);
}

QFont LineItemHeader::fontFor(int kind) const
{
    QFont f = font();
    if (kind == int(RowKind::Subtotal) || kind == int(RowKind::Heading))
        f.setBold(true);
    if (kind == int(RowKind::Heading))
        f.setCapitalization(QFont::AllUppercase);
    return f;
}

void LineItemHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!model())
        return;
    const int kind = model()->headerData(logicalIndex, Qt::Vertical, ItemRoles::RowKindRole).toInt();
    const QString label = model()->headerData(logicalIndex, Qt::Vertical, Qt::DisplayRole).toString();
    // A name the table does not print reads in italics; its tooltip says where it came from.
    const bool derived = model()->headerData(logicalIndex, Qt::Vertical, ItemRoles::DerivedLabelRole).toBool();
    const bool current = selectionModel() && selectionModel()->currentIndex().row() == logicalIndex;

    painter->save();
    painter->fillRect(rect, current ? palette().color(QPalette::AlternateBase).darker(108)
                                    : palette().color(QPalette::Base));
    painter->setPen(palette().color(QPalette::Midlight));
    painter->drawLine(rect.topRight(), rect.bottomRight());
    QFont font = fontFor(kind);
    font.setItalic(derived);
    painter->setFont(font);
    painter->setPen(palette().color(kind == int(RowKind::Heading) ? QPalette::PlaceholderText : QPalette::Text));
    const int indent = kind == int(RowKind::Item) ? 14 : 6;
    const QRect textRect = rect.adjusted(indent, 0, -6, 0);
    const QString text = label.isEmpty() && kind == int(RowKind::Subtotal) ? tr("(subtotal)") : label;
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize LineItemHeader::sectionSizeFromContents(int logicalIndex) const
{
    if (!model())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    const int kind = model()->headerData(logicalIndex, Qt::Vertical, ItemRoles::RowKindRole).toInt();
    const QString label = model()->headerData(logicalIndex, Qt::Vertical, Qt::DisplayRole).toString();
    const QFontMetrics fm(fontFor(kind));
    // Long labels are elided; cap the width so the figures stay in view.
    return QSize(qMin(fm.horizontalAdvance(label) + 24, 320), fm.height() + 6);
}

} // namespace ledgerlens
