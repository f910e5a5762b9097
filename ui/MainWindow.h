#pragma once

#include "domain/TableKind.h"
#include "store/StoreTypes.h"

#include <QMainWindow>
#include <QTimer>
#include <QModelIndex>
#include <QPointer>

class QActionGroup;
class QDockWidget;

namespace ledgerlens {

class Language;
class LoadController;
class PasswordPrompt;
class RecentFiles;
class ReportListPanel;
class ReportLoader;
class ReportStore;
class Session;
class SourceViewer;
class StatementsPanel;
class TableActions;
class WindowLayout;

// The workbench: statements side by side in the centre, the report list and
// the source page in docks. Other panels (charts, review) plug in through
// addDockPanel() and the menus returned by menu(); they follow the selection
// through currentCellChanged(), the view through session(), and read the
// store. Parts holding work register with addClosePart(); the window asks
// them before it closes. Once every panel is in, restoreLayout() puts the
// docks where the analyst left them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Tools, Help };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportStore *store() const { return m_store; }
    Session *session() const { return m_session; }
    WindowLayout *windowLayout() const { return m_layout; }
    ReportLoader *loader() const;
    LoadController *loads() const { return m_loads; }
    StatementsPanel *statements() const { return m_statements; }
    SourceViewer *sourceViewer() const { return m_source; }
    ReportListPanel *reportList() const { return m_reports; }
    TableActions *tableActions() const { return m_tableActions; }

    // A panel as a dock in its default place, with a toggle in View > Panels and
    // its place saved with the window's layout (objectName must be stable).
    QDockWidget *addDockPanel(const QString &objectName, const QString &title, QWidget *panel,
                              Qt::DockWidgetArea area = Qt::BottomDockWidgetArea);
    // The window's menus, for panels to add their actions (Tools is hidden until asked for).
    QMenu *menu(Menu which) const;
    // `part` (a QObject implementing ClosePart) is asked before the window closes.
    void addClosePart(QObject *part);
    // Once, after every dock exists (before show): the saved layout or the defaults.
    void restoreLayout();

    // Loads PDFs (command line, Open, drop, recent). Duplicates are said in the status bar.
    void openFiles(const QStringList &paths);
    // First start (no saved session): the bundled samples; else the last session's files.
    void openStartupFiles(const QString &samplesDir = QString());

    // Saves the layout and the session (unit, table, open files) in Settings.
    void saveSettings() const;

signals:
    void currentCellChanged(const QModelIndex &index);  // a ComparisonModel index
    // A workspace file was dropped on the window (whoever holds workspaces opens it).
    void workspaceRequested(const QString &path);
    // After the window retranslated itself: parts retranslate theirs (title on top).
    void languageChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void openDialog();
    void closeCurrentReport();
    void showCellSource(const QModelIndex &index);
    void onSourceClicked(EntryId entry, int page, QPointF point);
    void setLanguage(const QString &code);

    ReportStore *m_store;
    Session *m_session;
    WindowLayout *m_layout;
    LoadController *m_loads;
    PasswordPrompt *m_password;
    QList<QPointer<QObject>> m_closeParts;
    Language *m_language;
    RecentFiles *m_recent;
    StatementsPanel *m_statements;
    TableActions *m_tableActions = nullptr;
    SourceViewer *m_source;
    ReportListPanel *m_reports;
    QDockWidget *m_reportsDock;
    QDockWidget *m_sourceDock;
    QMenu *m_panelsMenu = nullptr;  // addDockPanel() runs before the menus exist
    QMenu *m_fileMenu, *m_recentMenu, *m_editMenu, *m_viewMenu, *m_toolsMenu, *m_languageMenu,
        *m_helpMenu;
    QActionGroup *m_languageGroup;
    QAction *m_open, *m_close, *m_quit, *m_undo, *m_redo, *m_find, *m_nextTable, *m_previousTable,
        *m_clearRecent, *m_about;
};

} // namespace ledgerlens
