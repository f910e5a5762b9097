#pragma once

#include "ChartViewBase.h"

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace ledgerlens {

// Bars from a chart model: each model row is a bar set (its colour from the
// model's vertical header), each column a category. Stacked (revenue mix,
// ageing) or grouped (margins). The view reads the model itself rather than
// through QHBarModelMapper: the mapper rebuilds every bar set on each row or
// column insert, one set at a time, which a report arriving does many times.
class BarChartView : public ChartViewBase
{
    Q_OBJECT
public:
    enum class Layout { Stacked, Grouped };
    BarChartView(ChartGridModel *model, Layout layout, QWidget *parent = nullptr);

    Layout layout() const { return m_layout; }
    QAbstractBarSeries *series() const { return m_series; }
    // Value labels on the bars (on by default); suffix "%" for percent models.
    void setValueLabelsVisible(bool on);
    ChartViewBase *cloneForExport() const override;
    // The value labels drawn now, in chart coordinates: never two that
    // intersect, none on another bar or wider than its category (the tooltip has the figure).
    QVector<QRectF> drawnLabelRects() const;
    QStringList drawnLabels() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void restyle() override;
    void sync() override;

private:
    // The bar sets take the model's rows: values replaced in place when the
    // shape is the same, all sets rebuilt at once when it is not.
    void readSeries();
    // Labels are placed here, not by Qt Charts: its own overlap and print
    // "-1.45e+03%" (see ChartNumbers).
    void placeLabels();
    // Width one category's label may take, in pixels.
    double categoryRoom() const;
    // Category names fitted again to the plot area the chart laid out (its
    // width only shows after layout); a refit that changes the axis's height
    // lays the chart out once more, so at most two per resize or sync.
    void refitCategories();
    Layout m_layout;
    QVector<QGraphicsSimpleTextItem *> m_labelItems;
    bool m_labels = true;
    int m_refits = 0;
    bool m_refitPending = false;
    QAbstractBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};

} // namespace ledgerlens
