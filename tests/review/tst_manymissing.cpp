// A workspace whose PDFs are all gone (a folder moved away) opens in time
// linear in its size: the work the store does per report is counted
// (ReportStore::entriesVisited), not timed, and must not grow with the
// number of reports. The missing PDFs are offered in one dialog.
#include "ReviewFixture.h"

#include "review/MissingReportsDialog.h"
#include "review/ReviewController.h"
#include "review/WorkspaceController.h"

#include "MainWindow.h"
#include "loading/ReportLoader.h"
#include "store/ReportStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ledgerlens;

class TestManyMissing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // n reports under a folder that does not exist, each reviewed.
    QString writeWorkspace(int n)
    {
        QJsonArray reports;
        for (int i = 0; i < n; ++i)
            reports.append(QJsonObject{
                {QStringLiteral("path"), m_dir.filePath(QStringLiteral("gone/report-%1.pdf").arg(i))},
                {QStringLiteral("review"), QJsonObject{{QStringLiteral("profit_or_loss"), QStringLiteral("reviewed")}}},
                {QStringLiteral("corrections"), QJsonArray()}});
        const QJsonObject json{{QStringLiteral("format"), QStringLiteral("ledgerlens-workspace")},
                               {QStringLiteral("formatVersion"), 2},
                               {QStringLiteral("reports"), reports}};
        const QString path = m_dir.filePath(QStringLiteral("missing-%1.ledgerlens").arg(n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the workspace");
        f.write(QJsonDocument(json).toJson());
        return path;
    }

    struct Opened
    {
        quint64 visits = 0;
        int asked = 0;
        int failed = 0;
    };
    // Opens the workspace in a fresh window; counts the store's work from
    // the open until the event loop is idle again.
    Opened open(int n)
    {
        const QString ws = writeWorkspace(n);
        MainWindow window;
        window.loader()->setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        ReviewController review(&window, m_dir.filePath(QStringLiteral("recovery/%1.ledgerlens").arg(n)));
        window.show();
        Opened o;
        review.workspace()->setLocateFunction([&o](const QString &) {
            ++o.asked;
            return QString();
        });
        const quint64 before = window.store()->entriesVisited();
        if (!review.workspace()->openPath(ws))
            qFatal("the workspace did not open");
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        o.visits = window.store()->entriesVisited() - before;
        for (EntryId id : window.store()->ids())
            o.failed += window.store()->entry(id)->state.phase == LoadState::Failed;
        window.store()->markSaved();
        return o;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("review-manymissing"));
        QSettings().clear();
    }

    void workPerReportDoesNotGrowWithTheWorkspace()
    {
        const int small = 1000, large = 4000;
        const Opened a = open(small);
        const Opened b = open(large);
        QCOMPARE(a.asked, small);
        QCOMPARE(b.asked, large);
        QCOMPARE(a.failed, small);
        QCOMPARE(b.failed, large);
        const double perReportSmall = double(a.visits) / small;
        const double perReportLarge = double(b.visits) / large;
        qInfo("store entries visited per report: %.1f at %d reports, %.1f at %d", perReportSmall, small,
              perReportLarge, large);
        // Linear: the same work per report at four times the size (quadratic
        // would be four times as much per report).
        QVERIFY2(perReportLarge <= perReportSmall * 1.25 + 2,
                 qPrintable(QStringLiteral("%1 vs %2 per report").arg(perReportLarge).arg(perReportSmall)));
    }

    void oneDialogListsEveryMissingReport()
    {
        const QString ws = writeWorkspace(40);
        MainWindow window;
        window.loader()->setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        ReviewController review(&window, m_dir.filePath(QStringLiteral("recovery/dialog.ledgerlens")));
        window.show();
        int dialogs = 0, listed = 0, afterSkip = 0;
        std::function<void(QWidget *)> act = [&](QWidget *w) {
            ++dialogs;
            auto *d = qobject_cast<MissingReportsDialog *>(w);
            if (!d) {
                w->close();
                return;
            }
            listed = d->list()->count();
            d->skipButton()->click();
            afterSkip = d->list()->count();
            d->skipAllButton()->click();
            // A second dialog would be a dialog per PDF.
            ReviewFixture::onNextModal(act, 500);
        };
        ReviewFixture::onNextModal(act);
        QVERIFY(review.workspace()->openPath(ws));
        QTest::qWait(800);
        QCOMPARE(dialogs, 1);
        QCOMPARE(listed, 40);
        QCOMPARE(afterSkip, 39);
        int failed = 0;
        for (EntryId id : window.store()->ids())
            failed += window.store()->entry(id)->state.phase == LoadState::Failed;
        QCOMPARE(failed, 40);   // skipped: not found, corrections and review kept
        QCOMPARE(window.store()->entry(window.store()->idAt(0))->reviewStatus(TableKind::ProfitOrLoss),
                 ReviewStatus::Reviewed);
        window.store()->markSaved();
    }
};

QTEST_MAIN(TestManyMissing)
#include "tst_manymissing.moc"
