#include "ExtractionWorker.h"

#include "WorkerProcess.h"

#include <QFileInfo>

namespace ledgerlens {

namespace {
// More than this on stdout is not a report; stop before the GUI holds it all.
constexpr qint64 kMaxOutputBytes = 256LL << 20;
constexpr int kMaxLineBytes = 64 * 1024;
}

ExtractionWorker::ExtractionWorker(const QString &program, const Limits &limits, QObject *parent)
    : QObject(parent), m_program(program), m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_process.kill();
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, &ExtractionWorker::readProgress);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_process.bytesAvailable() > kMaxOutputBytes)
            fail(LoadFailure::BadOutput, {{}, 0, tr("far too much output")});
    });
    connect(&m_process, &QProcess::finished, this, &ExtractionWorker::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &ExtractionWorker::onError);
}

ExtractionWorker::~ExtractionWorker()
{
    m_done = true;
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void ExtractionWorker::start(const QString &path, const QString &password)
{
    m_done = m_timedOut = m_sawBadAlloc = false;
    m_stderrBuffer.clear();
    m_lastMessage.clear();
    m_error.reset();
    WorkerProcess::limit(m_process, m_limits.memoryBytes);
    m_path = path;
    QStringList args{QStringLiteral("extract"), path, QStringLiteral("--progress")};
    // On stdin, not in argv: the process list shows every user's arguments.
    if (!password.isEmpty())
        args << QStringLiteral("--password-stdin");
    m_process.start(m_program, args);
    if (!password.isEmpty())
        m_process.write(password.toUtf8() + '\n');
    m_process.closeWriteChannel();
    if (m_limits.timeoutMs > 0)
        m_timer.start(m_limits.timeoutMs);
}

void ExtractionWorker::cancel()
{
    m_done = true;
    m_timer.stop();
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
}

QString ExtractionWorker::reasonOf(const QString &line) const
{
    // "error: <file>: <reason>" -> "<reason>"
    QString reason = line;
    if (reason.startsWith(QLatin1String("error:")))
        reason = reason.mid(6).trimmed();
    for (const QString &name : {m_path, QFileInfo(m_path).fileName()})
        if (!name.isEmpty() && reason.startsWith(name + QLatin1Char(':')))
            reason = reason.mid(name.size() + 1).trimmed();
    // A reason is a sentence for the report list, not a dump.
    if (reason.size() > 300)
        reason = reason.left(300) + QChar(0x2026);
    return reason;
}

void ExtractionWorker::readProgress()
{
    m_stderrBuffer += m_process.readAllStandardError();
    // A line that never ends (a worker gone mad) must not grow without bound.
    if (m_stderrBuffer.size() > kMaxLineBytes && m_stderrBuffer.indexOf('\n') < 0)
        m_stderrBuffer = m_stderrBuffer.right(kMaxLineBytes);
    int nl;
    while ((nl = m_stderrBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stderrBuffer.left(nl)).trimmed();
        m_stderrBuffer.remove(0, nl + 1);
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool okDone = false, okTotal = false;
        if (parts.size() == 3 && parts[0] == QLatin1String("progress")) {
            const int done = parts[1].toInt(&okDone), total = parts[2].toInt(&okTotal);
            if (okDone && okTotal && !m_done) {
                emit progress(done, total);
                continue;
            }
        }
        if (const auto key = ExtractionErrors::parseProtocolLine(line)) {
            m_error = key;
            continue;
        }
        if (WorkerProcess::isOutOfMemoryMessage(line))
            m_sawBadAlloc = true;
        if (line.startsWith(QLatin1String("file ")) || line.startsWith(QLatin1String("warning:")))
            continue;  // "file <i> <n> <path>" and warnings are not reasons to fail
        m_lastMessage = reasonOf(line);
    }
}

void ExtractionWorker::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timer.stop();
    if (m_done)
        return;
    readProgress();
    if (!m_stderrBuffer.trimmed().isEmpty()) {
        m_stderrBuffer += '\n';
        readProgress();
    }
    if (m_timedOut)
        return fail(LoadFailure::TimedOut, {{}, m_limits.timeoutMs / 1000, {}});
    if (m_sawBadAlloc)
        return fail(LoadFailure::OutOfMemory, {{}, int(m_limits.memoryBytes >> 20), {}});
    if (status == QProcess::CrashExit)
        return fail(LoadFailure::Crashed);
    if (exitCode != 0) {
        // The worker's key says what is wrong with the file; without one (a
        // foreign worker) its last line is shown as it is, never guessed at.
        if (m_error)
            return fail(LoadFailures::fromExtraction(m_error->error), {m_error->args, 0, {}});
        return fail(LoadFailure::Other, {{}, 0, m_lastMessage});
    }
    m_done = true;
    emit succeeded(m_process.readAllStandardOutput());
}

void ExtractionWorker::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        fail(LoadFailure::WorkerMissing, {{}, 0, m_program});
    // Crashes and timeouts arrive through finished().
}

void ExtractionWorker::fail(LoadFailure failure, const FailureDetail &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
    emit failed(failure, detail);
}

} // namespace ledgerlens
