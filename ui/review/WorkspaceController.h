#pragma once

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

namespace ledgerlens {

class Autosaver;
class MainWindow;
class MismatchDialog;

// The workspace file of the window: Save / Save As / Open Workspace / Recent
// Workspaces, the window title with its modified marker, the question before
// closing with unsaved work, autosave to a recovery file and the offer to
// recover it at start. The store stays the one source of truth: this class
// only moves it to and from files (WorkspaceFile) and starts extraction of
// the restored reports through the window's loader.
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    WorkspaceController(MainWindow *window, const QString &recoveryPath, QObject *parent = nullptr);
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
    // Lists the mismatched corrections (a changed PDF) in a dialog.
    void showMismatches();

    // Where a moved PDF went ("" = skip), asked once per missing PDF. Unset
    // (the default) one dialog lists them all (MissingReportsDialog). Tests set it.
    void setLocateFunction(std::function<QString(const QString &missingPath)> locate);

signals:
    void workspacePathChanged(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateTitle();
    void setPath(const QString &path);
    void addRecent(const QString &path);
    void fillRecent();
    // After the store was filled from a file: relocate missing PDFs, load the rest.
    void startLoading(const WorkspaceLoadResult &result);
    void removeAllEntries();
    bool hasReviewWork() const;
    QHash<EntryId, QString> locateMissing(const QVector<MissingReportsDialog::Missing> &missing);
    void scheduleMismatchReport(EntryId id);
    QString dialogDir() const;

    MainWindow *m_window;
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
