#include "MainWindow.h"

#include "ClosePart.h"
#include "Language.h"
#include "RecentFiles.h"
#include "WindowLayout.h"
#include "review/UserMappingSettings.h"
#include "loading/LoadController.h"
#include "loading/LoadStatusLabel.h"
#include "loading/PasswordPrompt.h"
#include "loading/ReportLoader.h"
#include "reports/ReportListPanel.h"
#include "source/PageImageService.h"
#include "source/SourceViewer.h"
#include "statements/DisplayUnitMenu.h"
#include "statements/StatementsPanel.h"
#include "statements/TableActions.h"

#include "items/ComparisonModel.h"
#include "session/LaunchRequest.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "session/StartupFiles.h"
#include "store/DisplayNames.h"
#include "store/ReportStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUndoStack>

namespace ledgerlens {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_store(new ReportStore(this)), m_session(new Session(m_store, this)),
      m_layout(new WindowLayout(this)), m_language(new Language(this)), m_recent(new RecentFiles(this))
{
    setObjectName(QStringLiteral("workbench"));
    new UserMappingSettings(m_store, this);
    m_session->restoreFromSettings();
    auto *loader = new ReportLoader(this);
    m_loads = new LoadController(m_store, loader, this);
    m_password = new PasswordPrompt(m_store, m_loads, this);
    m_statements = new StatementsPanel(m_store, m_session, this);
    setCentralWidget(m_statements);

    m_reports = new ReportListPanel(m_store, m_loads, this);
    // Statements take the width; the report list sits under them, the source page beside.
    m_reportsDock = addDockPanel(QStringLiteral("reportsDock"), QString(), m_reports, Qt::BottomDockWidgetArea);
    m_source = new SourceViewer(m_store, this);
    m_sourceDock = addDockPanel(QStringLiteral("sourceDock"), QString(), m_source, Qt::RightDockWidgetArea);

    statusBar()->addPermanentWidget(new LoadStatusLabel(m_store, this));
    setAcceptDrops(true);

    createActions();
    createMenus();

    connect(m_statements, &StatementsPanel::currentCellChanged, this, &MainWindow::showCellSource);
    connect(m_statements, &StatementsPanel::currentCellChanged, this, &MainWindow::currentCellChanged);
    connect(m_source, &SourceViewer::sourceClicked, this, &MainWindow::onSourceClicked);
    connect(m_statements, &StatementsPanel::retryRequested, m_loads, [this](EntryId e) { m_loads->retry(e); });
    connect(m_reports, &ReportListPanel::entryActivated, m_source, &SourceViewer::showEntry);
    connect(m_reports, &ReportListPanel::passwordRequested, m_password, [this](EntryId e) { m_password->ask(e); });
    connect(m_loads, &LoadController::unlocked, m_source->images(), &PageImageService::setPassword);
    connect(m_loads, &LoadController::duplicateRejected, this, [this](const QString &path, EntryId existing) {
        const ReportEntry *e = m_store->entry(existing);
        statusBar()->showMessage(tr("%1 is already open (%2); not loaded twice.")
                                     .arg(DisplayNames::fileName(path), e ? DisplayNames::isolated(DisplayNames::report(*e)) : QString()), 8000);
        m_reports->setCurrentEntry(existing);
    });
    connect(m_loads, &LoadController::entryReady, this, [this](EntryId e) {
        // The first report ready: show something useful in the viewer straight away.
        if (!m_source->entry())
            m_source->showEntry(e);
    });
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &p) { openFiles({p}); });
    connect(m_recent, &RecentFiles::changed, this, [this] { m_recent->fill(m_recentMenu, m_clearRecent); });

    m_language->apply(Language::initialCode());
    retranslate();
}

MainWindow::~MainWindow() = default;

ReportLoader *MainWindow::loader() const { return m_loads->loader(); }

QDockWidget *MainWindow::addDockPanel(const QString &objectName, const QString &title, QWidget *panel,
                                      Qt::DockWidgetArea area)
{
    QDockWidget *dock = m_layout->addDock(objectName, panel, area);
    dock->setWindowTitle(title);
    if (m_panelsMenu)
        m_panelsMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::addClosePart(QObject *part)
{
    Q_ASSERT(qobject_cast<ClosePart *>(part));
    m_closeParts << part;
}

void MainWindow::restoreLayout()
{
    m_layout->restore(Settings::windowGeometry(), Settings::windowState());
}

QMenu *MainWindow::menu(Menu which) const
{
    switch (which) {
    case Menu::File: return m_fileMenu;
    case Menu::Edit: return m_editMenu;
    case Menu::View: return m_viewMenu;
    case Menu::Tools:
        m_toolsMenu->menuAction()->setVisible(true);
        return m_toolsMenu;
    case Menu::Help: return m_helpMenu;
    }
    return nullptr;
}

void MainWindow::createActions()
{
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openDialog);
    m_close = new QAction(this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeCurrentReport);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_tableActions = new TableActions(m_statements, this);
    m_clearRecent = new QAction(this);
    connect(m_clearRecent, &QAction::triggered, m_recent, &RecentFiles::clear);

    m_undo = m_store->undoStack()->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_store->undoStack()->createRedoAction(this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_statements, &StatementsPanel::focusFind);

    m_nextTable = new QAction(this);
    m_nextTable->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(m_nextTable, &QAction::triggered, m_statements, &StatementsPanel::nextTable);
    m_previousTable = new QAction(this);
    m_previousTable->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                   QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(m_previousTable, &QAction::triggered, m_statements, &StatementsPanel::previousTable);

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : Language::codes()) {
        QAction *a = m_languageGroup->addAction(Language::nativeName(code));
        a->setData(code);
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Ledgerlens"),
                           tr("<b>Ledgerlens</b> %1<br>Compare HKEX financial reports side by side, "
                              "every figure linked to where it is printed.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_close);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_tableActions->exportAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_recent->fill(m_recentMenu, m_clearRecent);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_tableActions->copyAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_nextTable);
    m_viewMenu->addAction(m_previousTable);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new DisplayUnitMenu(m_session, this));
    m_viewMenu->addAction(m_statements->standardisedAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_source->previousPageAction());
    m_viewMenu->addAction(m_source->nextPageAction());
    m_viewMenu->addAction(m_source->zoomInAction());
    m_viewMenu->addAction(m_source->zoomOutAction());
    m_viewMenu->addAction(m_source->fitAction());
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());
    m_panelsMenu->addAction(m_reportsDock->toggleViewAction());
    m_panelsMenu->addAction(m_sourceDock->toggleViewAction());
    m_viewMenu->addAction(m_layout->resetAction());

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->menuAction()->setVisible(false);  // shown once a panel asks for it (menu(Menu::Tools))
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Ledgerlens \u2014 report comparison"));
    m_fileMenu->setTitle(tr("&File"));
    m_open->setText(tr("&Open Reports\u2026"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecent->setText(tr("&Clear Recent Files"));
    m_close->setText(tr("&Close Report"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_find->setText(tr("&Find Line Item\u2026"));
    m_tableActions->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_nextTable->setText(tr("&Next Table"));
    m_previousTable->setText(tr("&Previous Table"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_layout->resetAction()->setText(tr("Reset &Layout"));
    m_layout->resetAction()->setStatusTip(tr("Put every panel back where it starts"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Ledgerlens"));
    m_reportsDock->setWindowTitle(tr("Reports"));
    m_sourceDock->setWindowTitle(tr("Source page"));
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == m_language->current());
    m_statements->setUiLanguage(m_language->current());
    m_recent->fill(m_recentMenu, m_clearRecent);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit languageChanged();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_layout->windowShown();
}

void MainWindow::setLanguage(const QString &code)
{
    if (!m_language->apply(code))
        statusBar()->showMessage(tr("The %1 translation is missing from this build.").arg(Language::nativeName(code)), 8000);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == m_language->current());
    m_statements->setUiLanguage(m_language->current());
}

void MainWindow::openDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Reports"), Settings::lastOpenDir(),
                                                            tr("PDF reports (*.pdf *.PDF);;All files (*)"));
    if (files.isEmpty())
        return;
    Settings::setLastOpenDir(QFileInfo(files.first()).absolutePath());
    openFiles(files);
}

void MainWindow::openFiles(const QStringList &paths)
{
    for (const QString &p : paths)
        if (QFileInfo(p).isFile())
            m_recent->add(p);
    const QVector<EntryId> added = m_loads->open(paths);
    if (!added.isEmpty())
        m_reports->setCurrentEntry(added.first());
}

void MainWindow::openStartupFiles(const QString &samplesDir)
{
    bool firstStart = false;
    const QStringList files = StartupFiles::forStart(samplesDir, &firstStart);
    if (firstStart && files.isEmpty())
        statusBar()->showMessage(tr("No sample reports found; open report PDFs with File > Open."), 10000);
    m_loads->open(files);
}

void MainWindow::closeCurrentReport()
{
    EntryId e = m_reports->currentEntry();
    if (!e)
        e = m_source->entry();
    if (e)
        m_loads->remove(e);
}

void MainWindow::showCellSource(const QModelIndex &index)
{
    const CellSource source = index.data(ItemRoles::SourceRole).value<CellSource>();
    if (source.isValid())
        m_source->showSource(source.entry, source.ref.page, source.ref.box);
    else if (const EntryId e = index.data(ItemRoles::EntryIdRole).toInt())
        m_reports->setCurrentEntry(e);
}

void MainWindow::onSourceClicked(EntryId entry, int page, QPointF point)
{
    if (!m_statements->selectSource(entry, page, point))
        statusBar()->showMessage(tr("No extracted figure there."), 3000);
}

namespace {
// Reports and workspaces among dropped files; anything else is not for us.
QStringList droppedFiles(const QMimeData *data)
{
    QStringList files;
    for (const QUrl &url : data->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() && (suffix == QLatin1String("pdf") || suffix == QLatin1String("ledgerlens")))
            files << url.toLocalFile();
    }
    return files;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const LaunchRequest request = LaunchRequest::fromArguments(droppedFiles(event->mimeData()));
    if (request.isEmpty())
        return;
    event->acceptProposedAction();
    if (!request.workspace.isEmpty())
        emit workspaceRequested(request.workspace);
    openFiles(request.reports);
}

void MainWindow::saveSettings() const
{
    m_layout->save();
    m_session->saveToSettings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<ClosePart *> parts;
    for (QObject *o : std::as_const(m_closeParts))
        if (auto *part = qobject_cast<ClosePart *>(o))
            parts << part;
    for (ClosePart *part : parts)
        if (!part->queryClose()) {
            event->ignore();  // the window stays open, nothing lost
            return;
        }
    for (ClosePart *part : parts)
        part->closeAccepted();
    saveSettings();
    event->accept();
}

} // namespace ledgerlens
