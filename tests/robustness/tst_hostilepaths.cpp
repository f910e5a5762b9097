// Paths that are not regular files: /dev/zero (endless), a named pipe (blocks
// on open), a folder. Whether the user opens one as a report or a workspace
// (a hand-edited or hostile .ledgerlens) names one, the workbench answers at
// once and keeps no thread reading forever (which would also hang its exit).
#include "RobustnessSupport.h"

#include "loading/LoadFailure.h"
#include "store/WorkspaceFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>

#include <condition_variable>
#include <mutex>
#include <sys/stat.h>
#include <thread>

using namespace ledgerlens;
using namespace Robust;

namespace {

// Fails the whole run loudly when the guarded code does not return in time
// (a hang cannot be recovered in-process: the reading thread never returns).
class Watchdog
{
public:
    Watchdog(int seconds, const char *what) : m_what(what)
    {
        m_thread = std::thread([this, seconds] {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (!m_cv.wait_for(lock, std::chrono::seconds(seconds), [this] { return m_done; }))
                qFatal("HANG: %s did not return within %d s", m_what, seconds);
        });
    }
    ~Watchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }

private:
    const char *m_what;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace

class TestHostilePaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fifo;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    QString workspaceNaming(const QStringList &paths)
    {
        QJsonArray reports;
        for (const QString &p : paths)
            reports.append(QJsonObject{{QStringLiteral("path"), p},
                                       {QStringLiteral("sha256"), QStringLiteral("00ff")},
                                       {QStringLiteral("corrections"), QJsonArray()}});
        const QJsonObject json{{QStringLiteral("format"), QStringLiteral("ledgerlens-workspace")},
                               {QStringLiteral("formatVersion"), 1},
                               {QStringLiteral("reports"), reports}};
        const QString path = file(QStringLiteral("hostile.ledgerlens"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QJsonDocument(json).toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fifo = file(QStringLiteral("pipe.pdf"));
        QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
        QDir(m_dir.path()).mkpath(QStringLiteral("folder.pdf"));
    }

    void workspaceNamingDevicesLoadsAtOnce()
    {
        const QStringList targets = {QStringLiteral("/dev/zero"), m_fifo, file(QStringLiteral("folder.pdf"))};
        const QString ws = workspaceNaming(targets);
        ReportStore store;
        WorkspaceLoadResult r;
        {
            Watchdog dog(20, "WorkspaceFile::load of a workspace naming /dev/zero, a FIFO and a folder");
            r = WorkspaceFile::load(ws, store);
        }
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(store.count(), targets.size());
        // None of them can be a report; each entry says so rather than hanging.
        for (EntryId id : store.ids())
            QVERIFY2(store.entry(id)->state.phase == LoadState::Failed || r.missingFiles.contains(id)
                         || r.changedFiles.contains(id) || store.entry(id)->state.phase == LoadState::Queued,
                     qPrintable(store.entry(id)->state.toText()));
    }

    void openingDevicesAsReportsFailsAndLeavesNoBusyThread()
    {
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loader.setLimits(testLimits(20000));
        LoadController loads(&store, &loader);
        const QVector<EntryId> ids = loads.open({QStringLiteral("/dev/zero"), m_fifo, file(QStringLiteral("folder.pdf"))});
        QCOMPARE(ids.size(), 3);
        {
            Watchdog dog(60, "loading /dev/zero, a FIFO and a folder as reports");
            QVERIFY(waitIdle(loader, 50000));
        }
        for (EntryId id : ids) {
            QCOMPARE(store.entry(id)->state.phase, LoadState::Failed);
            QVERIFY(!store.entry(id)->state.reason.isEmpty());
            // Said at once by the worker, not by the time limit.
            QVERIFY2(loads.failure(id) != LoadFailure::TimedOut, qPrintable(store.entry(id)->state.reason));
        }
        // Nothing keeps reading in the background (the app could not quit).
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 10000);
    }
};

QTEST_MAIN(TestHostilePaths)
#include "tst_hostilepaths.moc"
