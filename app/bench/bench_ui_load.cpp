// Benchmark (not a test): loads report PDFs into the main window, as the app
// does, and prints how long the event loop stalled meanwhile, how many model
// resets the window's item models made and how many times a chart redrew.
//
//   ledgerlens-bench-ui-load a.pdf b.pdf ...   (tools/bench-ui-load.sh runs it offscreen)
#include "MainWindow.h"
#include "charts/ChartViewBase.h"
#include "charts/ChartsController.h"
#include "items/ChartGridModel.h"
#include "loading/ReportLoader.h"
#include "review/ReviewController.h"
#include "store/ReportStore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QMap>
#include <QMetaEnum>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace ledgerlens;

namespace {

// Lateness of a 5 ms timer: how long input would have waited.
struct StallMeter
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    int over50 = 0, over100 = 0;
    void tick()
    {
        const qint64 now = clock.nsecsElapsed();
        const qint64 late = now - last - 5'000'000;
        last = now;
        longest = std::max(longest, late);
        over50 += late > 50'000'000 ? 1 : 0;
        over100 += late > 100'000'000 ? 1 : 0;
    }
};

// CPU time of this (the GUI) thread: on a loaded machine an event's wall time
// is mostly waiting for a core; its CPU time is what the code costs.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

class Counter : public QObject
{
    Q_OBJECT
public:
    int n = 0;
public slots:
    void count() { ++n; }
};

// "77 UpdateRequest" (a window repaint), "76 LayoutRequest", ...: the number alone misleads.
QString eventName(QEvent::Type type)
{
    const char *key = QMetaEnum::fromType<QEvent::Type>().valueToKey(int(type));
    return key ? QStringLiteral("%1 %2").arg(int(type)).arg(QLatin1String(key)) : QString::number(int(type));
}

// The longest events the GUI thread handled, by receiver and event type: where a stall comes from.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool measuring = false;
    QMap<qint64, QString> longest;   // ns -> what, the ten longest
    qint64 longestCpu = 0;            // most CPU one event took
    QString longestCpuWhat;
    QMap<qint64, QString> mostCpu;    // cpu ns -> what, the ten costliest (wall time is mostly waiting on a loaded machine)
    struct Total { qint64 cpu = 0; int n = 0; };
    QHash<QString, Total> totals;     // by receiver class and event type: where the GUI thread's CPU goes
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!measuring || depth > 0)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuNs();
        ++depth;
        const QString cls = QString::fromLatin1(receiver->metaObject()->className());
        const QString what = QStringLiteral("%1 (%2) event %3")
                                 .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName())
                                 .arg(eventName(event->type()));
        const bool r = QApplication::notify(receiver, event);
        --depth;
        const qint64 ns = t.nsecsElapsed();
        const qint64 cpu = threadCpuNs() - cpu0;
        Total &total = totals[cls + QStringLiteral(" event ") + eventName(event->type())];
        total.cpu += cpu;
        ++total.n;
        if (mostCpu.size() < 10 || cpu > mostCpu.firstKey()) {
            mostCpu.insert(cpu, what);
            if (mostCpu.size() > 10)
                mostCpu.erase(mostCpu.begin());
        }
        if (cpu > longestCpu) {
            longestCpu = cpu;
            longestCpuWhat = what;
        }
        if (longest.size() < 10 || ns > longest.firstKey()) {
            longest.insert(ns, what + QStringLiteral(" (cpu %1 ms)").arg(cpu / 1e6, 0, 'f', 1));
            if (longest.size() > 10)
                longest.erase(longest.begin());
        }
        return r;
    }

private:
    int depth = 0;
};

bool allSettled(const ReportStore &store)
{
    for (EntryId id : store.ids()) {
        const LoadState::Phase p = store.entry(id)->state.phase;
        if (p != LoadState::Ready && p != LoadState::Failed)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    TimingApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensBench"));
    QCoreApplication::setApplicationName(QStringLiteral("LedgerlensBench"));
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: ledgerlens-bench-ui-load report.pdf...\n");
        return 2;
    }

    MainWindow window;
    ReviewController review(&window);
    new ChartsController(&window);
    window.resize(1400, 900);
    window.show();

    // Every item model of the window: resets; chart models: every signal a
    // chart view redraws on.
    QMap<QString, int> resets;
    Counter counter;
    for (QAbstractItemModel *m : window.findChildren<QAbstractItemModel *>()) {
        const QString name = QString::fromLatin1(m->metaObject()->className());
        QObject::connect(m, &QAbstractItemModel::modelReset, m, [&resets, name] { ++resets[name]; });
    }
    // A chart view says when it redrew; one that cannot (older builds, for
    // before/after figures) redraws on each reset, dataChanged or
    // headerDataChanged of its model, so those are counted instead.
    bool viewsSay = true;
    for (ChartViewBase *v : window.findChildren<ChartViewBase *>()) {
        if (v->metaObject()->indexOfSignal("restyled()") >= 0) {
            QObject::connect(v, SIGNAL(restyled()), &counter, SLOT(count()));
            continue;
        }
        viewsSay = false;
        QAbstractItemModel *m = v->model();
        QObject::connect(m, &QAbstractItemModel::modelReset, &counter, &Counter::count);
        QObject::connect(m, &QAbstractItemModel::dataChanged, &counter, &Counter::count);
        if (v->inherits("ledgerlens::BarChartView"))
            QObject::connect(m, &QAbstractItemModel::headerDataChanged, &counter, &Counter::count);
    }

    StallMeter meter;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&meter] { meter.tick(); });

    QElapsedTimer wall;
    qint64 cpuAtStart = 0, cpuAtSettle = 0;
    QTimer::singleShot(200, &window, [&] {
        resets.clear();
        counter.n = 0;
        wall.start();
        meter.clock.start();
        meter.last = 0;
        probe.start();
        app.measuring = true;
        cpuAtStart = threadCpuNs();
        window.openFiles(files);
    });
    // Done when every report is Ready or Failed; then half a second more for
    // work queued behind the last load.
    QTimer done;
    done.setInterval(100);
    qint64 settledAt = -1;
    QObject::connect(&done, &QTimer::timeout, &done, [&] {
        if (!wall.isValid())
            return;
        ReportStore *store = window.store();
        const bool settled = store->count() == files.size() && window.loader()->activeCount() == 0 && allSettled(*store);
        if (!settled) {
            settledAt = -1;
            return;
        }
        if (settledAt < 0) {
            settledAt = wall.elapsed();
            cpuAtSettle = threadCpuNs();
        }
        else if (wall.elapsed() - settledAt >= 500)
            app.quit();
    });
    done.start();
    QTimer::singleShot(600000, &app, [&app] { app.quit(); });
    app.exec();
    probe.stop();

    int ready = 0;
    for (EntryId id : window.store()->ids())
        ready += window.store()->entry(id)->state.phase == LoadState::Ready ? 1 : 0;
    int totalResets = 0;
    for (int n : resets)
        totalResets += n;
    std::printf("reports              %d (%d ready)\n", int(files.size()), ready);
    std::printf("load wall time       %.2f s\n", settledAt / 1000.0);
    std::printf("longest stall        %.1f ms (5 ms timer lateness)\n", meter.longest / 1e6);
    std::printf("GUI thread CPU       %.2f s while loading\n", (cpuAtSettle - cpuAtStart) / 1e9);
    std::printf("most CPU in 1 event  %.1f ms  %s\n", app.longestCpu / 1e6, qPrintable(app.longestCpuWhat));
    std::printf("stalls over 50 ms    %d\n", meter.over50);
    std::printf("stalls over 100 ms   %d\n", meter.over100);
    std::printf("model resets         %d\n", totalResets);
    for (auto it = resets.cbegin(); it != resets.cend(); ++it)
        std::printf("  %-30s %d\n", qPrintable(it.key()), it.value());
    std::printf("chart redraws        %d%s\n", counter.n, viewsSay ? "" : " (counted from model signals)");
    std::printf("longest events:\n");
    const QList<qint64> spans = app.longest.keys();
    for (auto it = spans.crbegin(); it != spans.crend(); ++it)
        std::printf("  %8.1f ms  %s\n", *it / 1e6, qPrintable(app.longest.value(*it)));
    std::printf("costliest events (CPU):\n");
    const QList<qint64> cpus = app.mostCpu.keys();
    for (auto it = cpus.crbegin(); it != cpus.crend(); ++it)
        std::printf("  %8.1f ms  %s\n", *it / 1e6, qPrintable(app.mostCpu.value(*it)));
    std::printf("CPU by receiver and event type (top 8):\n");
    QList<QPair<qint64, QString>> byCpu;
    for (auto it = app.totals.cbegin(); it != app.totals.cend(); ++it)
        byCpu.append({it.value().cpu, QStringLiteral("%1 x%2").arg(it.key()).arg(it.value().n)});
    std::sort(byCpu.begin(), byCpu.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < qMin(8, int(byCpu.size())); ++i)
        std::printf("  %8.1f ms  %s\n", byCpu[i].first / 1e6, qPrintable(byCpu[i].second));
    std::fflush(stdout);
    window.store()->markSaved();   // no "save changes?" on the way out
    // The figures are out; tearing the window down is not what is measured.
    std::_Exit(0);
}

#include "bench_ui_load.moc"
