#include "ReportLoader.h"

#include "LoadFailure.h"
#include "process/WorkerProcess.h"

#include "store/FileHash.h"

#include "domain/ReportJson.h"
#include "taxonomy/Taxonomy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtConcurrent>

namespace ledgerlens {

namespace {
bool hasAnyTable(const Report &report)
{
    for (const Table &t : report.tables)
        if (!t.isEmpty())
            return true;
    return false;
}
} // namespace

ReportLoader::ReportLoader(QObject *parent) : QObject(parent), m_program(defaultWorkerProgram())
{
    // The first report to arrive aligns rows with the taxonomy; reading its
    // data file (tens of ms) happens here, off the GUI thread, while workers run.
    (void)QtConcurrent::run([] { (void)Taxonomy::builtin(); });
}

ReportLoader::~ReportLoader()
{
    for (const auto &w : qAsConst(m_workers))
        if (w)
            w->cancel();
}

QString ReportLoader::defaultWorkerProgram()
{
    return WorkerProcess::defaultProgram();
}

int ReportLoader::load(const QString &path)
{
    LoadJob job;
    job.path = QFileInfo(path).absoluteFilePath();
    job.canonicalPath = QFileInfo(path).canonicalFilePath();
    if (job.canonicalPath.isEmpty())
        job.canonicalPath = job.path;
    if (const int existing = findDuplicate(job)) {
        emit duplicateRejected(path, existing);
        return 0;
    }
    job.id = m_nextId++;
    m_jobs.insert(job.id, job);
    m_order.append(job.id);
    emit jobAdded(job.id);
    hashInBackground(job.id);
    schedule();
    return job.id;
}

void ReportLoader::retry(int id, const QString &password)
{
    auto it = m_jobs.find(id);
    // A Ready job too: the analyst asks to extract a report again (it warned).
    if (it == m_jobs.end() || it->isActive())
        return;
    it->state = JobState::Queued;
    it->failure = LoadFailure::None;
    it->detail = {};
    it->message.clear();
    it->pagesDone = 0;
    it->password = password;
    emit jobChanged(id);
    schedule();
}

void ReportLoader::cancel(int id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->isActive())
        return;
    if (auto w = m_workers.take(id)) {
        w->cancel();
        w->deleteLater();
    }
    finishJob(id, JobState::Cancelled);
}

void ReportLoader::forget(int id)
{
    if (!m_jobs.contains(id))
        return;
    if (auto w = m_workers.take(id)) {
        w->cancel();
        w->deleteLater();
    }
    const bool wasActive = m_jobs.value(id).isActive();
    m_jobs.remove(id);
    m_order.removeAll(id);
    emit jobRemoved(id);
    if (wasActive)
        schedule();
}

const LoadJob *ReportLoader::job(int id) const
{
    auto it = m_jobs.constFind(id);
    return it == m_jobs.constEnd() ? nullptr : &*it;
}

int ReportLoader::activeCount() const
{
    int n = 0;
    for (const LoadJob &j : m_jobs)
        n += j.isActive();
    return n;
}

void ReportLoader::schedule()
{
    int running = m_workers.size();
    for (int id : qAsConst(m_order)) {
        if (running >= qMax(1, m_limits.maxConcurrent))
            break;
        LoadJob &job = m_jobs[id];
        if (job.state == JobState::Queued) {
            startJob(job);
            ++running;
        }
    }
    if (activeCount() == 0)
        emit idle();
}

void ReportLoader::startJob(LoadJob &job)
{
    const int id = job.id;
    job.state = JobState::Running;
    emit jobChanged(id);
    auto *worker = new ExtractionWorker(m_program, m_limits.worker, this);
    m_workers.insert(id, worker);
    connect(worker, &ExtractionWorker::progress, this, [this, id](int done, int total) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        it->pagesDone = done;
        it->pageCount = total;
        emit jobChanged(id);
    });
    connect(worker, &ExtractionWorker::succeeded, this, [this, id](const QByteArray &json) {
        onSucceeded(id, json);
    });
    connect(worker, &ExtractionWorker::failed, this, [this, id](LoadFailure f, const FailureDetail &detail) {
        finishJob(id, JobState::Failed, f, detail);
    });
    worker->start(job.path, job.password);
}

void ReportLoader::onSucceeded(int id, const QByteArray &json)
{
    if (!m_jobs.contains(id))
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return finishJob(id, JobState::Failed, LoadFailure::BadOutput, {{}, 0, error.errorString()});
    Report report = ReportJson::fromJson(doc.object());
    if (!hasAnyTable(report))
        return finishJob(id, JobState::Failed, LoadFailure::NotFinancialReport);
    LoadJob &job = m_jobs[id];
    report.path = job.path;
    if (report.pageCount > 0)
        job.pageCount = job.pagesDone = report.pageCount;
    job.password.clear();
    finishJob(id, JobState::Ready);
    emit reportLoaded(id, report);
}

void ReportLoader::finishJob(int id, JobState state, LoadFailure failure, const FailureDetail &detail)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    if (auto w = m_workers.take(id))
        w->deleteLater();
    it->state = state;
    it->failure = failure;
    it->detail = detail;
    it->message = state == JobState::Cancelled ? tr("cancelled") : LoadFailures::describe(failure, detail);
    if (!LoadFailures::wantsPassword(failure))
        it->password.clear();
    emit jobChanged(id);
    schedule();
}

void ReportLoader::hashInBackground(int id)
{
    const QString path = m_jobs.value(id).path;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, id] {
        onHashed(id, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(fileSha256Hex, path)); // the store keeps hex
}

void ReportLoader::onHashed(int id, const QByteArray &hash)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || hash.isEmpty())
        return;
    it->hash = hash;
    // A copy of a file already loaded (another name, same bytes) is the same
    // report. The two hashes finish in any order: the copy opened later goes,
    // unless only it has finished loading. When both have (hashing starved),
    // both stay: the analyst may already be working in either.
    if (const int existing = findDuplicate(*it)) {
        const LoadJob &other = m_jobs[existing];
        if (it->state == JobState::Ready && other.state == JobState::Ready)
            return;
        const bool keepOther = existing < id ? !(it->state == JobState::Ready && other.state != JobState::Ready)
                                             : (other.state == JobState::Ready && it->state != JobState::Ready);
        const int rejected = keepOther ? id : existing;
        const int kept = keepOther ? existing : id;
        const QString path = m_jobs[rejected].path;
        forget(rejected);
        emit duplicateRejected(path, kept);
    }
}

int ReportLoader::findDuplicate(const LoadJob &job) const
{
    for (int id : m_order) {
        const LoadJob &other = m_jobs[id];
        if (other.id == job.id || !(other.isActive() || other.state == JobState::Ready))
            continue;
        if (other.canonicalPath == job.canonicalPath)
            return id;
        if (!job.hash.isEmpty() && other.hash == job.hash)
            return id;
    }
    return 0;
}

} // namespace ledgerlens
