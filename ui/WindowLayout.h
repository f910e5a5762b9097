#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace ledgerlens {

// The window's docks and where they go: each dock's default place, the saved
// layout restored once after every dock exists, and back to the defaults when
// a saved layout would hide a dock or the menus, or when the analyst asks
// (View > Reset Layout).
//
//   WindowLayout layout(window);
//   layout.addDock("sourceDock", viewer, Qt::RightDockWidgetArea);
//   ...every panel adds its dock...
//   layout.restore(Settings::windowGeometry(), Settings::windowState());
class WindowLayout : public QObject
{
    Q_OBJECT
public:
    explicit WindowLayout(QMainWindow *window);

    // A dock in its default place (objectName must be stable: the saved state
    // finds docks by it). A second bottom dock goes beside the first, not under it.
    QDockWidget *addDock(const QString &objectName, QWidget *panel, Qt::DockWidgetArea area);
    QList<QDockWidget *> docks() const { return m_docks; }
    QAction *resetAction() const { return m_reset; }

    // Once, after every dock exists: the saved geometry and docks, else the
    // defaults (first start, or a saved layout with a problem()). Once the
    // window is shown the docked panels are checked too (windowShown()).
    // Returns false when the defaults were used.
    bool restore(const QByteArray &geometry, const QByteArray &state);
    bool isRestored() const { return m_restored; }
    // The shown window's docks are laid out now: a bad saved layout goes.
    void windowShown();
    void save() const;                  // into Settings
    void resetToDefaults();             // docks where they start, window on screen
    // What is wrong with the layout as it is ("" = nothing): a window or
    // floating dock off every screen, a dock over the menu bar, a shown dock
    // with no room.
    QString problem() const;

signals:
    // A saved layout was thrown away for the defaults; the reason is problem()'s.
    void savedLayoutDiscarded(const QString &why);

private:
    void placeDefault(QDockWidget *dock, Qt::DockWidgetArea area);
    void defaultGeometry();
    void discard(const QString &why);
    QString floatingProblem(const QWidget *widget) const;

    QMainWindow *m_window;
    QList<QDockWidget *> m_docks;
    QList<Qt::DockWidgetArea> m_areas;  // default area of each dock
    QAction *m_reset;
    bool m_restored = false;
    bool m_checkDocked = false;  // the saved docks are checked once laid out
};

} // namespace ledgerlens
