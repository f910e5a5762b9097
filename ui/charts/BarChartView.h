#pragma once

#include "ChartViewBase.h"

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
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
    // The value labels drawn now, in chart coordinates: never two that
    // intersect, never one wider than its bar (that figure is in the tooltip).
    QVector<QRectF> drawnLabelRects() const;
    QStringList drawnLabels() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void restyle() override;

private:
    void remap();
    // Labels are placed here, not by Qt Charts: its own overlap and print
    // "-1.45e+03%" (see ChartNumbers).
    void placeLabels();
    Layout m_layout;
    QVector<QGraphicsSimpleTextItem *> m_labelItems;
    bool m_labels = true;
    QAbstractBarSeries *m_series = nullptr;
    QHBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};

} // namespace ledgerlens
