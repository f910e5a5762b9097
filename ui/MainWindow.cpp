#include "MainWindow.h"

#include "Language.h"
#include "RecentFiles.h"
#include "review/UserMappingSettings.h"
#include "loading/LoadController.h"
#include "loading/ReportLoader.h"
#include "reports/ReportListPanel.h"
#include "source/PageImageService.h"
#include "source/SourceViewer.h"
#include "statements/FigureFormat.h"
#include "statements/StatementsPanel.h"
#include "statements/TableActions.h"

#include "items/ComparisonModel.h"
#include "store/DisplayNames.h"
#include "store/ReportStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace ledgerlens {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_store(new ReportStore(this)), m_language(new Language(this)),
      m_recent(new RecentFiles(this))
{
    setObjectName(QStringLiteral("workbench"));
    new UserMappingSettings(m_store, this);
    auto *loader = new ReportLoader(this);
    m_loads = new LoadController(m_store, loader, this);
    m_statements = new StatementsPanel(m_store, this);
    setCentralWidget(m_statements);

    m_reports = new ReportListPanel(m_store, m_loads, this);
    // Statements take the width; the report list sits under them, the source page beside.
    m_reportsDock = addDockPanel(QStringLiteral("reportsDock"), QString(), m_reports, Qt::BottomDockWidgetArea);
    m_source = new SourceViewer(m_store, this);
    m_sourceDock = addDockPanel(QStringLiteral("sourceDock"), QString(), m_source, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({m_sourceDock}, {560}, Qt::Horizontal);
    resizeDocks({m_reportsDock}, {200}, Qt::Vertical);

    m_statusLoads = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLoads);
    setAcceptDrops(true);

    createActions();
    createMenus();

    connect(m_statements, &StatementsPanel::currentCellChanged, this, &MainWindow::showCellSource);
    connect(m_statements, &StatementsPanel::currentCellChanged, this, &MainWindow::currentCellChanged);
    connect(m_statements, &StatementsPanel::currentTableChanged, this, &MainWindow::currentTableChanged);
    connect(m_statements, &StatementsPanel::displayUnitChanged, this, [this](qint64 unit) {
        for (QAction *a : m_unitGroup->actions())
            a->setChecked(a->data().toLongLong() == unit);
    });
    connect(m_source, &SourceViewer::sourceClicked, this, &MainWindow::onSourceClicked);
    connect(m_statements, &StatementsPanel::retryRequested, m_loads, [this](EntryId e) { m_loads->retry(e); });
    connect(m_reports, &ReportListPanel::entryActivated, m_source, &SourceViewer::showEntry);
    connect(m_reports, &ReportListPanel::passwordRequested, this, [this](EntryId e) { askPassword(e, false); });
    connect(m_loads, &LoadController::passwordNeeded, this, &MainWindow::askPassword);
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
    connect(m_store, &ReportStore::loadStateChanged, this, &MainWindow::updateStatus);
    connect(m_store, &ReportStore::entryRemoved, this, &MainWindow::updateStatus);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &p) { openFiles({p}); });
    connect(m_recent, &RecentFiles::changed, this, [this] { m_recent->fill(m_recentMenu, m_clearRecent); });

    m_language->apply(Language::initialCode());
    retranslate();
    resize(1500, 900);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

ReportLoader *MainWindow::loader() const { return m_loads->loader(); }

QDockWidget *MainWindow::addDockPanel(const QString &objectName, const QString &title, QWidget *panel,
                                      Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    // A second bottom panel (checks, charts) goes beside the report list, not under it.
    if (area == Qt::BottomDockWidgetArea && m_reportsDock && dockWidgetArea(m_reportsDock) == area
        && !m_reportsDock->isFloating())
        splitDockWidget(m_reportsDock, dock, Qt::Horizontal);
    else
        addDockWidget(area, dock);
    if (m_panelsMenu)
        m_panelsMenu->addAction(dock->toggleViewAction());
    return dock;
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

    m_unitGroup = new QActionGroup(this);
    for (qint64 unit : {qint64(1000), qint64(1000000), qint64(1)}) {
        QAction *a = m_unitGroup->addAction(QString());
        a->setData(unit);
        a->setCheckable(true);
        a->setChecked(unit == m_statements->displayUnit());
        connect(a, &QAction::triggered, this, [this, unit] { m_statements->setDisplayUnit(unit); });
    }
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
    m_unitMenu = m_viewMenu->addMenu(QString());
    m_unitMenu->addActions(m_unitGroup->actions());
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
    m_unitMenu->setTitle(tr("Display &Unit"));
    const QStringList unitNames{tr("&Thousands ('000)"), tr("&Millions"), tr("U&nits")};
    for (int i = 0; i < m_unitGroup->actions().size(); ++i)
        m_unitGroup->actions()[i]->setText(unitNames.value(i));
    m_panelsMenu->setTitle(tr("&Panels"));
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
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
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
    const QString dir = QSettings().value(QStringLiteral("ui/lastDir"), QDir::homePath()).toString();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Reports"), dir,
                                                            tr("PDF reports (*.pdf *.PDF);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("ui/lastDir"), QFileInfo(files.first()).absolutePath());
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
    updateStatus();
}

QStringList MainWindow::sampleReports(const QString &samplesDir)
{
    QStringList dirs;
    if (!samplesDir.isEmpty())
        dirs << samplesDir;
    dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/../../samples")
         << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/ledgerlens/samples");
    for (const QString &d : dirs) {
        const QDir dir(d);
        const QStringList pdfs = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        if (!pdfs.isEmpty()) {
            QStringList paths;
            for (const QString &f : pdfs)
                paths << dir.absoluteFilePath(f);
            return paths;
        }
    }
    return {};
}

void MainWindow::openStartupFiles(const QString &samplesDir)
{
    QSettings settings;
    if (settings.contains(QStringLiteral("session/files"))) {
        QStringList files;
        for (const QString &f : settings.value(QStringLiteral("session/files")).toStringList())
            if (QFileInfo::exists(f))
                files << f;
        m_loads->open(files);
        return;
    }
    const QStringList samples = sampleReports(samplesDir);
    if (samples.isEmpty())
        statusBar()->showMessage(tr("No sample reports found; open report PDFs with File > Open."), 10000);
    m_loads->open(samples);
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

void MainWindow::askPassword(EntryId entry, bool wrong)
{
    const ReportEntry *e = m_store->entry(entry);
    if (!e)
        return;
    // Not modal to the app: other reports keep loading while the user types.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password needed"));
    dialog->setLabelText((wrong ? tr("That password did not open %1. Try again:")
                                : tr("%1 is encrypted. Enter its password:"))
                             .arg(DisplayNames::fileName(e->path)));
    dialog->setTextEchoMode(QLineEdit::Password);
    // It turns up whenever a load gets there: it must not take the keys the
    // analyst is typing elsewhere. A click on it (or Alt+Tab) gives it focus.
    dialog->setAttribute(Qt::WA_ShowWithoutActivating);
    dialog->setWindowModality(Qt::NonModal);  // the window keeps taking the keys meanwhile
    connect(dialog, &QInputDialog::textValueSelected, this, [this, entry](const QString &password) {
        if (!password.isEmpty())
            m_loads->retry(entry, password);
    });
    dialog->show();
}

void MainWindow::updateStatus()
{
    int loading = 0, failed = 0, ready = 0;
    for (EntryId id : m_store->ids()) {
        const ReportEntry *e = m_store->entry(id);
        if (!e)
            continue;
        loading += e->state.phase == LoadState::Queued || e->state.phase == LoadState::Loading;
        failed += e->state.phase == LoadState::Failed;
        ready += e->state.phase == LoadState::Ready;
    }
    QStringList parts;
    parts << tr("%n report(s) ready", nullptr, ready);
    if (loading)
        parts << tr("%n loading", nullptr, loading);
    if (failed)
        parts << tr("%n failed", nullptr, failed);
    m_statusLoads->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        openFiles(files);
    }
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("ui/displayUnit"), m_statements->displayUnit());
    s.setValue(QStringLiteral("ui/table"), tableKey(m_statements->currentTable()));
    QStringList files;
    for (EntryId id : m_store->ids())
        if (const ReportEntry *e = m_store->entry(id); e && e->state.phase != LoadState::Failed)
            files << e->path;
    s.setValue(QStringLiteral("session/files"), files);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, the workbench is the analyst's main window.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect avail = screen->availableGeometry();
            resize(avail.size() * 0.92);
            move(avail.center() - rect().center());
        }
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    const qint64 unit = s.value(QStringLiteral("ui/displayUnit"), 1000).toLongLong();
    m_statements->setDisplayUnit(unit == 1 || unit == 1000000 ? unit : 1000);
    TableKind kind;
    if (tableKindFromKey(s.value(QStringLiteral("ui/table")).toString(), &kind))
        m_statements->setCurrentTable(kind);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace ledgerlens
