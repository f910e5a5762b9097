#pragma once

#include "process/ExtractionWorker.h"
#include "process/LoadJob.h"

#include "domain/Report.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

namespace ledgerlens {

// Loads report PDFs in worker processes (never in the GUI process), at most
// maxConcurrent at a time, each under a wall-time and memory limit. A failing
// file fails alone. Knows nothing about the store: the window moves
// reportLoaded() into it.
class ReportLoader : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConcurrent = 2;
        ExtractionWorker::Limits worker;
    };

    explicit ReportLoader(QObject *parent = nullptr);
    ~ReportLoader() override;

    // WorkerProcess::defaultProgram(): LEDGERLENS_WORKER, else ledgerlens-worker beside the app or in libexec.
    static QString defaultWorkerProgram();
    void setWorkerProgram(const QString &program) { m_program = program; }
    QString workerProgram() const { return m_program; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    // Queues a file; returns its job id, or 0 when the same file is already
    // loaded or loading (duplicateRejected() says which).
    int load(const QString &path);
    // Retries a failed (e.g. encrypted) job, optionally with a password, or
    // extracts a finished one again.
    void retry(int id, const QString &password = QString());
    void cancel(int id);
    // Drops a job (the report was removed); cancels it if still active.
    void forget(int id);

    const LoadJob *job(int id) const;
    QVector<int> jobIds() const { return m_order; }
    int activeCount() const;

signals:
    void jobAdded(int id);
    void jobChanged(int id);
    void jobRemoved(int id);
    void reportLoaded(int id, const ledgerlens::Report &report);
    void duplicateRejected(const QString &path, int existingId);
    // Every queued job has finished one way or another.
    void idle();

private:
    void schedule();
    void startJob(LoadJob &job);
    void finishJob(int id, JobState state, LoadFailure failure = LoadFailure::None,
                   const FailureDetail &detail = {});
    void onSucceeded(int id, const QByteArray &json);
    void hashInBackground(int id);
    void onHashed(int id, const QByteArray &hash);
    int findDuplicate(const LoadJob &job) const;

    QString m_program;
    Limits m_limits;
    int m_nextId = 1;
    QVector<int> m_order;
    QHash<int, LoadJob> m_jobs;
    QHash<int, QPointer<ExtractionWorker>> m_workers;
};

} // namespace ledgerlens
