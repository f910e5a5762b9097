#pragma once

#include "ChartGridModel.h"

namespace ledgerlens {

// A chart of money amounts (revenue mix, ageing): the figures are shown in one
// display unit of each report's currency, chosen here once for both.
class AmountChartModel : public ChartGridModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 displayUnit READ displayUnit WRITE setDisplayUnit)
public:
    using ChartGridModel::ChartGridModel;

    qint64 displayUnit() const { return m_displayUnit; }
    void setDisplayUnit(qint64 unit);   // default 1,000,000 (millions)

protected:
    // "millions", "thousands", "units of 100" for axis titles.
    QString unitCaption() const;

private:
    qint64 m_displayUnit = 1000000;
};

} // namespace ledgerlens
