#pragma once

#include <QObject>

class QDockWidget;

namespace ledgerlens {

class ChartsPanel;
class MainWindow;

// Installs the charts into the workbench window: the Charts dock (revenue mix,
// margins, receivables ageing) on the same store as the tables, with a click
// on a figure opening its source page and selecting its cell, as in the table.
class ChartsController : public QObject
{
    Q_OBJECT
public:
    explicit ChartsController(MainWindow *window);

    ChartsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
    ChartsPanel *m_panel;
    QDockWidget *m_dock;
};

} // namespace ledgerlens
