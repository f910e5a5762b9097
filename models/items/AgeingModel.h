#pragma once

#include "ChartGridModel.h"

namespace ledgerlens {

// Ageing buckets (rows, youngest first) x (report, balance date) columns.
// Buckets are shown as printed, never re-bucketed: two reports with different
// boundaries give separate rows, interleaved by the age range parsed from the
// label (AgeRange). Labels with no readable range follow, in first-seen
// order. Values in displayUnit() of each report's currency.
class AgeingModel : public ChartGridModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 displayUnit READ displayUnit WRITE setDisplayUnit)
public:
    explicit AgeingModel(ReportStore *store, TableKind kind = TableKind::ReceivablesAgeing,
                         QObject *parent = nullptr);

    TableKind tableKind() const { return m_kind; }
    qint64 displayUnit() const { return m_displayUnit; }
    void setDisplayUnit(qint64 unit);   // default 1,000,000 (millions)

    QString title() const override;
    QString valueTitle() const override;

protected:
    ChartGrid build() const override;

private:
    TableKind m_kind;
    qint64 m_displayUnit = 1000000;
};

} // namespace ledgerlens
