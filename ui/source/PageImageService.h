#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace ledgerlens {

// Renders PDF pages off the GUI thread and keeps the recent ones (LRU by
// bytes). Each pool thread drives its own `ledgerlens-cli render-server`
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

    RenderFunction m_render;
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
    QThreadPool m_pool;
    QCache<QString, QImage> m_cache;   // cost in KiB
    QSet<QString> m_pending;
    QHash<QString, QString> m_failed;   // key -> reason
    QHash<QString, QString> m_passwords;
};

} // namespace ledgerlens
