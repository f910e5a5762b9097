#pragma once

#include "domain/Report.h"
#include "items/ChartGridModel.h"
#include "store/StoreTypes.h"

#include <QChartView>
#include <QPointer>

namespace ledgerlens {



// A chart drawn from one chart model (rows = series, columns = categories).
// The view follows its model: every change the model announces asks for one
// sync() in the next event-loop turn, so a burst of inserts, moves and
// dataChanged (a report arriving) redraws the chart once, not once per
// signal. Hovering a
// figure shows it with its source (report, page); clicking emits
// sourceActivated so the workbench opens the page.
class ChartViewBase : public QChartView
{
    Q_OBJECT
public:
    explicit ChartViewBase(ChartGridModel *model, QWidget *parent = nullptr);

    ChartGridModel *model() const { return m_model; }
    // A fresh view of the same kind and settings on the same model, for
    // exports at another size without disturbing this one, or a chart window.
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
    // Connects the model's change signals to scheduleSync(); subclasses call
    // it once their series exists.
    void followModel();
    // At most one sync() per event-loop turn, however many signals ask.
    void scheduleSync();
    // Bring the series up to the model and restyle (the subclass's job).
    virtual void sync() = 0;
    // Rebuild axes, colours and labels from the model (after resets, and on
    // a language change: titles, axis and series names are the model's words).
    virtual void restyle() = 0;
    void changeEvent(QEvent *event) override;
    void showFigure(int row, int column, bool on);
    void activateFigure(int row, int column);
    void styleChart();    // fonts, margins, legend: readable at slide size
    // Category labels of the model's columns, company over period, the company
    // shortened to `room` (pixels in `font`) but never to another's name.
    QStringList categories(const QFont &font, double room) const;

    QPointer<ChartGridModel> m_model;

private:
    bool m_syncPending = false;
};

} // namespace ledgerlens
