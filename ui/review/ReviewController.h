#pragma once

#include "store/StoreTypes.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMenu;

namespace ledgerlens {

class FigureEditing;
class MainWindow;
struct LaunchRequest;
class ReviewPanel;
class ReviewStatusActions;
class TablePicking;
class WorkspaceController;
struct CheckTarget;

// Installs the review experience into the workbench window through its public
// API: the Review dock (checks, corrections, history), in-place corrections
// and their dialogs, review status per table, pointing at tables by hand, the workspace file with
// autosave and recovery, and the audit export.
//
//   MainWindow window;
//   ReviewController review(&window);        // menus, docks, actions
//   window.restoreLayout();                  // every dock is in
//   window.show();
//   review.launch(LaunchRequest::fromArguments(files));
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
    TablePicking *tablePicking() const { return m_picking; }
    WorkspaceController *workspace() const { return m_workspace; }
    QMenu *reviewMenu() const { return m_menu; }
    QAction *exportAction() const { return m_export; }
    QAction *nextFailureAction() const { return m_nextFailure; }
    QAction *historyAction() const { return m_history; }

    // At start: offers a crash's unsaved work; true when it was recovered.
    bool offerRecovery();
    // At start: offerRecovery(), then the workspace and the reports asked
    // for (reports join the workspace); nothing asked for and nothing
    // recovered: the last session's reports (the samples on a first start).
    void launch(const LaunchRequest &request, const QString &samplesDir = QString());
    // Selects the check's cells in its statement (the total current) and shows its source page.
    bool showCheck(const CheckTarget &target);
    // Export with a file dialog; exportAuditTo() without one (".xlsx" or CSV).
    bool exportAudit();
    bool exportAuditTo(const QString &path);

private:
    void installMenus();
    void retranslate();

    MainWindow *m_window;
    ReviewPanel *m_panel;
    QDockWidget *m_dock;
    FigureEditing *m_editing;
    ReviewStatusActions *m_status;
    TablePicking *m_picking;
    WorkspaceController *m_workspace;
    QMenu *m_menu;
    QAction *m_export, *m_nextFailure, *m_history;
};

} // namespace ledgerlens
