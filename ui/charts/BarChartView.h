#pragma once

#include "ChartViewBase.h"

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QHBarModelMapper;
class QValueAxis;

namespace ledgerlens {

// Bars from a chart model through QHBarModelMapper: each model row is a bar
// set (its colour from the model's vertical header), each column a category.
// Stacked (revenue mix, ageing) or grouped (margins).
class BarChartView : public ChartViewBase
{
    Q_OBJECT
public:
    enum class Layout { Stacked, Grouped };
    BarChartView(ChartGridModel *model, Layout layout, QWidget *parent = nullptr);
    ~BarChartView() override;

    Layout layout() const { return m_layout; }
    QAbstractBarSeries *series() const { return m_series; }
    // Value labels on the bars (on by default); suffix "%" for percent models.
    void setValueLabelsVisible(bool on);
    ChartViewBase *cloneForExport() const override;

protected:
    void restyle() override;

private:
    void remap();
    Layout m_layout;
    bool m_labels = true;
    QAbstractBarSeries *m_series = nullptr;
    QHBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};

} // namespace ledgerlens
