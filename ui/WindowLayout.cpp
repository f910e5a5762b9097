#include "WindowLayout.h"

#include "session/Settings.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QTimer>

namespace ledgerlens {

namespace {
constexpr int kDefaultSourceWidth = 560;
constexpr int kDefaultBottomHeight = 200;
// Room to grab a window by: its top strip must be on some screen.
constexpr int kGrabHeight = 24;
constexpr int kGrabWidth = 100;
constexpr int kMinDockSide = 16;  // a shown dock smaller than this has vanished

bool grabbable(const QRect &frame)
{
    const QRect top(frame.topLeft(), QSize(frame.width(), kGrabHeight));
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QRect on = top.intersected(screen->availableGeometry());
        if (on.width() >= qMin(kGrabWidth, frame.width()) && on.height() > 0)
            return true;
    }
    return false;
}
} // namespace

WindowLayout::WindowLayout(QMainWindow *window) : QObject(window), m_window(window), m_reset(new QAction(this))
{
    m_reset->setObjectName(QStringLiteral("resetLayout"));
    connect(m_reset, &QAction::triggered, this, &WindowLayout::resetToDefaults);
    // The source page takes the right edge down to the bottom.
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

QDockWidget *WindowLayout::addDock(const QString &objectName, QWidget *panel, Qt::DockWidgetArea area)
{
    if (m_restored)
        qWarning("WindowLayout: dock %s added after the layout was restored: it keeps its default place",
                 qPrintable(objectName));
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    m_docks << dock;
    m_areas << area;
    placeDefault(dock, area);
    return dock;
}

void WindowLayout::placeDefault(QDockWidget *dock, Qt::DockWidgetArea area)
{
    dock->setFloating(false);
    // A second bottom panel (checks, charts) goes beside the first, not under it.
    QDockWidget *first = nullptr;
    for (int i = 0; i < m_docks.size() && m_docks[i] != dock; ++i)
        if (m_areas[i] == area && !first)
            first = m_docks[i];
    if (area == Qt::BottomDockWidgetArea && first && m_window->dockWidgetArea(first) == area && !first->isFloating())
        m_window->splitDockWidget(first, dock, Qt::Horizontal);
    else
        m_window->addDockWidget(area, dock);  // moves it when it was elsewhere
}

void WindowLayout::defaultGeometry()
{
    // The analyst's main window: most of the screen.
    m_window->setWindowState(m_window->windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect avail = screen->availableGeometry();
        m_window->resize(avail.size() * 0.92);
        m_window->move(avail.center() - m_window->rect().center());
    }
}

void WindowLayout::resetToDefaults()
{
    if (!grabbable(m_window->frameGeometry()))
        defaultGeometry();
    for (int i = 0; i < m_docks.size(); ++i)
        placeDefault(m_docks[i], m_areas[i]);
    for (QDockWidget *dock : m_docks)
        dock->show();
    QList<QDockWidget *> right, bottom;
    for (int i = 0; i < m_docks.size(); ++i)
        (m_areas[i] == Qt::RightDockWidgetArea ? right : bottom) << m_docks[i];
    if (!right.isEmpty())
        m_window->resizeDocks({right.first()}, {kDefaultSourceWidth}, Qt::Horizontal);
    if (!bottom.isEmpty())
        m_window->resizeDocks({bottom.first()}, {kDefaultBottomHeight}, Qt::Vertical);
}

bool WindowLayout::restore(const QByteArray &geometry, const QByteArray &state)
{
    if (m_restored)
        return true;
    m_restored = true;
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry)) {
        if (!m_window->testAttribute(Qt::WA_Resized))  // a size asked for in code stays
            defaultGeometry();
        resetToDefaults();
        return false;
    }
    if (!m_window->restoreState(state)) {
        resetToDefaults();
        return false;
    }
    // Docked panels get their rectangles when the window is laid out.
    m_checkDocked = true;
    if (const QString why = problem(); !why.isEmpty()) {
        discard(why);
        return false;
    }
    if (m_window->isVisible())
        windowShown();
    return true;
}

void WindowLayout::windowShown()
{
    if (!m_checkDocked)
        return;
    // After the show's layout pass, not before: the docks have their places then.
    QTimer::singleShot(0, this, [this] {
        if (!m_checkDocked)
            return;
        m_checkDocked = false;
        if (const QString why = problem(); !why.isEmpty())
            discard(why);
    });
}

void WindowLayout::discard(const QString &why)
{
    m_checkDocked = false;
    defaultGeometry();
    resetToDefaults();
    emit savedLayoutDiscarded(why);
}

QString WindowLayout::floatingProblem(const QWidget *widget) const
{
    const QRect frame = widget->frameGeometry();
    if (!grabbable(frame))
        return QStringLiteral("%1 is off screen").arg(widget->objectName());
    if (widget == m_window)
        return QString();
    // The menu bar as the window will show it (before show, from its size hint).
    const QRect client = m_window->geometry();
    const int menuHeight = m_window->menuBar()->isVisible() ? m_window->menuBar()->height()
                                                             : m_window->menuBar()->sizeHint().height();
    const QRect menus(client.topLeft(), QSize(client.width(), menuHeight));
    if (frame.intersects(menus))
        return QStringLiteral("%1 covers the menu bar").arg(widget->objectName());
    return QString();
}

QString WindowLayout::problem() const
{
    const bool maximised = m_window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen);
    if (!maximised)
        if (QString why = floatingProblem(m_window); !why.isEmpty())
            return why;
    const QRect menus = m_window->menuBar()->geometry();
    for (QDockWidget *dock : m_docks) {
        if (!dock->isVisibleTo(m_window))
            continue;  // closed by the analyst: nothing to see, nothing in the way
        if (dock->isFloating()) {
            if (QString why = floatingProblem(dock); !why.isEmpty())
                return why;
            continue;
        }
        if (!m_window->isVisible())
            continue;  // not laid out yet: windowShown() looks again
        const QRect r = dock->geometry();
        if (r.intersects(menus))
            return QStringLiteral("%1 covers the menu bar").arg(dock->objectName());
        if (r.width() < kMinDockSide || r.height() < kMinDockSide)
            return QStringLiteral("%1 has no room").arg(dock->objectName());
    }
    return QString();
}

void WindowLayout::save() const
{
    Settings::setWindowLayout(m_window->saveGeometry(), m_window->saveState());
}

} // namespace ledgerlens
