#include "PageRenderProcess.h"

#include "document/RenderProtocol.h"
#include "WorkerProcess.h"

#include <QCoreApplication>

namespace ledgerlens {

PageRenderProcess::PageRenderProcess(const QString &program) : PageRenderProcess(program, Limits{}) {}

PageRenderProcess::PageRenderProcess(const QString &program, const Limits &limits)
    : m_program(program), m_limits(limits)
{
    // Its complaints about a PDF are not ours to show.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

PageRenderProcess::~PageRenderProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool PageRenderProcess::ensureStarted(QString *error)
{
    if (m_process.state() == QProcess::Running)
        return true;
    WorkerProcess::limit(m_process, m_limits.memoryBytes);
    m_process.start(m_program, {QStringLiteral("render-server")});
    if (!m_process.waitForStarted(10000)) {
        *error = tr("the page drawing program %1 did not start")
                     .arg(m_program);
        return false;
    }
    return true;
}

bool PageRenderProcess::readLine(QByteArray *line, qint64 deadline)
{
    QDeadlineTimer timer(deadline);
    while (!m_process.canReadLine()) {
        if (m_process.bytesAvailable() > 4096 || timer.hasExpired() || m_process.state() != QProcess::Running)
            return false;
        if (!waitForData(timer))
            return false;
    }
    *line = m_process.readLine(4096);
    return true;
}

bool PageRenderProcess::readBytes(char *into, qint64 size, qint64 deadline)
{
    QDeadlineTimer timer(deadline);
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_process.read(into + done, size - done);
        if (n < 0)
            return false;
        done += n;
        if (done == size)
            break;
        if (timer.hasExpired() || (m_process.state() != QProcess::Running && m_process.bytesAvailable() == 0))
            return false;
        if (!waitForData(timer))
            return false;
    }
    return true;
}

bool PageRenderProcess::waitForData(const QDeadlineTimer &timer)
{
    if (m_stop && m_stop->load())
        return false;
    const int slice = int(qBound<qint64>(0, timer.remainingTime(), 100LL));
    // At end of output waitForReadyRead returns at once without noticing the
    // exit; waitForFinished does, so a dead process is not polled until the deadline.
    if (!m_process.waitForReadyRead(slice) && m_process.state() == QProcess::Running)
        m_process.waitForFinished(slice);
    return true;
}

QString PageRenderProcess::whyItStopped(const QDeadlineTimer &deadline) const
{
    if (m_stop && m_stop->load())
        return tr("stopped");
    if (deadline.hasExpired())
        return tr("drawing it took longer than %n s", nullptr, m_limits.timeoutMs / 1000);
    if (m_process.state() == QProcess::Running)
        return tr("the page drawing program answered nonsense");
    return m_process.exitStatus() == QProcess::CrashExit ? tr("the PDF library crashed on it")
                                                          : tr("the page drawing program quit on it");
}

QImage PageRenderProcess::fail(const QString &reason, QString *error)
{
    *error = reason;
    m_process.kill();
    m_process.waitForFinished(2000);
    return {};
}

QImage PageRenderProcess::render(const QString &path, const QString &password, int page, double dpi, QString *error,
                                 const std::atomic_bool *stop)
{
    m_stop = stop;
    QString ignored;
    if (!error)
        error = &ignored;
    if (m_stop && m_stop->load()) {
        *error = tr("stopped");  // cancelled before it began: keep the warm process
        return {};
    }
    const QDeadlineTimer deadline(m_limits.timeoutMs);
    const QByteArray request =
        RenderProtocol::requestLine({path, password, page, qMin<double>(dpi, RenderProtocol::kMaxDpi)});
    QByteArray line;
    // A kept process may have died while idle (killed from outside, say):
    // that is not this page's doing, so a fresh process gets one more try.
    for (int attempt = 0;; ++attempt) {
        const bool reused = m_process.state() == QProcess::Running;
        if (!ensureStarted(error))
            return {};
        m_process.write(request);
        if (readLine(&line, deadline.remainingTime()))
            break;
        if (attempt > 0 || !reused || m_process.bytesAvailable() > 0 || deadline.hasExpired()
            || (m_stop && m_stop->load()) || m_process.state() == QProcess::Running)
            return fail(whyItStopped(deadline), error);
        m_process.waitForFinished(1000);
    }
    const auto header = RenderProtocol::parseReplyHeader(line);
    if (!header)
        return fail(tr("the page drawing program answered nonsense"), error);
    if (!header->ok) {
        *error = header->error;  // the process is fine; only this page is not
        return {};
    }
    QImage image(header->width, header->height, QImage::Format_RGB32);
    if (image.isNull() || image.bytesPerLine() != header->width * 4)
        return fail(tr("the page is too large to show"), error);
    // The resolution it was drawn at, which the server may have lowered: the
    // viewer sizes the page (and places its boxes) by it.
    const double drawnDpi = header->dpi > 0 ? header->dpi : dpi;
    image.setDotsPerMeterX(qRound(drawnDpi / 0.0254));
    image.setDotsPerMeterY(qRound(drawnDpi / 0.0254));
    if (!readBytes(reinterpret_cast<char *>(image.bits()), header->imageBytes(), deadline.remainingTime()))
        return fail(whyItStopped(deadline), error);
    return image;
}

} // namespace ledgerlens
