#include "ChartsController.h"

#include "ChartsPanel.h"
#include "MainWindow.h"
#include "source/SourceViewer.h"
#include "statements/StatementsPanel.h"

#include <QDockWidget>
#include <QEvent>

namespace ledgerlens {

ChartsController::ChartsController(MainWindow *window)
    : QObject(window), m_window(window), m_panel(new ChartsPanel(window->store()))
{
    m_dock = window->addDockPanel(QStringLiteral("charts"), tr("Charts"), m_panel, Qt::RightDockWidgetArea);
    window->installEventFilter(this);
    connect(m_panel, &ChartsPanel::sourceActivated, this, [this](EntryId entry, const SourceRef &source) {
        // Selecting the cell drives the source viewer as a table click does;
        // when the figure has no cell on screen (another tab filtered), show the page anyway.
        if (!m_window->statements()->selectSource(entry, source.page, source.box.center()))
            m_window->sourceViewer()->showSource(entry, source.page, source.box);
    });
}

bool ChartsController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        m_dock->setWindowTitle(tr("Charts"));
    return QObject::eventFilter(watched, event);
}

} // namespace ledgerlens
