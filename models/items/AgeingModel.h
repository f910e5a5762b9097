#pragma once

#include "AmountChartModel.h"

namespace ledgerlens {

// Ageing buckets (rows, youngest first) x (report, balance date) columns.
// Buckets are shown as printed, never re-bucketed: two reports with different
// boundaries give separate rows, interleaved by the age range parsed from the
// label (AgeRange). Labels with no readable range follow, in first-seen
// order. Values in displayUnit() of each report's currency.
class AgeingModel : public AmountChartModel
{
    Q_OBJECT
public:
    explicit AgeingModel(ReportStore *store, TableKind kind = TableKind::ReceivablesAgeing,
                         QObject *parent = nullptr);

    TableKind tableKind() const { return m_kind; }

    QString title() const override;
    QString valueTitle() const override;

protected:
    ChartGrid build() const override;

private:
    TableKind m_kind;
};

} // namespace ledgerlens
