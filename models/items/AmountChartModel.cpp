#include "AmountChartModel.h"

namespace ledgerlens {

using namespace ItemRoles;

void AmountChartModel::setDisplayUnit(qint64 unit)
{
    if (unit <= 0 || unit == m_displayUnit)
        return;
    m_displayUnit = unit;
    refresh();
}

QString AmountChartModel::currencyOf(EntryId id) const
{
    const ReportEntry *e = store()->entry(id);
    return e ? e->effective.currency.trimmed().toUpper() : QString();
}

QStringList AmountChartModel::currencies() const
{
    QStringList out;
    for (EntryId id : ChartGridModel::entries()) {
        if (!store()->table(id, tableKind()))
            continue;
        const QString c = currencyOf(id);
        if (!out.contains(c))
            out << c;
    }
    return out;
}

QString AmountChartModel::currency() const
{
    const QStringList all = currencies();
    if (all.contains(m_wanted))
        return m_wanted;
    return all.value(0);
}

void AmountChartModel::setCurrency(const QString &currency)
{
    const QString c = currency.trimmed().toUpper();
    if (c == m_wanted)
        return;
    m_wanted = c;
    refresh();
}

QString AmountChartModel::currencyName(const QString &currency)
{
    return currency.isEmpty() ? tr("currency not stated") : currency;
}

QVector<EntryId> AmountChartModel::entries() const
{
    const QString drawn = currency();
    QVector<EntryId> out;
    for (EntryId id : ChartGridModel::entries())
        if (currencyOf(id) == drawn)
            out << id;
    return out;
}

void AmountChartModel::published()
{
    const QStringList now = currencies();
    if (now == m_known)
        return;
    m_known = now;
    emit currenciesChanged();
}

QString AmountChartModel::unitCaption() const
{
    return m_displayUnit == 1000000 ? tr("millions")
        : m_displayUnit == 1000     ? tr("thousands")
                                    : tr("units of %1").arg(m_displayUnit);
}

QString AmountChartModel::amountCaption() const
{
    const QString c = currency();
    return c.isEmpty() ? unitCaption() + QStringLiteral(", ") + currencyName(c)
                       : tr("%1 %2", "currency, unit: RMB millions").arg(c, unitCaption());
}

QString AmountChartModel::withCurrency(const QString &title) const
{
    if (currencies().isEmpty())
        return title;
    return tr("%1, %2", "chart title, currency").arg(title, currencyName(currency()));
}

} // namespace ledgerlens
