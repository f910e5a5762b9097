// The worker process dies, hangs or talks nonsense: that report fails with a
// clear reason while another report loads fine, and the analyst's unsaved
// correction in the store is untouched. The worker is chosen the way the
// shipped app chooses it, through the LEDGERLENS_WORKER environment variable: a
// stand-in script that misbehaves for some files and runs the real CLI for
// the others.
#include "RobustnessSupport.h"

#include "loading/LoadFailure.h"

#include <QUndoStack>

using namespace ledgerlens;
using namespace Robust;

class TestWorkerFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_worker;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // $2 is the PDF path (`extract FILE --progress`).
        const QByteArray body =
            "case \"$2\" in\n"
            "  *segv*) echo 'progress 1 40' >&2; kill -SEGV $$ ;;\n"
            "  *abort*) echo 'progress 2 40' >&2; echo \"terminate called after throwing an instance of 'std::bad_alloc'\" >&2; kill -ABRT $$ ;;\n"
            "  *hang*) echo 'progress 1 40' >&2; exec sleep 600 ;;\n"
            "  *silent*) exec sleep 600 ;;\n"
            "  *garbage*) echo 'progress 40 40' >&2; echo '{\"statements\": [1, 2'; exit 0 ;;\n"
            "  *nothing*) exit 0 ;;\n"
            "  *exit3*) echo 'Segmentation fault (core dumped)' >&2; exit 139 ;;\n"
            "  *babble*) head -c 30000000 /dev/zero | tr '\\0' x >&2; exit 1 ;;\n"
            "esac\n"
            "exec '" LEDGERLENS_WORKER "' \"$@\"";
        m_worker = writeScript(file(QStringLiteral("worker.sh")), body);
        QVERIFY(!m_worker.isEmpty());
        // Each stand-in file is a perfectly good PDF: only the worker misbehaves.
        // Each is a different filing (its own company), since the loader rightly
        // refuses a second copy of a file it already has.
        writeGoodReport(file(QStringLiteral("good.pdf")));
        for (const char *name : {"segv", "abort", "hang", "silent", "garbage", "nothing", "exit3", "babble"})
            QVERIFY(!writeGoodReport(file(QString::fromLatin1(name) + QStringLiteral("-report.pdf")),
                                     QString::fromLatin1(name) + QStringLiteral(" Holdings Limited")).isEmpty());
        writeGoodReport(file(QStringLiteral("second.pdf")), QStringLiteral("Second Holdings Limited"));
    }

    void misbehavingWorkersFailAloneAndKeepTheCorrection()
    {
        qputenv("LEDGERLENS_WORKER", m_worker.toLocal8Bit());
        ReportStore store;
        ReportLoader loader;
        qunsetenv("LEDGERLENS_WORKER");
        QCOMPARE(loader.workerProgram(), m_worker);
        // Long enough for a real extraction on a loaded machine (or under
        // sanitizers): only the hanging stand-ins should ever reach it.
        ReportLoader::Limits limits = testLimits(15000);
        limits.maxConcurrent = 2;
        loader.setLimits(limits);
        LoadController loads(&store, &loader);

        // The analyst has a report open and has typed a correction, not saved.
        const QVector<EntryId> first = loads.open({file(QStringLiteral("good.pdf"))});
        QVERIFY(waitIdle(loader));
        QCOMPARE(store.entry(first[0])->state.phase, LoadState::Ready);
        store.markSaved();
        const CellAddress cell = correctFirstFigure(store, first[0], Decimal(424242));
        QVERIFY2(cell.isValid(), "no figure to correct");
        QVERIFY(store.isModified());
        const int undoCount = store.undoStack()->count();

        const QStringList files = {file(QStringLiteral("segv-report.pdf")), file(QStringLiteral("hang-report.pdf")),
                                   file(QStringLiteral("second.pdf")), file(QStringLiteral("abort-report.pdf")),
                                   file(QStringLiteral("silent-report.pdf")), file(QStringLiteral("garbage-report.pdf")),
                                   file(QStringLiteral("nothing-report.pdf")), file(QStringLiteral("exit3-report.pdf")),
                                   file(QStringLiteral("babble-report.pdf"))};
        const QVector<EntryId> ids = loads.open(files);
        QCOMPARE(ids.size(), files.size());
        QElapsedTimer t;
        t.start();
        QVERIFY(waitIdle(loader));
        qInfo("9 loads (7 misbehaving workers, 2 hanging to the 15 s limit) settled in %lld ms", t.elapsed());

        auto expect = [&](int i, LoadFailure failure, const QString &word) {
            const ReportEntry *e = store.entry(ids[i]);
            QVERIFY(e);
            QVERIFY2(e->state.phase == LoadState::Failed, qPrintable(files[i] + QStringLiteral(": ") + e->state.toText()));
            QVERIFY2(loads.failure(ids[i]) == failure,
                     qPrintable(QStringLiteral("%1: failure %2, reason %3").arg(files[i]).arg(int(loads.failure(ids[i]))).arg(e->state.reason)));
            QVERIFY2(e->state.reason.contains(word, Qt::CaseInsensitive), qPrintable(files[i] + QStringLiteral(": ") + e->state.reason));
        };
        expect(0, LoadFailure::Crashed, QStringLiteral("crashed"));
        expect(1, LoadFailure::TimedOut, QStringLiteral("too long"));
        QCOMPARE(store.entry(ids[2])->state.phase, LoadState::Ready);
        QVERIFY(store.table(ids[2], TableKind::ProfitOrLoss));
        QCOMPARE(store.report(ids[2])->company, QStringLiteral("Second Holdings Limited"));
        expect(3, LoadFailure::OutOfMemory, QStringLiteral("memory"));
        expect(4, LoadFailure::TimedOut, QStringLiteral("too long"));
        expect(5, LoadFailure::BadOutput, QStringLiteral("unreadable"));
        expect(6, LoadFailure::BadOutput, QStringLiteral("unreadable"));
        // A non-zero exit without a reason the loader knows still says something.
        QCOMPARE(store.entry(ids[7])->state.phase, LoadState::Failed);
        QVERIFY(!store.entry(ids[7])->state.reason.isEmpty());
        // 30 MB on stderr without a line break: a short reason, not the babble.
        QCOMPARE(store.entry(ids[8])->state.phase, LoadState::Failed);
        QVERIFY(!store.entry(ids[8])->state.reason.isEmpty());
        QVERIFY2(store.entry(ids[8])->state.reason.size() < 400, qPrintable(QString::number(store.entry(ids[8])->state.reason.size())));

        // Nothing the analyst typed was lost or undone.
        QCOMPARE(store.value(cell), std::optional<Decimal>(Decimal(424242)));
        QCOMPARE(store.corrections(first[0]).size(), 1);
        QCOMPARE(store.undoStack()->count(), undoCount);
        QVERIFY(store.isModified());
        QCOMPARE(store.entry(first[0])->state.phase, LoadState::Ready);

        // Retrying a crashed file with a working worker loads it.
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loads.retry(ids[0]);
        QVERIFY(waitIdle(loader));
        QCOMPARE(store.entry(ids[0])->state.phase, LoadState::Ready);
        QCOMPARE(store.value(cell), std::optional<Decimal>(Decimal(424242)));
    }

    // Closing the workbench while workers hang leaves no worker behind.
    void closingWithHangingWorkersKillsThem()
    {
        ReportLoader::Limits limits = testLimits(600000);
        QStringList pids;
        {
            ReportStore store;
            ReportLoader loader;
            loader.setWorkerProgram(m_worker);
            loader.setLimits(limits);
            LoadController loads(&store, &loader);
            loads.open({file(QStringLiteral("hang-report.pdf")), file(QStringLiteral("silent-report.pdf"))});
            QTRY_COMPARE_WITH_TIMEOUT(loader.activeCount(), 2, 5000);
            // Our own children only: other tests running beside this one hang workers too.
            auto hanging = [] {
                QProcess pgrep;
                pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-P"), QString::number(QCoreApplication::applicationPid()),
                                                      QStringLiteral("-f"), QStringLiteral("sleep 600")});
                pgrep.waitForFinished();
                return QString::fromLatin1(pgrep.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            };
            QTRY_VERIFY2_WITH_TIMEOUT((pids = hanging()).size() == 2, "the hanging workers did not start", 10000);
        }
        QTest::qWait(500);
        for (const QString &pid : pids)
            QVERIFY2(!QFileInfo::exists(QStringLiteral("/proc/") + pid), qPrintable(QStringLiteral("worker %1 still running").arg(pid)));
    }
};

QTEST_MAIN(TestWorkerFailures)
#include "tst_workerfailures.moc"
