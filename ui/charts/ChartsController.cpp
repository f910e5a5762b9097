#include "ChartsController.h"

#include "ChartViewBase.h"
#include "ChartWindow.h"
#include "ChartsPanel.h"
#include "MainWindow.h"
#include "source/SourceViewer.h"
#include "statements/StatementsPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>

namespace ledgerlens {

ChartsController::ChartsController(MainWindow *window)
    : QObject(window), m_window(window), m_panel(new ChartsPanel(window->store())),
      m_openInWindow(new QAction(this))
{
    m_dock = window->addDockPanel(QStringLiteral("charts"), tr("Charts"), m_panel, Qt::RightDockWidgetArea);
    window->installEventFilter(this);
    window->addClosePart(this);
    connect(m_panel, &ChartsPanel::sourceActivated, this, &ChartsController::showSource);

    m_openInWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_openInWindow, &QAction::triggered, this, &ChartsController::openCurrentInWindow);
    window->menu(MainWindow::Menu::View)->addAction(m_openInWindow);
    m_panel->addChartAction(m_openInWindow);
    retranslate();
}

void ChartsController::showSource(EntryId entry, const SourceRef &source)
{
    // Selecting the cell drives the source viewer as a table click does;
    // when the figure has no cell on screen (another tab filtered), show the page anyway.
    if (!m_window->statements()->selectSource(entry, source.page, source.box.center()))
        m_window->sourceViewer()->showSource(entry, source.page, source.box);
}

ChartWindow *ChartsController::openCurrentInWindow()
{
    ChartViewBase *current = m_panel->currentView();
    if (!current)
        return nullptr;
    // Parented to the workbench: destroyed with it, above it, not an app window of its own.
    auto *w = new ChartWindow(current->cloneForExport(), m_window);
    connect(w->view(), &ChartViewBase::sourceActivated, this, &ChartsController::showSource);
    m_windows << w;
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

QList<ChartWindow *> ChartsController::chartWindows() const
{
    QList<ChartWindow *> out;
    for (const QPointer<ChartWindow> &w : m_windows)
        if (w)
            out << w;
    return out;
}

void ChartsController::closeAccepted()
{
    for (ChartWindow *w : chartWindows())
        w->close();   // deletes itself (WA_DeleteOnClose)
}

void ChartsController::retranslate()
{
    m_dock->setWindowTitle(tr("Charts"));
    m_openInWindow->setText(tr("Open Chart in &Window"));
    m_openInWindow->setStatusTip(tr("Show the current chart in a window of its own, to enlarge or move to another screen"));
}

bool ChartsController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace ledgerlens
