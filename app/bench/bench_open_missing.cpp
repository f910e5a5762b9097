// Benchmark (not a test): opens workspaces whose PDFs are all missing (a
// folder moved away) in the main window and prints how long each took, from
// openPath() until the event loop is idle again. The missing-report dialog
// is answered "skip" for every report (the time is the program's, not the
// user's).
//
//   ledgerlens-bench-open-missing [N...]   (default 1000 5000; tools/bench-open-missing.sh)
#include "MainWindow.h"
#include "review/ReviewController.h"
#include "review/WorkspaceController.h"
#include "store/ReportStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace ledgerlens;

namespace {

QString writeWorkspace(const QTemporaryDir &dir, int n)
{
    QJsonArray reports;
    for (int i = 0; i < n; ++i)
        reports.append(QJsonObject{
            {QStringLiteral("path"), dir.filePath(QStringLiteral("gone/report-%1.pdf").arg(i))},
            {QStringLiteral("review"), QJsonObject{{QStringLiteral("profit_or_loss"), QStringLiteral("reviewed")}}}});
    const QJsonObject json{{QStringLiteral("format"), QStringLiteral("ledgerlens-workspace")},
                           {QStringLiteral("formatVersion"), 2},
                           {QStringLiteral("reports"), reports}};
    const QString path = dir.filePath(QStringLiteral("missing-%1.ledgerlens").arg(n));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(json).toJson());
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensBench"));
    QCoreApplication::setApplicationName(QStringLiteral("LedgerlensBench"));
    QList<int> sizes;
    for (const QString &a : app.arguments().mid(1))
        sizes << a.toInt();
    if (sizes.isEmpty())
        sizes = {1000, 5000};
    QTemporaryDir dir;
    std::printf("%-10s %10s %12s %16s\n", "reports", "open (s)", "ms/report", "store visits/rep");
    for (int n : sizes) {
        const QString ws = writeWorkspace(dir, n);
        MainWindow window;
        ReviewController review(&window, dir.filePath(QStringLiteral("recovery-%1.ledgerlens").arg(n)));
        window.resize(1400, 900);
        window.show();
        QCoreApplication::processEvents();
        review.workspace()->setLocateFunction([](const QString &) { return QString(); });
        const quint64 visits = window.store()->entriesVisited();
        QElapsedTimer t;
        t.start();
        const bool ok = review.workspace()->openPath(ws);
        // Until idle: queued work (status, list sizing, repaint) counts too.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 300)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        const double secs = (t.elapsed() - 300) / 1000.0;
        std::printf("%-10d %10.2f %12.3f %16.1f%s\n", n, secs, secs * 1000.0 / n,
                    double(window.store()->entriesVisited() - visits) / n, ok ? "" : "  (did not open)");
        std::fflush(stdout);
        window.store()->markSaved();
    }
    return 0;
}
