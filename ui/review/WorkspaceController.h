#pragma once

#include "ClosePart.h"
#include "store/StoreTypes.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceGuard.h"
#include "MissingReportsDialog.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace ledgerlens {

class Autosaver;
class LoadController;
class MismatchDialog;
class ReportStore;
class Session;

// The workspace file of the window: Save / Save As / Open Workspace / Recent
// Workspaces, the title with its modified marker, the question before
// closing with unsaved work (as the window's ClosePart), autosave to a
// recovery file and the offer to recover it at start. The store stays the
// one source of truth: this class only moves it to and from files
// (WorkspaceFile), puts a workspace's saved view into the session, and starts
// extraction of the restored reports through the loads. It knows no window:
// dialogs go over dialogParent, the title and messages out as signals.
class WorkspaceController : public QObject, public ClosePart
{
    Q_OBJECT
    Q_INTERFACES(ledgerlens::ClosePart)
public:
    WorkspaceController(ReportStore *store, Session *session, LoadController *loads, QWidget *dialogParent,
                        const QString &recoveryPath, QObject *parent = nullptr);
    ~WorkspaceController() override;

    QString workspacePath() const { return m_path; }
    Autosaver *autosaver() const { return m_autosaver; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *mismatchesAction() const { return m_showMismatches; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QStringList recentWorkspaces() const;

    bool save();                          // Save As when there is no file yet
    bool saveAs();                        // asks for a path
    bool saveTo(const QString &path);     // errors in a message box; false = not saved
    bool open();                          // asks to save first, then for a file
    bool openPath(const QString &path);   // a bad file: message, store untouched
    // At start: a recovery file left by a crash → Recover / Discard. True if recovered.
    bool offerRecovery();
    // Save / Discard / Cancel when there is unsaved review work; true = go on.
    bool maybeSave();
    // ClosePart: maybeSave(); once the window closes, no recovery to offer.
    bool queryClose() override { return maybeSave(); }
    void closeAccepted() override;
    QString title() const;        // "name[*] — Ledgerlens"; "[*]" is where the marker goes
    bool hasReviewWork() const;   // what the marker and closing ask about
    void retranslate();
    // Lists the mismatched corrections (a changed PDF) in a dialog.
    void showMismatches();

    // Where a moved PDF went ("" = skip), asked once per missing PDF. Unset
    // (the default) one dialog lists them all (MissingReportsDialog). Tests set it.
    void setLocateFunction(std::function<QString(const QString &missingPath)> locate);

signals:
    void workspacePathChanged(const QString &path);
    void titleChanged(const QString &title, bool modified);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void updateTitle();
    void setPath(const QString &path);
    void addRecent(const QString &path);
    void fillRecent();
    // After the store was filled from a file: relocate missing PDFs, load the rest.
    void startLoading(const WorkspaceLoadResult &result);
    void removeAllEntries();
    QHash<EntryId, QString> locateMissing(const QVector<MissingReportsDialog::Missing> &missing);
    void adoptView();   // the store's display settings, as a workspace saved them
    void scheduleMismatchReport(EntryId id);
    QString dialogDir() const;

    ReportStore *m_store;
    Session *m_session;
    LoadController *m_loads;
    QWidget *m_parent;
    Autosaver *m_autosaver;
    QString m_path;
    WorkspaceGuard m_guard;   // the file as this window last read or wrote it
    QAction *m_open, *m_save, *m_saveAs, *m_clearRecent, *m_showMismatches;
    QMenu *m_recentMenu;
    MismatchDialog *m_mismatchDialog = nullptr;
    QSet<EntryId> m_mismatchPending;
    QSet<EntryId> m_changedFiles;
    bool m_mismatchScheduled = false;
    std::function<QString(const QString &)> m_locate;
    bool m_filling = false;   // a workspace is filling the store: title once at the end
};

} // namespace ledgerlens
