// Files that are opened twice, vanish or change under the workbench: the user
// gets "already open", "file not found" or the new content's own verdict,
// never a stale or half-read report, and what is loaded stays loaded.
#include "RobustnessSupport.h"

#include "loading/LoadFailure.h"
#include "store/WorkspaceFile.h"

#include <QSignalSpy>

using namespace ledgerlens;
using namespace Robust;

class TestFilesChanging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // A stand-in worker that waits for `gate` to exist before running the real
    // CLI, so a test can change the file while its job is already running.
    QString gatedWorker(const QString &gate)
    {
        return writeScript(file(QStringLiteral("gated.sh")),
                           "while [ ! -e '" + gate.toLocal8Bit() + "' ]; do sleep 0.05; done\n"
                           "exec '" LEDGERLENS_WORKER "' \"$@\"");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = writeGoodReport(file(QStringLiteral("good.pdf")));
    }

    void sameFileTwiceIsRejectedAndTheFirstStays()
    {
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loader.setLimits(testLimits());
        LoadController loads(&store, &loader);
        QSignalSpy dup(&loads, &LoadController::duplicateRejected);
        const QVector<EntryId> first = loads.open({m_good});
        QCOMPARE(first.size(), 1);
        // While it loads, and in the same call: by path, via "..", via a symlink.
        QVERIFY(QFile::link(m_good, file(QStringLiteral("link.pdf"))));
        QCOMPARE(loads.open({m_good, m_dir.path() + QStringLiteral("/../") + QFileInfo(m_dir.path()).fileName()
                                         + QStringLiteral("/good.pdf"),
                             file(QStringLiteral("link.pdf"))}).size(), 0);
        QCOMPARE(dup.count(), 3);
        QVERIFY(waitIdle(loader));
        // After it loaded, again; and a byte-identical copy under another name.
        QCOMPARE(loads.open({m_good}).size(), 0);
        QVERIFY(QFile::copy(m_good, file(QStringLiteral("copy of good.pdf"))));
        loads.open({file(QStringLiteral("copy of good.pdf"))});
        QVERIFY(waitIdle(loader));
        QTRY_COMPARE(store.count(), 1);
        QVERIFY(dup.count() >= 5);
        for (const auto &args : dup)
            QCOMPARE(args.at(1).value<EntryId>(), first[0]);
        QCOMPARE(store.entry(first[0])->state.phase, LoadState::Ready);
    }

    // Deleted while waiting in the queue: "file not found" when its turn comes.
    void vanishesWhileQueued()
    {
        const QString doomed = file(QStringLiteral("doomed.pdf"));
        QVERIFY(QFile::copy(m_good, doomed));
        const QString gate = file(QStringLiteral("gate-1"));
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(gatedWorker(gate));
        ReportLoader::Limits limits = testLimits();
        limits.maxConcurrent = 1;
        loader.setLimits(limits);
        LoadController loads(&store, &loader);
        writeGoodReport(file(QStringLiteral("other.pdf")), QStringLiteral("Other Holdings Limited"));
        const QVector<EntryId> ids = loads.open({file(QStringLiteral("other.pdf")), doomed});
        QCOMPARE(ids.size(), 2);
        QVERIFY(QFile::remove(doomed));
        QFile(gate).open(QIODevice::WriteOnly);
        QVERIFY(waitIdle(loader));
        QCOMPARE(store.entry(ids[0])->state.phase, LoadState::Ready);
        QCOMPARE(store.entry(ids[1])->state.phase, LoadState::Failed);
        QCOMPARE(loads.failure(ids[1]), LoadFailure::NotFound);
    }

    // Replaced by something else after the job started: the worker reads what
    // is there now and says what it is (here: not a PDF, then cut short).
    void changesWhileRunning()
    {
        const QString gate = file(QStringLiteral("gate-2"));
        const QString swapped = file(QStringLiteral("swapped.pdf"));
        const QString cut = file(QStringLiteral("cut.pdf"));
        // Two different filings: two copies of one would be refused as a duplicate.
        QVERIFY(QFile::copy(m_good, swapped));
        QVERIFY(!writeGoodReport(cut, QStringLiteral("Cut Short Holdings Limited")).isEmpty());
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(gatedWorker(gate));
        loader.setLimits(testLimits());
        LoadController loads(&store, &loader);
        const QVector<EntryId> ids = loads.open({swapped, cut});
        QTRY_COMPARE(loads.job(ids[1])->state, JobState::Running);
        QTRY_COMPARE(loads.job(ids[0])->state, JobState::Running);
        QVERIFY(Fixtures::notAPdf(swapped));
        QVERIFY(Fixtures::truncatedCopy(m_good, cut, 0.5));
        QFile(gate).open(QIODevice::WriteOnly);
        QVERIFY(waitIdle(loader));
        QCOMPARE(loads.failure(ids[0]), LoadFailure::NotPdf);
        QCOMPARE(loads.failure(ids[1]), LoadFailure::Truncated);
    }

    // Once loaded, the report no longer needs its file: deleting or replacing
    // the PDF leaves figures and corrections as they were, and opening that
    // path again (the file is gone) says so instead of showing a ghost.
    void vanishesAfterLoading()
    {
        const QString kept = file(QStringLiteral("kept.pdf"));
        QVERIFY(QFile::copy(m_good, kept));
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loader.setLimits(testLimits());
        LoadController loads(&store, &loader);
        const QVector<EntryId> ids = loads.open({kept});
        QVERIFY(waitIdle(loader));
        QCOMPARE(store.entry(ids[0])->state.phase, LoadState::Ready);
        const CellAddress cell = correctFirstFigure(store, ids[0], Decimal(777));
        QVERIFY(cell.isValid());
        const int rows = store.table(ids[0], TableKind::ProfitOrLoss)->items.size();
        QVERIFY(QFile::remove(kept));
        QTest::qWait(200);
        QCOMPARE(store.entry(ids[0])->state.phase, LoadState::Ready);
        QCOMPARE(store.table(ids[0], TableKind::ProfitOrLoss)->items.size(), rows);
        QCOMPARE(store.value(cell), std::optional<Decimal>(Decimal(777)));

        // The workspace still saves, and restoring it reports the PDF missing
        // while keeping the correction.
        const QString ws = file(QStringLiteral("after-delete.ledgerlens"));
        QString error;
        QVERIFY2(WorkspaceFile::save(store, ws, &error), qPrintable(error));
        ReportStore restored;
        const WorkspaceLoadResult r = WorkspaceFile::load(ws, restored);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.missingFiles.size(), 1);
        QCOMPARE(restored.entry(r.missingFiles[0])->state.phase, LoadState::Failed);
        QCOMPARE(restored.pendingCorrections(r.missingFiles[0]).size() + restored.corrections(r.missingFiles[0]).size(), 1);
    }
};

QTEST_MAIN(TestFilesChanging)
#include "tst_fileschanging.moc"
