#pragma once

#include "AmountChartModel.h"

namespace ledgerlens {

// Ageing buckets (rows, youngest first) x (report, balance date) columns.
// Buckets are never re-bucketed: two reports with different boundaries give
// separate rows, interleaved by the age range parsed from the label
// (AgeRange); labels of the same range ("0-30 days", "Within 30 days",
// "30日內") are one row, named as first printed. Labels with no readable
// range follow, in first-seen order. A report's ageing is its table's first
// run of buckets, drawn once. Values in displayUnit() of currency() (reports in other currencies are
// another chart).
class AgeingModel : public AmountChartModel
{
    Q_OBJECT
public:
    explicit AgeingModel(ReportStore *store, TableKind kind = TableKind::ReceivablesAgeing,
                         QObject *parent = nullptr);

    TableKind tableKind() const override { return m_kind; }

    QString title() const override;
    QString valueTitle() const override;
    AmountChartModel *sibling(QObject *parent = nullptr) const override;

    // Rows of `t` that are the report's ageing: the buckets up to the first
    // total or the first bucket printed again (a second note's copy).
    static QVector<int> firstBlock(const Table &t);

protected:
    ChartGrid build() const override;

private:
    TableKind m_kind;
};

} // namespace ledgerlens
