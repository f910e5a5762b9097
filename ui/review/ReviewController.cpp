#include "ReviewController.h"

#include "AuditExport.h"
#include "FigureEditing.h"
#include "ReviewPanel.h"
#include "ReviewStatusActions.h"
#include "TablePicking.h"
#include "WorkspaceController.h"

#include "MainWindow.h"
#include "statements/StatementsPanel.h"
#include "statements/TableActions.h"

#include "session/LaunchRequest.h"
#include "session/Settings.h"

#include "items/ComparisonModel.h"
#include "store/Autosaver.h"
#include "store/DisplayNames.h"
#include "store/ReportStore.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace ledgerlens {

ReviewController::ReviewController(MainWindow *window, const QString &recoveryPath)
    : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("reviewController"));
    m_panel = new ReviewPanel(window->store(), window);
    m_dock = window->addDockPanel(QStringLiteral("reviewDock"), QString(), m_panel, Qt::BottomDockWidgetArea);
    m_editing = new FigureEditing(window, this);
    m_status = new ReviewStatusActions(window, this);
    m_picking = new TablePicking(window, m_status, this);
    m_workspace = new WorkspaceController(window->store(), window->session(), window->loads(), window,
                                          recoveryPath.isEmpty() ? Autosaver::defaultRecoveryPath() : recoveryPath,
                                          this);
    auto showTitle = [window](const QString &title, bool modified) {
        window->setWindowTitle(title);
        window->setWindowModified(modified);
    };
    connect(m_workspace, &WorkspaceController::titleChanged, window, showTitle);
    showTitle(m_workspace->title(), m_workspace->hasReviewWork());
    connect(m_workspace, &WorkspaceController::statusMessage, window->statusBar(), &QStatusBar::showMessage);
    window->addClosePart(m_workspace);
    // Dropped on the window: asked about unsaved work first, as File > Open Workspace does.
    connect(window, &MainWindow::workspaceRequested, this, [this](const QString &path) {
        if (m_workspace->maybeSave())
            m_workspace->openPath(path);
    }, Qt::QueuedConnection);
    m_export = new QAction(this);
    connect(m_export, &QAction::triggered, this, [this] { exportAudit(); });
    m_nextFailure = new QAction(this);
    m_nextFailure->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_nextFailure, &QAction::triggered, this, [this] {
        if (!m_panel->nextFailure())
            m_window->statusBar()->showMessage(tr("No arithmetic check fails."), 4000);
    });
    m_history = new QAction(this);
    connect(m_history, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_panel->showHistory();
    });
    connect(m_panel, &ReviewPanel::checkActivated, this, &ReviewController::showCheck);
    connect(m_panel, &ReviewPanel::cellActivated, this, [this](const CellAddress &cell) {
        m_window->statements()->selectCell(cell);
    });
    connect(m_panel, &ReviewPanel::rowActivated, this, [this](EntryId entry, TableKind table, int row) {
        const Table *t = m_window->store()->table(entry, table);
        for (int c = 0; t && row < t->items.size() && c < t->items[row].cells.size(); ++c)
            if (m_window->statements()->selectCell({entry, table, row, c}))
                return;
    });
    installMenus();
    connect(window, &MainWindow::languageChanged, this, &ReviewController::retranslate);
    retranslate();
}

ReviewController::~ReviewController() = default;

void ReviewController::installMenus()
{
    // File: workspace actions before the last group (Quit).
    QMenu *file = m_window->menu(MainWindow::Menu::File);
    QAction *beforeQuit = nullptr;
    for (QAction *a : file->actions())
        if (a->isSeparator())
            beforeQuit = a;
    file->insertSeparator(beforeQuit);
    file->insertAction(beforeQuit, m_workspace->openAction());
    file->insertMenu(beforeQuit, m_workspace->recentMenu());
    file->insertAction(beforeQuit, m_workspace->saveAction());
    file->insertAction(beforeQuit, m_workspace->saveAsAction());
    // The exports together: the audit sheet under Export Table.
    const QList<QAction *> actions = file->actions();
    const int table = actions.indexOf(m_window->tableActions()->exportAction());
    if (table < 0)
        file->insertSeparator(beforeQuit);
    file->insertAction(table >= 0 ? actions.value(table + 1) : beforeQuit, m_export);

    QMenu *edit = m_window->menu(MainWindow::Menu::Edit);
    QAction *firstAfterUndo = edit->actions().value(2);  // after Undo, Redo
    edit->insertSeparator(firstAfterUndo);
    edit->insertActions(firstAfterUndo, {m_editing->correctAction(), m_editing->noteAction(),
                                         m_editing->fixLineAction(), m_editing->revertAction()});

    // Review menu after View.
    m_menu = new QMenu(m_window);
    QMenu *view = m_window->menu(MainWindow::Menu::View);
    const QList<QAction *> bar = m_window->menuBar()->actions();
    const int at = bar.indexOf(view->menuAction());
    m_window->menuBar()->insertMenu(bar.value(at + 1), m_menu);
    m_menu->addAction(m_status->reviewedAction());
    m_menu->addAction(m_status->flaggedAction());
    m_menu->addAction(m_status->unreviewedAction());
    m_menu->addSeparator();
    m_menu->addAction(m_picking->useAsTableAction());
    m_menu->addAction(m_picking->notThisTableAction());
    m_menu->addAction(m_picking->pickByHandAction());
    m_menu->addSeparator();
    m_menu->addAction(m_nextFailure);
    m_menu->addAction(m_history);
    m_menu->addAction(m_workspace->mismatchesAction());
    m_menu->addSeparator();
    m_menu->addAction(m_dock->toggleViewAction());

    // The same status actions on each statement table's context menu.
    for (TableKind kind : allTableKinds()) {
        if (QTableView *v = m_window->statements()->view(kind)) {
            auto *sep = new QAction(v);
            sep->setSeparator(true);
            v->addActions({sep, m_status->reviewedAction(), m_status->flaggedAction(), m_status->unreviewedAction()});
        }
    }
}

void ReviewController::retranslate()
{
    m_dock->setWindowTitle(tr("Review"));
    m_menu->setTitle(tr("Re&view"));
    m_export->setText(tr("&Export Audit Sheet\u2026"));
    m_nextFailure->setText(tr("Next &Failing Check"));
    m_history->setText(tr("Undo &History"));
    // The cell's context menu holds these: they follow the language too.
    m_editing->retranslate();
    m_status->retranslate();
    m_picking->retranslate();
    m_workspace->retranslate();  // after the window's own title
}

bool ReviewController::offerRecovery() { return m_workspace->offerRecovery(); }

void ReviewController::launch(const LaunchRequest &request, const QString &samplesDir)
{
    const bool recovered = offerRecovery();
    // Recovered work is asked about (Save / Discard / Cancel), never dropped for the workspace.
    if (!request.workspace.isEmpty() && m_workspace->maybeSave())
        m_workspace->openPath(request.workspace);
    if (!request.extraWorkspaces.isEmpty())
        m_window->statusBar()->showMessage(tr("One workspace at a time: %1 not opened.")
                                               .arg(DisplayNames::fileName(request.extraWorkspaces.first())), 10000);
    if (!request.reports.isEmpty())
        m_window->openFiles(request.reports);  // added to the workspace, if one opened
    else if (!recovered && request.workspace.isEmpty())
        m_window->openStartupFiles(samplesDir);
}

bool ReviewController::showCheck(const CheckTarget &target)
{
    if (!target.entry || target.rows.isEmpty())
        return false;
    StatementsPanel *statements = m_window->statements();
    // The total current: the window shows its source page from there.
    if (!statements->selectCell({target.entry, target.table, target.rows.last(), target.column}))
        return false;
    QTableView *view = statements->view(target.table);
    ComparisonModel *model = statements->model(target.table);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
    QItemSelection selection;
    for (int row : target.rows) {
        QModelIndex index = model->indexForCell({target.entry, target.table, row, target.column});
        if (proxy)
            index = proxy->mapFromSource(index);
        if (index.isValid())
            selection.select(index, index);
    }
    // Programmatic: the parts join the total in the selection though the view is single-selection.
    view->selectionModel()->select(selection, QItemSelectionModel::Select);
    return true;
}

bool ReviewController::exportAudit()
{
    const QString dir = Settings::auditExportDir();
    QString selected;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Audit Sheet"),
                                                QDir(dir).filePath(tr("review-audit.xlsx")),
                                                tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    Settings::setAuditExportDir(QFileInfo(path).absolutePath());
    return exportAuditTo(path);
}

bool ReviewController::exportAuditTo(const QString &path)
{
    QString error;
    if (!AuditExport::write(*m_window->store(), path, &error)) {
        QMessageBox::critical(m_window, tr("Audit Sheet Not Exported"),
                              error.isEmpty() ? tr("%1 could not be written.").arg(path) : error);
        return false;
    }
    const int n = m_window->store()->corrections().size() + m_window->store()->mismatchedCorrections().size();
    m_window->statusBar()->showMessage(tr("Exported %n correction(s) to %1", nullptr, n)
                                           .arg(DisplayNames::fileName(path)), 6000);
    return true;
}

} // namespace ledgerlens
