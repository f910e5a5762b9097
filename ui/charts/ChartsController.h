#pragma once

#include "ClosePart.h"
#include "domain/Report.h"
#include "store/StoreTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace ledgerlens {

class ChartViewBase;
class ChartWindow;
class ChartsPanel;
class MainWindow;

// Installs the charts into the workbench window: the Charts dock (revenue mix,
// margins, receivables ageing) on the same store as the tables, with a click
// on a figure opening its source page and selecting its cell, as in the table.
// View > Open Chart in Window (and the chart's context menu) puts the current
// chart in a window of its own; those windows close with the workbench.
class ChartsController : public QObject, public ClosePart
{
    Q_OBJECT
    Q_INTERFACES(ledgerlens::ClosePart)
public:
    explicit ChartsController(MainWindow *window);

    ChartsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QAction *openInWindowAction() const { return m_openInWindow; }
    // The chart on screen in the dock, in a new window (shown); null when there is none.
    ChartWindow *openCurrentInWindow();
    QList<ChartWindow *> chartWindows() const;

    bool queryClose() override { return true; }   // charts hold no work
    void closeAccepted() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSource(EntryId entry, const SourceRef &source);
    void retranslate();

    MainWindow *m_window;
    QAction *m_openInWindow;
    QList<QPointer<ChartWindow>> m_windows;
    ChartsPanel *m_panel;
    QDockWidget *m_dock;
};

} // namespace ledgerlens
