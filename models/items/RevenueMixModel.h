#pragma once

#include "ChartGridModel.h"

namespace ledgerlens {

// Revenue by segment: rows are segments (union across reports, matched by
// name, first-seen order), columns are (report, period). Values are in
// displayUnit() of each report's currency; ShareRole is the segment's share of
// the column's segments in percent. Total rows (and total/elimination columns
// of tables that print segments as columns) are left out.
class RevenueMixModel : public ChartGridModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 displayUnit READ displayUnit WRITE setDisplayUnit)
public:
    explicit RevenueMixModel(ReportStore *store, QObject *parent = nullptr);

    qint64 displayUnit() const { return m_displayUnit; }
    void setDisplayUnit(qint64 unit);   // default 1,000,000 (millions)

    QString title() const override;
    QString valueTitle() const override;

protected:
    ChartGrid build() const override;

private:
    qint64 m_displayUnit = 1000000;
};

} // namespace ledgerlens
