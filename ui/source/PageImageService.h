#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <functional>

namespace ledgerlens {

// Renders PDF pages off the GUI thread and keeps the recent ones (LRU by
// bytes). Each pool thread opens its own document (poppler objects are not
// shared across threads). A page that never finishes only ties up its pool
// thread; the viewer shows a placeholder meanwhile.
class PageImageService : public QObject
{
    Q_OBJECT
public:
    // (path, password, page, dpi) -> image; null image on failure. Runs on a pool thread.
    using RenderFunction = std::function<QImage(const QString &, const QString &, int, double)>;

    explicit PageImageService(QObject *parent = nullptr);
    ~PageImageService() override;

    // Replaces the poppler-backed renderer (tests, benchmarks).
    void setRenderFunction(RenderFunction render) { m_render = std::move(render); }
    void setPassword(const QString &path, const QString &password) { m_passwords.insert(path, password); }
    void setCacheBytes(qint64 bytes) { m_cache.setMaxCost(bytes >> 10); }

    // The cached image, or null; on a miss queues a render (once) that ends in rendered().
    QImage request(const QString &path, int page, double dpi);
    // Queue pages likely to be wanted next (neighbours), at low priority.
    void prefetch(const QString &path, int page, double dpi);
    bool isPending(const QString &path, int page, double dpi) const;
    void waitForIdle() { m_pool.waitForDone(); }

signals:
    void rendered(const QString &path, int page, double dpi, bool ok);

private:
    static QString keyOf(const QString &path, int page, double dpi);
    void enqueue(const QString &path, int page, double dpi, int priority);

    RenderFunction m_render;
    QThreadPool m_pool;
    QCache<QString, QImage> m_cache;   // cost in KiB
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    QHash<QString, QString> m_passwords;
};

} // namespace ledgerlens
