#include "PeriodBox.h"

#include "items/ItemRoles.h"

#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace ledgerlens {

PeriodBox::PeriodBox(QWidget *parent) : QComboBox(parent)
{
    connect(this, &QComboBox::currentIndexChanged, this, [this] { setToolTip(currentText()); });
}

void PeriodBox::addPeriod(const QString &company, const QString &period)
{
    const QString full = company.isEmpty() ? period : company + QLatin1Char(' ') + period;
    addItem(full);
    const int i = count() - 1;
    setItemData(i, company, ItemRoles::HeaderCompanyRole);
    setItemData(i, period, ItemRoles::HeaderPeriodRole);
    setItemData(i, full, Qt::ToolTipRole);
}

int PeriodBox::textRoom() const
{
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    return style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this).width();
}

QString PeriodBox::shownText() const
{
    const QString full = currentText();
    const QFontMetrics fm = fontMetrics();
    const int room = textRoom();
    if (fm.horizontalAdvance(full) <= room)
        return full;
    const QString company = currentData(ItemRoles::HeaderCompanyRole).toString();
    const QString period = currentData(ItemRoles::HeaderPeriodRole).toString();
    if (company.isEmpty() || period.isEmpty())
        return fm.elidedText(full, Qt::ElideMiddle, room);
    // The company gives way; the period is what the box picks.
    const int companyRoom = room - fm.horizontalAdvance(QLatin1Char(' ') + period);
    const QString cut = fm.elidedText(company, Qt::ElideRight, std::max(0, companyRoom));
    return cut.isEmpty() ? fm.elidedText(period, Qt::ElideRight, room) : cut + QLatin1Char(' ') + period;
}

void PeriodBox::paintEvent(QPaintEvent *)
{
    QStylePainter p(this);
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    opt.currentText = shownText();
    p.drawComplexControl(QStyle::CC_ComboBox, opt);
    p.drawControl(QStyle::CE_ComboBoxLabel, opt);
}

} // namespace ledgerlens
