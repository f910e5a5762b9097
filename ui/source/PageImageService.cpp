#include "PageImageService.h"

#include "process/PageRenderProcess.h"
#include "process/WorkerProcess.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadStorage>
#include <QElapsedTimer>
#include <memory>

namespace ledgerlens {

namespace {
// One render-server per pool thread (a QProcess belongs to the thread that
// made it), kept across pages so the document stays open in it.
PageImageService::RenderFunction outOfProcessRenderer(const QString &program)
{
    return [program](const QString &path, const QString &password, int page, double dpi, QString *error,
                     const std::atomic_bool *stop) {
        // QThreadStorage, not thread_local: it is torn down while the pool
        // thread finishes, before the pool's destructor stops waiting for it.
        static QThreadStorage<PageRenderProcess *> processes;
        if (!processes.hasLocalData() || processes.localData()->program() != program)
            processes.setLocalData(new PageRenderProcess(program));
        return processes.localData()->render(path, password, page, dpi, error, stop);
    };
}
} // namespace

PageImageService::PageImageService(QObject *parent)
    : QObject(parent), m_render(outOfProcessRenderer(WorkerProcess::defaultProgram())), m_cache(192 * 1024)  // 192 MiB
{
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(-1);  // keep threads (and their open documents) alive
    m_clock.start();
}

PageImageService::~PageImageService()
{
    // A page still drawing must not hold the window open.
    for (const auto &task : qAsConst(m_tasks))
        task->cancelled.store(true);
    m_pool.clear();
    m_pool.waitForDone(3000);
}

QString PageImageService::keyOf(const QString &path, int page, double dpi)
{
    return path + QLatin1Char('#') + QString::number(page) + QLatin1Char('@') + QString::number(qRound(dpi));
}

void PageImageService::setWorkerProgram(const QString &program)
{
    m_render = outOfProcessRenderer(program);
}

QString PageImageService::failure(const QString &path, int page, double dpi) const
{
    return m_failed.value(keyOf(path, page, dpi));
}

bool PageImageService::isPending(const QString &path, int page, double dpi) const
{
    return m_tasks.contains(keyOf(path, page, dpi));
}

QImage PageImageService::request(const QString &path, int page, double dpi)
{
    const QString key = keyOf(path, page, dpi);
    if (QImage *image = m_cache.object(key))
        return *image;
    if (key != m_wanted) {
        // Coming back to a page that failed tries it again: a timeout on a
        // busy machine, or a helper that died while idle, is not the page's fault.
        m_failed.remove(key);
        m_wanted = key;
    }
    abandonOthers(key);  // while the page on screen is not drawn, nothing else is
    if (!m_failed.contains(key))
        enqueue(path, page, dpi, 10);
    return {};
}

void PageImageService::abandonOthers(const QString &wanted)
{
    // The viewer moved on: pages still queued, and pages drawing for longer
    // than a slow page takes, give way to the one on screen (two render
    // processes are easily tied up by two hostile pages). They are asked
    // again, not marked failed, when the viewer comes back to them.
    const qint64 now = m_clock.elapsed();
    for (auto it = m_tasks.begin(); it != m_tasks.end();) {
        const qint64 started = it.value()->startedMs.load();
        if (it.key() != wanted && (started < 0 || now - started > kSlowMs)) {
            it.value()->cancelled.store(true);
            it = m_tasks.erase(it);
        } else {
            ++it;
        }
    }
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
    if (m_tasks.contains(key))
        return;
    auto task = std::make_shared<Task>();
    m_tasks.insert(key, task);
    QPointer<PageImageService> self(this);
    const RenderFunction render = m_render;
    const QString password = m_passwords.value(path);
    const QElapsedTimer clock = m_clock;
    m_pool.start([self, render, task, clock, path, password, page, dpi, key] {
        if (task->cancelled.load())
            return;
        task->startedMs.store(clock.elapsed());
        QString error;
        const QImage image = render(path, password, page, dpi, &error, &task->cancelled);
        QMetaObject::invokeMethod(qApp, [self, task, image, error, path, page, dpi, key] {
            if (!self)
                return;
            if (self->m_tasks.value(key) == task)
                self->m_tasks.remove(key);
            if (image.isNull() && task->cancelled.load())
                return;  // abandoned, not failed
            if (image.isNull())
                self->m_failed.insert(key, error.isEmpty() ? tr("it cannot be drawn") : error);
            else
                self->m_cache.insert(key, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() >> 10));
            emit self->rendered(path, page, dpi, !image.isNull());
        }, Qt::QueuedConnection);
    }, priority);
}

} // namespace ledgerlens
