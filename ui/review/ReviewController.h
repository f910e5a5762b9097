#pragma once

#include "store/StoreTypes.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMenu;

namespace ledgerlens {

class FigureEditing;
class MainWindow;
class ReviewPanel;
class ReviewStatusActions;
class WorkspaceController;
struct CheckTarget;

// Installs the review experience into the workbench window through its public
// API: the Review dock (checks, corrections, history), in-place corrections
// and their dialogs, review status per table, the workspace file with
// autosave and recovery, and the audit export.
//
//   MainWindow window;
//   ReviewController review(&window);        // menus, docks, actions
//   window.show();
//   if (!review.offerRecovery()) window.openStartupFiles();
class ReviewController : public QObject
{
    Q_OBJECT
public:
    // recoveryPath "" = Autosaver::defaultRecoveryPath().
    explicit ReviewController(MainWindow *window, const QString &recoveryPath = QString());
    ~ReviewController() override;

    MainWindow *window() const { return m_window; }
    ReviewPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    FigureEditing *editing() const { return m_editing; }
    ReviewStatusActions *statusActions() const { return m_status; }
    WorkspaceController *workspace() const { return m_workspace; }
    QMenu *reviewMenu() const { return m_menu; }
    QAction *exportAction() const { return m_export; }
    QAction *nextFailureAction() const { return m_nextFailure; }
    QAction *historyAction() const { return m_history; }

    // At start: offers a crash's unsaved work; true when it was recovered.
    bool offerRecovery();
    // Selects the check's cells in its statement (the total current) and shows its source page.
    bool showCheck(const CheckTarget &target);
    // Export with a file dialog; exportAuditTo() without one (".xlsx" or CSV).
    bool exportAudit();
    bool exportAuditTo(const QString &path);

private:
    void installMenus();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow *m_window;
    ReviewPanel *m_panel;
    QDockWidget *m_dock;
    FigureEditing *m_editing;
    ReviewStatusActions *m_status;
    WorkspaceController *m_workspace;
    QMenu *m_menu;
    QAction *m_export, *m_nextFailure, *m_history;
};

} // namespace ledgerlens
