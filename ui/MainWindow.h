#pragma once

#include "domain/TableKind.h"
#include "store/StoreTypes.h"

#include <QMainWindow>
#include <QTimer>
#include <QModelIndex>

class QActionGroup;
class QDockWidget;
class QInputDialog;
class QLabel;

namespace ledgerlens {

class Language;
class LoadController;
class RecentFiles;
class ReportListPanel;
class ReportLoader;
class ReportStore;
class SourceViewer;
class StatementsPanel;
class TableActions;

// The workbench: statements side by side in the centre, the report list and
// the source page in docks. Other panels (charts, review) plug in through
// addDockPanel() and the menus returned by menu(); they follow the selection
// through currentCellChanged()/currentTableChanged() and read the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Tools, Help };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportStore *store() const { return m_store; }
    ReportLoader *loader() const;
    LoadController *loads() const { return m_loads; }
    StatementsPanel *statements() const { return m_statements; }
    SourceViewer *sourceViewer() const { return m_source; }
    ReportListPanel *reportList() const { return m_reports; }
    TableActions *tableActions() const { return m_tableActions; }

    // A panel as a dock, with a toggle in View > Panels and its geometry saved
    // with the window state (objectName must be stable). Returns the dock.
    QDockWidget *addDockPanel(const QString &objectName, const QString &title, QWidget *panel,
                              Qt::DockWidgetArea area = Qt::BottomDockWidgetArea);
    // The window's menus, for panels to add their actions (Tools is hidden until asked for).
    QMenu *menu(Menu which) const;

    // Loads PDFs (command line, Open, drop, recent). Duplicates are said in the status bar.
    void openFiles(const QStringList &paths);
    // First start (no saved session): the bundled samples; else the last session's files.
    void openStartupFiles(const QString &samplesDir = QString());
    // PDFs in samplesDir, else <appdir>/../../samples (build tree), else the installed share dir.
    static QStringList sampleReports(const QString &samplesDir = QString());

    // Saves geometry, docks, unit, the open files; restoreSettings() reads them back.
    void saveSettings() const;
    void restoreSettings();

signals:
    void currentTableChanged(ledgerlens::TableKind kind);
    void currentCellChanged(const QModelIndex &index);  // a ComparisonModel index

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
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
    void askPassword(EntryId entry, bool wrong);
    void updateStatus();
    void setLanguage(const QString &code);

    ReportStore *m_store;
    LoadController *m_loads;
    Language *m_language;
    RecentFiles *m_recent;
    StatementsPanel *m_statements;
    TableActions *m_tableActions = nullptr;
    SourceViewer *m_source;
    ReportListPanel *m_reports;
    QDockWidget *m_reportsDock = nullptr;
    QDockWidget *m_sourceDock;
    QLabel *m_statusLoads;
    QTimer m_statusTimer;
    QMenu *m_panelsMenu = nullptr;  // addDockPanel() runs before the menus exist
    QMenu *m_fileMenu, *m_recentMenu, *m_editMenu, *m_viewMenu, *m_unitMenu, *m_toolsMenu, *m_languageMenu,
        *m_helpMenu;
    QActionGroup *m_unitGroup, *m_languageGroup;
    QAction *m_open, *m_close, *m_quit, *m_undo, *m_redo, *m_find, *m_nextTable, *m_previousTable,
        *m_clearRecent, *m_about;
};

} // namespace ledgerlens
