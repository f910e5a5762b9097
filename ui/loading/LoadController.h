#pragma once

#include "process/LoadJob.h"

#include "store/StoreTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QStringList>

namespace ledgerlens {

class RegionReadJob;
class ReportLoader;
class ReportStore;

// Connects the ReportLoader (worker processes) to the ReportStore: each file
// opened becomes a store entry whose load state follows its job, and its
// report lands in the store when ready. Also the one place that decides a
// file is a duplicate and that an encrypted file needs a password. Once a
// report is in, the regions its table decisions point at (a reopened
// workspace) are read again in the worker and put in the store.
class LoadController : public QObject
{
    Q_OBJECT
public:
    // A load's progress reaches the store at most once per interval: a bar
    // that moves a few times a second, not a repaint per page.
    static constexpr int kProgressIntervalMs = 250;

    LoadController(ReportStore *store, ReportLoader *loader, QObject *parent = nullptr);

    ReportLoader *loader() const { return m_loader; }

    // Adds an entry per new file and starts loading it; returns the new entries.
    QVector<EntryId> open(const QStringList &paths);
    void cancel(EntryId entry);
    void retry(EntryId entry, const QString &password = QString());
    // Cancels any load and removes the entry from the store.
    void remove(EntryId entry);

    bool isLoading(EntryId entry) const;
    LoadFailure failure(EntryId entry) const;
    const LoadJob *job(EntryId entry) const;

signals:
    // The regions of the entry's table decisions were read again (a workspace
    // reopened): `problems` says, in the analyst's words, any that held no table.
    void regionsRead(ledgerlens::EntryId entry, const QStringList &problems);
    void duplicateRejected(const QString &path, ledgerlens::EntryId existing);
    // The entry's PDF is encrypted (or the password given was wrong).
    void passwordNeeded(ledgerlens::EntryId entry, bool wrongPassword);
    void entryReady(ledgerlens::EntryId entry);
    void entryFailed(ledgerlens::EntryId entry, const QString &reason);
    // A password opened this file: the page renderer needs it too.
    void unlocked(const QString &path, const QString &password);
    void idle();

private:
    void onJobChanged(int job);
    void onJobRemoved(int job);
    void flushProgress();
    void readRegions(EntryId entry, const QString &password);

    ReportStore *m_store;
    ReportLoader *m_loader;
    QHash<int, EntryId> m_entryOfJob;
    QHash<EntryId, int> m_jobOfEntry;
    QHash<EntryId, QString> m_passwords;
    QTimer m_progressTimer;
    QSet<EntryId> m_progressPending;
    QHash<EntryId, RegionReadJob *> m_regionReads;
};

} // namespace ledgerlens
