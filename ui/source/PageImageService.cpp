#include "PageImageService.h"

#include "document/PageRenderer.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadStorage>
#include <QtConcurrent>
#include <map>
#include <memory>

namespace ledgerlens {

namespace {
// One open document per (pool thread, path): opening a 200-page PDF per page
// would cost more than rendering it.
QImage renderWithThreadLocalDocument(const QString &path, const QString &password, int page, double dpi)
{
    static thread_local std::map<QString, std::unique_ptr<PageRenderer>> documents;
    auto it = documents.find(path);
    if (it == documents.end()) {
        if (documents.size() > 4)
            documents.clear();  // keep few documents open per thread
        it = documents.emplace(path, std::make_unique<PageRenderer>(path, password)).first;
    }
    if (!it->second->isOpen())
        return {};
    return it->second->render(page, dpi);
}
} // namespace

PageImageService::PageImageService(QObject *parent)
    : QObject(parent), m_render(renderWithThreadLocalDocument), m_cache(192 * 1024)  // 192 MiB
{
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(-1);  // keep threads (and their open documents) alive
}

PageImageService::~PageImageService()
{
    m_pool.clear();
    m_pool.waitForDone(3000);
}

QString PageImageService::keyOf(const QString &path, int page, double dpi)
{
    return path + QLatin1Char('#') + QString::number(page) + QLatin1Char('@') + QString::number(qRound(dpi));
}

bool PageImageService::isPending(const QString &path, int page, double dpi) const
{
    return m_pending.contains(keyOf(path, page, dpi));
}

QImage PageImageService::request(const QString &path, int page, double dpi)
{
    const QString key = keyOf(path, page, dpi);
    if (QImage *image = m_cache.object(key))
        return *image;
    if (!m_failed.contains(key))
        enqueue(path, page, dpi, 10);
    return {};
}

void PageImageService::prefetch(const QString &path, int page, double dpi)
{
    const QString key = keyOf(path, page, dpi);
    if (page >= 1 && !m_cache.contains(key) && !m_failed.contains(key))
        enqueue(path, page, dpi, 0);
}

void PageImageService::enqueue(const QString &path, int page, double dpi, int priority)
{
    const QString key = keyOf(path, page, dpi);
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    QPointer<PageImageService> self(this);
    const RenderFunction render = m_render;
    const QString password = m_passwords.value(path);
    m_pool.start([self, render, path, password, page, dpi, key] {
        const QImage image = render(path, password, page, dpi);
        QMetaObject::invokeMethod(qApp, [self, image, path, page, dpi, key] {
            if (!self)
                return;
            self->m_pending.remove(key);
            if (image.isNull())
                self->m_failed.insert(key);
            else
                self->m_cache.insert(key, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() >> 10));
            emit self->rendered(path, page, dpi, !image.isNull());
        }, Qt::QueuedConnection);
    }, priority);
}

} // namespace ledgerlens
