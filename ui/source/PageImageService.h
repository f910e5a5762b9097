#pragma once

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace ledgerlens {

// Renders PDF pages off the GUI thread and keeps the recent ones (LRU by
// bytes). Each pool thread drives its own `ledgerlens-worker render-server`
// process (PageRenderProcess): a PDF that crashes or hangs the renderer fails
// that page with a reason, and the viewer shows a placeholder meanwhile.
class PageImageService : public QObject
{
    Q_OBJECT
public:
    // (path, password, page, dpi, error, stop) -> image; null image and *error
    // on failure. Runs on a pool thread; gives up soon once *stop is set.
    using RenderFunction =
        std::function<QImage(const QString &, const QString &, int, double, QString *, const std::atomic_bool *)>;

    explicit PageImageService(QObject *parent = nullptr);
    ~PageImageService() override;

    // The program whose render-server draws the pages (default: as the extraction worker's).
    void setWorkerProgram(const QString &program);
    // Replaces the out-of-process renderer (tests, benchmarks).
    void setRenderFunction(RenderFunction render) { m_render = std::move(render); }
    void setPassword(const QString &path, const QString &password) { m_passwords.insert(path, password); }
    void setCacheBytes(qint64 bytes) { m_cache.setMaxCost(bytes >> 10); }

    // The cached image, or null; on a miss queues a render (once) that ends in rendered().
    QImage request(const QString &path, int page, double dpi);
    // Queue pages likely to be wanted next (neighbours), at low priority.
    void prefetch(const QString &path, int page, double dpi);
    bool isPending(const QString &path, int page, double dpi) const;
    // Why a page could not be drawn; empty when it was not tried or did not fail.
    QString failure(const QString &path, int page, double dpi) const;
    void waitForIdle() { m_pool.waitForDone(); }

signals:
    void rendered(const QString &path, int page, double dpi, bool ok);

private:
    static QString keyOf(const QString &path, int page, double dpi);
    void enqueue(const QString &path, int page, double dpi, int priority);
    void abandonOthers(const QString &wantedKey);

    // One queued or running render; the pool thread reads, the GUI thread sets.
    struct Task
    {
        std::atomic_bool cancelled{false};
        std::atomic<qint64> startedMs{-1};   // on m_clock; -1 while queued
    };
    static constexpr qint64 kSlowMs = 1500;  // as the viewer's "slow to render" notice

    RenderFunction m_render;
    QThreadPool m_pool;
    QCache<QString, QImage> m_cache;   // cost in KiB
    QHash<QString, std::shared_ptr<Task>> m_tasks;   // queued or drawing: key -> its task
    QString m_wanted;                                 // the key last asked for by request()
    QElapsedTimer m_clock;
    QHash<QString, QString> m_failed;   // key -> reason
    QHash<QString, QString> m_passwords;
};

} // namespace ledgerlens
