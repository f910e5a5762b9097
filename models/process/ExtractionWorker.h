#pragma once

#include "LoadJob.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <optional>

namespace ledgerlens {

// Runs one `ledgerlens-worker extract FILE --progress` in its own process, so a
// hostile PDF can crash, loop or eat memory without touching the workbench.
// Emits exactly one of succeeded() / failed() per start().
class ExtractionWorker : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int timeoutMs = 180000;                 // wall time per report
        qint64 memoryBytes = 3LL << 30;         // RLIMIT_AS of the worker; 0: none
    };

    ExtractionWorker(const QString &program, const Limits &limits, QObject *parent = nullptr);
    ~ExtractionWorker() override;

    void start(const QString &path, const QString &password = QString());
    // Kills the process; emits nothing afterwards.
    void cancel();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

signals:
    void progress(int done, int total);
    void succeeded(const QByteArray &json);
    // detail carries the worker's error key arguments; LoadFailures::describe words it.
    void failed(ledgerlens::LoadFailure failure, const ledgerlens::FailureDetail &detail);

private:
    void readProgress();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(LoadFailure failure, const FailureDetail &detail = {});
    QString reasonOf(const QString &stderrLine) const;

    QString m_program;
    QString m_path;
    Limits m_limits;
    QProcess m_process;
    QTimer m_timer;
    QByteArray m_stderrBuffer;  // an incomplete stderr line
    QString m_lastMessage;      // last stderr line that was not progress
    std::optional<ExtractionErrors::Parsed> m_error;  // the worker's "error <key>" line
    bool m_done = false;
    bool m_timedOut = false;
    bool m_sawBadAlloc = false;
};

} // namespace ledgerlens
