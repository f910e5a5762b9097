#include "WorkspaceController.h"

#include "MismatchDialog.h"
#include "MissingReportsDialog.h"
#include "WorkspaceConflicts.h"
#include "loading/LoadController.h"

#include "session/Session.h"
#include "session/Settings.h"
#include "store/Autosaver.h"
#include "store/DisplayNames.h"
#include "store/ReportStore.h"
#include "store/WorkspaceSummary.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace ledgerlens {

namespace {
const QString kSuffix = QStringLiteral(".ledgerlens");
constexpr int kMaxRecent = 10;
}

WorkspaceController::WorkspaceController(ReportStore *store, Session *session, LoadController *loads,
                                         QWidget *dialogParent, const QString &recoveryPath, QObject *parent)
    : QObject(parent), m_store(store), m_session(session), m_loads(loads), m_parent(dialogParent),
      m_autosaver(new Autosaver(store, recoveryPath, this))
{
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_open, &QAction::triggered, this, [this] { open(); });
    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    m_saveAs = new QAction(this);
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAs(); });
    m_clearRecent = new QAction(this);
    connect(m_clearRecent, &QAction::triggered, this, [this] {
        Settings::setRecentWorkspaces({});
        fillRecent();
    });
    m_showMismatches = new QAction(this);
    connect(m_showMismatches, &QAction::triggered, this, &WorkspaceController::showMismatches);
    m_recentMenu = new QMenu(dialogParent);

    // The marker says what closing would ask about: review work, not PDFs just opened.
    connect(store, &ReportStore::modifiedChanged, this, &WorkspaceController::updateTitle);
    connect(store, &ReportStore::contentChanged, this, &WorkspaceController::updateTitle);
    connect(store, &ReportStore::correctionsChanged, this, &WorkspaceController::updateTitle);
    connect(store, &ReportStore::reviewStatusChanged, this, &WorkspaceController::updateTitle);
    connect(store, &ReportStore::mismatchedCorrectionsChanged, this, &WorkspaceController::scheduleMismatchReport);
    connect(m_autosaver, &Autosaver::autosaveFailed, this, [this](const QString &why) {
        emit statusMessage(tr("Autosave failed: %1").arg(why), 10000);
    });
    retranslate();
    fillRecent();
    updateTitle();
}

WorkspaceController::~WorkspaceController() = default;

void WorkspaceController::setLocateFunction(std::function<QString(const QString &)> locate)
{
    m_locate = std::move(locate);
}

QHash<EntryId, QString> WorkspaceController::locateMissing(const QVector<MissingReportsDialog::Missing> &missing)
{
    QHash<EntryId, QString> out;
    if (m_locate) {
        for (const auto &m : missing)
            if (const QString found = m_locate(m.path); !found.isEmpty())
                out.insert(m.id, QFileInfo(found).absoluteFilePath());
        return out;
    }
    // One dialog for all of them, however many.
    MissingReportsDialog dialog(missing, m_parent);
    dialog.exec();
    return dialog.located();
}

void WorkspaceController::retranslate()
{
    m_open->setText(tr("Open &Workspace\u2026"));
    m_save->setText(tr("&Save Workspace"));
    m_saveAs->setText(tr("Save Workspace &As\u2026"));
    m_clearRecent->setText(tr("&Clear Recent Workspaces"));
    m_showMismatches->setText(tr("&Mismatched Corrections\u2026"));
    m_recentMenu->setTitle(tr("Recent Wor&kspaces"));
    fillRecent();
    updateTitle();
}

QString WorkspaceController::dialogDir() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).absolutePath();
    return Settings::lastOpenDir();
}

QString WorkspaceController::title() const
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    // "[*]" is where Qt puts the modified marker.
    return tr("%1[*] \u2014 Ledgerlens").arg(name);
}

void WorkspaceController::updateTitle()
{
    // While a workspace fills the store every report signals; the title is
    // set once at the end instead (hasReviewWork() walks every entry).
    if (m_filling)
        return;
    emit titleChanged(title(), hasReviewWork());
}

void WorkspaceController::setPath(const QString &path)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_autosaver->setWorkspacePath(m_path);
    if (!m_path.isEmpty())
        addRecent(m_path);
    updateTitle();
    emit workspacePathChanged(m_path);
}

QStringList WorkspaceController::recentWorkspaces() const
{
    return Settings::recentWorkspaces();
}

void WorkspaceController::addRecent(const QString &path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    Settings::setRecentWorkspaces(list);
    fillRecent();
}

void WorkspaceController::fillRecent()
{
    m_recentMenu->clear();
    const QStringList list = recentWorkspaces();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openPath(path);
        });
    }
    if (list.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!list.isEmpty());
}

bool WorkspaceController::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool WorkspaceController::saveAs()
{
    QString suggested = m_path;
    if (suggested.isEmpty())
        suggested = QDir(dialogDir()).filePath(tr("Review") + kSuffix);
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Save Workspace"), suggested,
                                                tr("Ledgerlens workspaces (*.ledgerlens);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += kSuffix;
    return saveTo(path);
}

bool WorkspaceController::saveTo(const QString &path)
{
    // The session keeps the store's display settings current: nothing to copy here.
    if (!WorkspaceConflicts::confirmSave(m_parent, m_guard, path))
        return false;
    QString error;
    if (!WorkspaceFile::save(*m_store, path, &error)) {
        QMessageBox::critical(m_parent, tr("Workspace Not Saved"), error);
        return false;
    }
    m_guard.remember(path);
    setPath(path);
    emit statusMessage(tr("Saved %1").arg(DisplayNames::fileName(path)), 5000);
    return true;
}

bool WorkspaceController::open()
{
    if (!maybeSave())
        return false;
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Open Workspace"), dialogDir(),
                                                      tr("Ledgerlens workspaces (*.ledgerlens);;All files (*)"));
    return !path.isEmpty() && openPath(path);
}

void WorkspaceController::removeAllEntries()
{
    // Through the loader, so it forgets its jobs and the same PDFs can load
    // again. Last first: the store's positions stay valid (linear, not quadratic).
    const QVector<EntryId> ids = m_store->ids();
    const bool wasFilling = m_filling;
    m_filling = true;
    for (auto it = ids.crbegin(); it != ids.crend(); ++it)
        m_loads->remove(*it);
    m_filling = wasFilling;
    updateTitle();
}

void WorkspaceController::adoptView()
{
    m_session->apply(m_store->displaySettings());
}

bool WorkspaceController::openPath(const QString &path)
{
    if (!WorkspaceConflicts::confirmOpen(m_parent, path))
        return false;
    QString error;
    const auto json = WorkspaceFile::readJson(path, &error);
    if (json && error.isEmpty())
        error = WorkspaceFile::validate(*json);
    if (!json || !error.isEmpty()) {
        // Reading never writes: the file stays exactly as it is.
        QMessageBox::critical(m_parent, tr("Cannot Open Workspace"),
                              tr("%1 cannot be opened.\n\n%2\n\nThe file has not been changed, and the reports "
                                 "open now are as they were.").arg(DisplayNames::fileName(path), error));
        return false;
    }
    removeAllEntries();
    m_filling = true;
    const WorkspaceLoadResult result = WorkspaceFile::fromJson(*json, *m_store, QFileInfo(path).absolutePath());
    m_filling = false;
    if (!result.ok) {
        updateTitle();
        QMessageBox::critical(m_parent, tr("Cannot Open Workspace"), result.error);
        return false;
    }
    adoptView();
    m_store->markSaved();
    m_guard.remember(path);
    setPath(path);
    startLoading(result);
    emit statusMessage(tr("Opened %1: %n report(s) loading", nullptr, m_store->count())
                           .arg(DisplayNames::fileName(path)), 8000);
    return true;
}

void WorkspaceController::startLoading(const WorkspaceLoadResult &result)
{
    ReportStore *store = m_store;
    for (EntryId id : result.changedFiles)
        m_changedFiles.insert(id);
    QVector<MissingReportsDialog::Missing> missing;
    for (EntryId id : result.missingFiles)
        if (const ReportEntry *e = store->entry(id))
            missing.append({id, e->path});
    const QHash<EntryId, QString> located = missing.isEmpty() ? QHash<EntryId, QString>() : locateMissing(missing);
    // Unlocated ones stay Failed "file not found"; their corrections are kept and saved.
    for (auto it = located.begin(); it != located.end(); ++it) {
        store->relocate(it.key(), it.value());
        if (!WorkspaceFile::verifyRelocated(*store, it.key()))
            m_changedFiles.insert(it.key());
    }
    for (EntryId id : store->ids())
        if (const ReportEntry *e = store->entry(id); e && e->state.phase == LoadState::Queued)
            m_loads->retry(id);
}

bool WorkspaceController::offerRecovery()
{
    // Only a window that is gone left work to recover: a running window's
    // file is its own (each window writes its own, under a lock).
    const QStringList orphans = Autosaver::orphanedRecoveries(m_autosaver->recoveryPath());
    if (orphans.isEmpty())
        return false;
    const QString recovery = orphans.front();
    const WorkspaceSummary summary = WorkspaceSummary::read(recovery);
    const QString when = QLocale().toString(summary.lastModified, QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work?"),
                    tr("Ledgerlens did not close normally. Work that was not saved was kept at %1: "
                       "%n report(s)", nullptr, summary.reports).arg(when)
                        + tr(", %n correction(s).", nullptr, summary.corrections),
                    QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    box.setInformativeText(tr("Recover it to carry on where you left off, or discard it for good."));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == discard) {
        Autosaver::discardOrphan(recovery);
        return false;
    }
    if (box.clickedButton() != recover)
        return false;  // closed without choosing: keep the file for next time
    removeAllEntries();
    m_filling = true;
    const WorkspaceLoadResult result = m_autosaver->adopt(recovery);
    m_filling = false;
    if (!result.ok) {
        updateTitle();
        // Kept aside, not deleted: it may still be read by hand.
        const QString aside = recovery + QStringLiteral(".damaged");
        QFile::remove(aside);
        QFile::rename(recovery, aside);
        QMessageBox::critical(m_parent, tr("Cannot Recover"),
                              tr("The unsaved work could not be read back (%1). The file was kept as %2.")
                                  .arg(result.error, aside));
        return false;
    }
    const QString workspace = m_autosaver->workspacePath();
    m_path = workspace.isEmpty() ? QString() : QFileInfo(workspace).absoluteFilePath();
    m_guard.clear(); // what the file was when the crashed window read it is not known
    updateTitle();
    emit workspacePathChanged(m_path);
    adoptView();
    startLoading(result);
    emit statusMessage(tr("Recovered unsaved work; save it to keep it."), 10000);
    return true;
}

bool WorkspaceController::hasReviewWork() const
{
    const ReportStore *store = m_store;
    if (!store->isModified())
        return false;
    if (!m_path.isEmpty() || !store->corrections().isEmpty() || !store->mismatchedCorrections().isEmpty())
        return true;
    for (EntryId id : store->ids()) {
        if (!store->pendingCorrections(id).isEmpty())
            return true;
        if (const ReportEntry *e = store->entry(id))
            for (ReviewStatus s : e->review)
                if (s != ReviewStatus::Unreviewed)
                    return true;
    }
    // Only PDFs opened: the window's session brings them back anyway.
    return false;
}

bool WorkspaceController::maybeSave()
{
    if (!hasReviewWork())
        return true;
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The review in %1 has changes that are not saved.").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setObjectName(QStringLiteral("saveChangesPrompt"));
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard:
        m_autosaver->discard();   // the user chose to lose it: no recovery offer next time
        return true;
    default: return false;
    }
}

void WorkspaceController::closeAccepted()
{
    // Saved, or the user chose to let it go: nothing to offer next time.
    m_autosaver->discard();
}

void WorkspaceController::scheduleMismatchReport(EntryId id)
{
    if (m_store->mismatchedCorrections(id).isEmpty())
        return;
    m_mismatchPending.insert(id);
    if (m_mismatchScheduled)
        return;
    m_mismatchScheduled = true;
    // Reports finish one by one: one dialog for a burst of them.
    QTimer::singleShot(300, this, [this] {
        m_mismatchScheduled = false;
        m_mismatchPending.clear();
        showMismatches();
    });
}

void WorkspaceController::showMismatches()
{
    if (!m_mismatchDialog)
        m_mismatchDialog = new MismatchDialog(m_store, m_parent);
    m_mismatchDialog->refresh();
    m_mismatchDialog->show();
    m_mismatchDialog->raise();
}

} // namespace ledgerlens
