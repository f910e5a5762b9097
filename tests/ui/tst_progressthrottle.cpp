// A long PDF reports every page; the window hears of it at most a few times
// a second, and only the report list: the comparison tables and the charts
// get no signal at all. A stand-in worker prints 300 progress lines at once.
#include "Fixtures.h"
#include "ModelLog.h"

#include "MainWindow.h"
#include "loading/ReportLoader.h"

#include "items/ComparisonModel.h"
#include "items/MarginsModel.h"
#include "items/RevenueMixModel.h"
#include "store/ReportStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ledgerlens;

class TestProgressThrottle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui-progressthrottle"));
        QSettings().clear();
    }

    void threeHundredProgressLinesReachOnlyTheReportListAFewTimes()
    {
        QTemporaryDir dir;
        const QString worker = dir.filePath(QStringLiteral("worker.sh"));
        {
            QFile f(worker);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\n"
                    "i=1\n"
                    "while [ $i -le 300 ]; do echo \"progress $i 300\" >&2; i=$((i+1)); done\n"
                    "sleep 3\n"
                    "exit 3\n");
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        }
        const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(Fixtures::writeImageOnlyPdf(pdf, 1));

        MainWindow window;
        window.loader()->setWorkerProgram(worker);
        ReportStore *store = window.store();
        ComparisonModel comparison(store, TableKind::ProfitOrLoss);
        RevenueMixModel mix(store);
        MarginsModel margins(store);
        ModelLog comparisonLog(&comparison), mixLog(&mix), marginsLog(&margins);
        QSignalSpy progress(store, &ReportStore::loadProgress);

        window.openFiles({pdf});
        // Adding the entry and starting its load are changes of their own.
        QTRY_VERIFY_WITH_TIMEOUT(store->count() == 1
                                     && store->entry(store->idAt(0))->state.phase == LoadState::Loading, 15000);
        const EntryId id = store->idAt(0);
        comparisonLog.take();
        mixLog.take();
        marginsLog.take();
        progress.clear();
        // All 300 lines come while the worker then sleeps 3 s.
        QTRY_VERIFY_WITH_TIMEOUT(store->entry(id)->state.pagesDone == 300, 2500);
        QTest::qWait(300);
        qInfo("store progress notifications for 300 lines: %lld", qlonglong(progress.count()));
        QVERIFY2(progress.count() >= 1, "the list still shows progress");
        QVERIFY2(progress.count() <= 8, qPrintable(QString::number(progress.count())));
        QCOMPARE(progress.constLast().at(1).toInt(), 300);   // the latest figures, not a stale one
        QCOMPARE(comparisonLog.take(), QStringList());
        QCOMPARE(mixLog.take(), QStringList());
        QCOMPARE(marginsLog.take(), QStringList());
        QTRY_VERIFY_WITH_TIMEOUT(store->entry(id)->state.phase == LoadState::Failed, 15000);
    }
};

QTEST_MAIN(TestProgressThrottle)
#include "tst_progressthrottle.moc"
