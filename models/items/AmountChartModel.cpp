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

QString AmountChartModel::unitCaption() const
{
    return m_displayUnit == 1000000 ? tr("millions")
        : m_displayUnit == 1000     ? tr("thousands")
                                    : tr("units of %1").arg(m_displayUnit);
}

} // namespace ledgerlens
