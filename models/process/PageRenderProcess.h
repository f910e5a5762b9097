#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QDeadlineTimer>
#include <QProcess>
#include <QString>
#include <atomic>

namespace ledgerlens {

// The client side of `ledgerlens-worker render-server`: draws a page in that
// process and waits for it, with a deadline. Blocking by design: it runs on a
// PageImageService pool thread, never on the GUI thread. A crash, hang,
// memory blow-up or nonsense reply kills the process and fails that page
// only; the next request starts a fresh process.
class PageRenderProcess
{
    Q_DECLARE_TR_FUNCTIONS(PageRenderProcess)
public:
    struct Limits
    {
        int timeoutMs = 30000;              // per page
        qint64 memoryBytes = 3LL << 30;     // as the extraction worker
    };

    explicit PageRenderProcess(const QString &program);
    PageRenderProcess(const QString &program, const Limits &limits);
    ~PageRenderProcess();
    PageRenderProcess(const PageRenderProcess &) = delete;
    PageRenderProcess &operator=(const PageRenderProcess &) = delete;

    QString program() const { return m_program; }
    // Null image on failure, with the reason in *error. Setting *stop from
    // another thread gives up within a tenth of a second (the window closes).
    QImage render(const QString &path, const QString &password, int page, double dpi, QString *error,
                  const std::atomic_bool *stop = nullptr);

private:
    bool ensureStarted(QString *error);
    bool readLine(QByteArray *line, qint64 deadline);
    bool readBytes(char *into, qint64 size, qint64 deadline);
    bool waitForData(const QDeadlineTimer &timer);
    QString whyItStopped(const QDeadlineTimer &deadline) const;
    QImage fail(const QString &reason, QString *error);

    QString m_program;
    Limits m_limits;
    QProcess m_process;
    const std::atomic_bool *m_stop = nullptr;
};

} // namespace ledgerlens
