// Close and reopen: the workbench opens a mix of good and broken reports,
// closes them all, and opens them again. Every round ends the same way (the
// same files Ready, the same failures), the store is empty after closing, and
// the workbench process's memory per round is printed. tools/stress.sh runs
// this with more rounds and ~20 files (LEDGERLENS_STRESS_ROUNDS,
// LEDGERLENS_STRESS_FILES: one path per line).
#include "RobustnessSupport.h"

#include "loading/LoadFailure.h"

using namespace ledgerlens;
using namespace Robust;

namespace {
long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLong();
    return -1;
}
} // namespace

class TestReopen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_files;
    int m_rounds = 2;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rounds = qMax(1, qEnvironmentVariableIntValue("LEDGERLENS_STRESS_ROUNDS"));
        if (!qEnvironmentVariableIsSet("LEDGERLENS_STRESS_ROUNDS"))
            m_rounds = 2;
        const QString list = qEnvironmentVariable("LEDGERLENS_STRESS_FILES");
        m_files = list.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (m_files.isEmpty()) {
            m_files << samplePdfs();
            m_files << writeGoodReport(m_dir.filePath(QStringLiteral("good.pdf")));
            Fixtures::emptyFile(m_dir.filePath(QStringLiteral("empty.pdf")));
            Fixtures::notAPdf(m_dir.filePath(QStringLiteral("text.pdf")));
            Fixtures::truncatedCopy(m_files.last(), m_dir.filePath(QStringLiteral("cut.pdf")), 0.7);
            Fixtures::writeImageOnlyPdf(m_dir.filePath(QStringLiteral("scan.pdf")), 2);
            for (const char *name : {"empty.pdf", "text.pdf", "cut.pdf", "scan.pdf"})
                m_files << m_dir.filePath(QString::fromLatin1(name));
        }
        QVERIFY(m_files.size() >= 4);
    }

    void sameOutcomeEveryRound()
    {
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loader.setLimits(testLimits());
        LoadController loads(&store, &loader);
        QStringList firstOutcome;
        long firstRss = 0;
        for (int round = 1; round <= m_rounds; ++round) {
            QElapsedTimer t;
            t.start();
            const QVector<EntryId> ids = loads.open(m_files);
            QCOMPARE(ids.size(), m_files.size());
            QVERIFY(waitIdle(loader));
            QStringList outcome;
            int ready = 0;
            for (int i = 0; i < ids.size(); ++i) {
                const ReportEntry *e = store.entry(ids[i]);
                QVERIFY(e);
                QVERIFY2(e->state.phase == LoadState::Ready || e->state.phase == LoadState::Failed,
                         qPrintable(e->state.toText()));
                ready += e->state.phase == LoadState::Ready;
                outcome << QStringLiteral("%1: %2 %3").arg(QFileInfo(m_files[i]).fileName()).arg(e->state.phase)
                               .arg(int(loads.failure(ids[i])));
            }
            const qint64 ms = t.elapsed();
            for (EntryId id : ids)
                loads.remove(id);
            QCOMPARE(store.count(), 0);
            QTest::qWait(50);   // deferred deletes of the finished workers
            const long rss = statusKb("VmRSS:");
            if (round == 1) {
                firstOutcome = outcome;
                firstRss = rss;
                QVERIFY2(ready > 0, "no file loaded");
            } else {
                QCOMPARE(outcome, firstOutcome);
            }
            qInfo("round %d: %d files (%d Ready) in %lld ms; workbench RSS %ld MB (%+ld MB since round 1), peak %ld MB",
                  round, int(ids.size()), ready, ms, rss / 1024, (rss - firstRss) / 1024, statusKb("VmHWM:") / 1024);
        }
    }
};

QTEST_MAIN(TestReopen)
#include "tst_reopen.moc"
