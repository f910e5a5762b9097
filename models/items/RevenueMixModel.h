#pragma once

#include "AmountChartModel.h"

namespace ledgerlens {

// Revenue by segment: rows are segments (union across reports, matched by
// name, first-seen order), columns are (report, period). Values are in
// displayUnit() of currency() (reports in other currencies are another chart); ShareRole is the segment's share of
// the column's segments in percent. Total rows (and total/elimination columns
// of tables that print segments as columns) are left out.
class RevenueMixModel : public AmountChartModel
{
    Q_OBJECT
public:
    explicit RevenueMixModel(ReportStore *store, QObject *parent = nullptr);


    QString title() const override;
    QString valueTitle() const override;
    AmountChartModel *sibling(QObject *parent = nullptr) const override;
    TableKind tableKind() const override { return TableKind::RevenueMix; }

protected:
    ChartGrid build() const override;

};

} // namespace ledgerlens
