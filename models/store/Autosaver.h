#pragma once

#include "WorkspaceFile.h"

#include <QObject>
#include <QString>
#include <memory>

class QLockFile;
class QTimer;

namespace ledgerlens {

// Writes the store's unsaved state to a recovery file soon after each change,
// atomically: once the edits pause (debounce), and never later than a few
// seconds after the first unsaved one however fast edits come (max wait), so
// a crash loses at most that much. A clean store (saved,
// or nothing to lose) removes the file.
//
//   Autosaver saver(&store);                         // AppDataLocation/recovery/session.ledgerlens
//   if (Autosaver::recoveryExists(saver.recoveryPath())) ask user -> saver.restore() or discard()
//
// A recovery file left by an earlier session is only removed by discard() or
// after restore() (then the usual clean-save rule applies): opening another
// workspace first never deletes it, and autosaving then moves it aside to
// "<recoveryPath>.<UTC time>.bak" instead of overwriting it.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    explicit Autosaver(ReportStore *store, const QString &recoveryPath = defaultRecoveryPath(),
                       QObject *parent = nullptr);
    ~Autosaver() override;

    // One file per running window: QStandardPaths::AppDataLocation +
    // "/recovery/session-<pid>.ledgerlens". While the window runs it holds
    // "<file>.lock", so no other window takes its file for a crashed one's.
    static QString defaultRecoveryPath();
    static bool recoveryExists(const QString &path);
    // Recovery files beside `ownPath` whose window is gone (their lock is free,
    // or they have none), newest first: the only ones to offer.
    static QStringList orphanedRecoveries(const QString &ownPath);

    QString recoveryPath() const { return m_path; }
    void setDebounceMs(int ms);             // quiet time before a save, default 1000
    void setMaxWaitMs(int ms);              // longest an unsaved change waits, default 4000
    void setIntervalMs(int ms);             // safety net, default 60000
    // The workspace file the user is editing, recorded in the recovery file.
    void setWorkspacePath(const QString &path);
    QString workspacePath() const { return m_workspacePath; }

    // Loads the recovery file into the store (marked modified: it is unsaved
    // work). workspacePath() becomes the path recorded in it.
    WorkspaceLoadResult restore();
    // Takes over a gone window's recovery file: its work is loaded, written to
    // this window's own file, and the orphan (with its lock) removed.
    WorkspaceLoadResult adopt(const QString &orphanPath);
    void discard();                         // removes this window's recovery file
    static void discardOrphan(const QString &orphanPath);   // removes a gone window's file
    bool saveNow(QString *error = nullptr); // writes now if modified

signals:
    void autosaved(const QString &path);
    void autosaveFailed(const QString &error);

private:
    void scheduleSave();
    WorkspaceLoadResult load(const QString &path);

    ReportStore *m_store;
    QString m_path;
    QString m_workspacePath;
    QTimer *m_debounce;
    QTimer *m_maxWait;
    QTimer *m_interval;
    bool m_pending = false;
    bool m_ownsFile = false;   // written or restored by this session
    std::unique_ptr<QLockFile> m_lock;   // held while this window lives
};

} // namespace ledgerlens
