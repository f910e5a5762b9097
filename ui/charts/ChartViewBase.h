#pragma once

#include "domain/Report.h"
#include "items/ChartGridModel.h"
#include "store/StoreTypes.h"

#include <QChartView>
#include <QPointer>

namespace ledgerlens {



// A chart drawn from one chart model (rows = series, columns = categories).
// Subclasses build the series with Qt Charts model mappers, so the chart
// follows the model (and so the store) without being rebuilt. Hovering a
// figure shows it with its source (report, page); clicking emits
// sourceActivated so the workbench opens the page.
class ChartViewBase : public QChartView
{
    Q_OBJECT
public:
    explicit ChartViewBase(ChartGridModel *model, QWidget *parent = nullptr);

    ChartGridModel *model() const { return m_model; }
    // A fresh view of the same kind and settings on the same model, for
    // exports at another size without disturbing this one.
    virtual ChartViewBase *cloneForExport() const = 0;
    // Title shown on the chart and used by exports.
    QString title() const;
    // Figure text for the tooltip: "Hardware · Beta Robotics FY2024: 900.0 (60.0%)\nSource: beta.pdf, page 3".
    QString describe(int row, int column) const;

signals:
    void sourceActivated(ledgerlens::EntryId entry, const ledgerlens::SourceRef &source);
    // The chart was redrawn from the model (axes, colours, labels): benchmarks count these.
    void restyled();

protected:
    // Rebuild axes, colours and labels from the model (after resets, and on
    // a language change: titles, axis and series names are the model's words).
    virtual void restyle() = 0;
    void changeEvent(QEvent *event) override;
    void showFigure(int row, int column, bool on);
    void activateFigure(int row, int column);
    void styleChart();    // fonts, margins, legend: readable at slide size
    // Category labels of the model's columns ("Company\nPeriod" as two lines).
    QStringList categories() const;

    QPointer<ChartGridModel> m_model;
};

} // namespace ledgerlens
