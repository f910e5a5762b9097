#pragma once

#include "BarChartView.h"

class QPieSeries;
class QVPieModelMapper;

namespace ledgerlens {

class AgeingModel;
class MarginsModel;
class RevenueMixModel;

// Revenue by segment, stacked per (report, period); hover shows the share.
class RevenueMixChartView : public BarChartView
{
    Q_OBJECT
public:
    explicit RevenueMixChartView(RevenueMixModel *model, QWidget *parent = nullptr);
};

// Gross / operating / net (and segment gross) margins, grouped per (report, period).
class MarginsChartView : public BarChartView
{
    Q_OBJECT
public:
    explicit MarginsChartView(MarginsModel *model, QWidget *parent = nullptr);
};

// Receivables ageing, stacked youngest (bottom) to oldest (top) per balance date.
class AgeingChartView : public BarChartView
{
    Q_OBJECT
public:
    explicit AgeingChartView(AgeingModel *model, QWidget *parent = nullptr);
};

// One (report, period) column of the revenue mix as a pie (QVPieModelMapper),
// slices coloured like the bars, labelled with segment and share.
class RevenueMixPieView : public ChartViewBase
{
    Q_OBJECT
public:
    explicit RevenueMixPieView(RevenueMixModel *model, QWidget *parent = nullptr);
    ~RevenueMixPieView() override;

    int column() const { return m_column; }
    void setColumn(int column);
    QPieSeries *series() const { return m_series; }
    ChartViewBase *cloneForExport() const override;

protected:
    void restyle() override;
    void sync() override;

private:
    int m_column = 0;
    QPieSeries *m_series = nullptr;
    QVPieModelMapper *m_mapper = nullptr;
};

} // namespace ledgerlens
