#pragma once

#include <QWidget>

class QAction;

namespace ledgerlens {

class ChartViewBase;

// One chart in a top-level window of its own, for a big screen or a second
// monitor: a separate view over the same chart model as the dock's (views
// only observe models), so it follows the store live and redraws itself on a
// language change. Maximise toggles between maximised and the size it had.
// Owned by the workbench window (a child with Qt::Window): it goes with it.
class ChartWindow : public QWidget
{
    Q_OBJECT
public:
    // Takes `view` (a fresh one: ChartViewBase::cloneForExport()).
    ChartWindow(ChartViewBase *view, QWidget *parent);

    ChartViewBase *view() const { return m_view; }
    QAction *maximiseAction() const { return m_maximise; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTitle();

    ChartViewBase *m_view;
    QAction *m_maximise;
    QAction *m_copy;
    QAction *m_close;
};

} // namespace ledgerlens
