#include "LoadController.h"

#include "LoadFailure.h"
#include "ReportLoader.h"

#include "process/RegionReadJob.h"
#include "store/ReportStore.h"

#include <QFileInfo>

namespace ledgerlens {

LoadController::LoadController(ReportStore *store, ReportLoader *loader, QObject *parent)
    : QObject(parent), m_store(store), m_loader(loader)
{
    connect(m_loader, &ReportLoader::jobChanged, this, &LoadController::onJobChanged);
    // A worker reports every page (thousands for a long PDF): the store hears
    // at most a few a second per report, the latest figures each time.
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(kProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &LoadController::flushProgress);
    connect(m_loader, &ReportLoader::jobRemoved, this, &LoadController::onJobRemoved);
    connect(m_loader, &ReportLoader::idle, this, &LoadController::idle);
    connect(m_loader, &ReportLoader::duplicateRejected, this, [this](const QString &path, int existingJob) {
        emit duplicateRejected(path, m_entryOfJob.value(existingJob));
    });
    connect(m_loader, &ReportLoader::reportLoaded, this, [this](int job, const Report &report) {
        const EntryId entry = m_entryOfJob.value(job);
        if (!entry || !m_store->contains(entry))
            return;
        // The hash the loader made in the background first: else the store
        // reads and hashes the whole PDF on the GUI thread.
        if (const LoadJob *j = m_loader->job(job); j && !j->hash.isEmpty())
            m_store->setFileHash(entry, j->hash);
        m_store->setReport(entry, report);
        const QString password = m_passwords.take(entry);
        if (!password.isEmpty())
            emit unlocked(report.path, password);
        emit entryReady(entry);
        readRegions(entry, password);
    });
    connect(m_store, &ReportStore::entryRemoved, this, [this](EntryId entry) {
        if (m_jobOfEntry.contains(entry))
            m_loader->forget(m_jobOfEntry.value(entry));
        delete m_regionReads.take(entry);
    });
}

void LoadController::readRegions(EntryId entry, const QString &password)
{
    const QVector<TableRegion> regions = m_store->regionsToRead(entry);
    const ReportEntry *e = m_store->entry(entry);
    if (regions.isEmpty() || !e)
        return;
    delete m_regionReads.take(entry);  // a reload while the last read ran: read the new bytes
    auto *job = new RegionReadJob(m_loader->workerProgram(), this);
    m_regionReads.insert(entry, job);
    connect(job, &RegionReadJob::finished, this, [this, entry, job, regions](const RegionReadJob::Result &r) {
        m_regionReads.remove(entry);
        job->deleteLater();
        if (!m_store->contains(entry))
            return;
        // Tables come in the regions' order, less the ones that held none.
        int next = 0;
        for (const TableRegion &region : regions)
            if (!r.problemRegions.contains(region) && next < r.tables.size())
                m_store->setRegionTable(entry, region, r.tables.at(next++));
        QStringList problems;
        for (int i = 0; i < r.problems.size(); ++i)
            problems << RegionReadJob::describe(r.problems[i], r.problemRegions[i]);
        if (!r.failure.isEmpty())
            problems << r.failure;
        emit regionsRead(entry, problems);
    });
    job->start(e->path, regions, password);
}

QVector<EntryId> LoadController::open(const QStringList &paths)
{
    QVector<EntryId> added;
    for (const QString &path : paths) {
        // Entries that did not come through the loader (a restored workspace) count too.
        const QString canonical = QFileInfo(path).canonicalFilePath();
        EntryId existing = 0;
        for (EntryId id : m_store->ids()) {
            const ReportEntry *e = m_store->entry(id);
            if (!canonical.isEmpty() && e && QFileInfo(e->path).canonicalFilePath() == canonical
                && e->state.phase != LoadState::Failed)
                existing = id;
        }
        if (existing) {
            emit duplicateRejected(path, existing);
            continue;
        }
        const int job = m_loader->load(path);
        if (!job)
            continue;  // the loader said duplicateRejected
        const EntryId entry = m_store->addEntry(QFileInfo(path).absoluteFilePath());
        m_entryOfJob.insert(job, entry);
        m_jobOfEntry.insert(entry, job);
        onJobChanged(job);
        added << entry;
    }
    return added;
}

void LoadController::cancel(EntryId entry)
{
    if (m_jobOfEntry.contains(entry))
        m_loader->cancel(m_jobOfEntry.value(entry));
}

void LoadController::retry(EntryId entry, const QString &password)
{
    if (!m_jobOfEntry.contains(entry)) {
        // Not loaded by us (e.g. restored from a workspace): start a fresh job.
        const ReportEntry *e = m_store->entry(entry);
        if (!e)
            return;
        const int job = m_loader->load(e->path);
        if (!job)
            return;
        m_entryOfJob.insert(job, entry);
        m_jobOfEntry.insert(entry, job);
        return;
    }
    if (!password.isEmpty())
        m_passwords.insert(entry, password);
    m_loader->retry(m_jobOfEntry.value(entry), password);
}

void LoadController::remove(EntryId entry)
{
    // entryRemoved() makes the loader forget the job.
    m_store->removeEntry(entry);
    m_passwords.remove(entry);
}

const LoadJob *LoadController::job(EntryId entry) const
{
    return m_jobOfEntry.contains(entry) ? m_loader->job(m_jobOfEntry.value(entry)) : nullptr;
}

bool LoadController::isLoading(EntryId entry) const
{
    const LoadJob *j = job(entry);
    return j && j->isActive();
}

LoadFailure LoadController::failure(EntryId entry) const
{
    const LoadJob *j = job(entry);
    return j ? j->failure : LoadFailure::None;
}

void LoadController::onJobChanged(int jobId)
{
    const EntryId entry = m_entryOfJob.value(jobId);
    const LoadJob *j = m_loader->job(jobId);
    if (!entry || !j || !m_store->contains(entry))
        return;
    switch (j->state) {
    case JobState::Queued:
        break;  // a new entry is Queued already; a retried one shows Loading at its first page
    case JobState::Running:
        if (const ReportEntry *e = m_store->entry(entry);
            e && e->state.phase == LoadState::Loading && m_progressTimer.isActive()) {
            m_progressPending.insert(entry);   // shown at the next tick
        } else {
            m_store->setLoading(entry, j->pagesDone, j->pageCount);   // a new phase shows at once
            m_progressTimer.start();
        }
        break;
    case JobState::Ready:
        break;  // reportLoaded() carries the report
    case JobState::Cancelled:
        m_store->setFailed(entry, tr("cancelled"));
        break;
    case JobState::Failed:
        m_store->setFailed(entry, j->message.isEmpty() ? LoadFailures::describe(j->failure) : j->message);
        emit entryFailed(entry, j->message);
        if (LoadFailures::wantsPassword(j->failure))
            emit passwordNeeded(entry, j->failure == LoadFailure::WrongPassword);
        m_passwords.remove(entry);
        break;
    }
}

void LoadController::flushProgress()
{
    const QSet<EntryId> pending = std::exchange(m_progressPending, {});
    for (EntryId entry : pending) {
        const LoadJob *j = job(entry);
        const ReportEntry *e = m_store->entry(entry);
        // Only a load still running: a finished one said so already.
        if (j && e && j->state == JobState::Running && e->state.phase == LoadState::Loading)
            m_store->setLoading(entry, j->pagesDone, j->pageCount);
    }
    if (!pending.isEmpty())
        m_progressTimer.start();
}

void LoadController::onJobRemoved(int jobId)
{
    const EntryId entry = m_entryOfJob.take(jobId);
    if (!entry)
        return;
    m_jobOfEntry.remove(entry);
    // The loader dropped it (a duplicate by content): drop the entry too.
    if (m_store->contains(entry))
        m_store->removeEntry(entry);
}

} // namespace ledgerlens
