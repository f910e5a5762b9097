// A 500-page annual report (typeset here with QPdfWriter): it loads with
// page-by-page progress, finds the statements in the middle of it, and the
// time and memory it took are printed (figures, not timed assertions).
#include "RobustnessSupport.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace ledgerlens;
using namespace Robust;

namespace {
constexpr int kPages = 500;

QString writeLongReport(const QString &path, int pages)
{
    Fixtures::FilingDocument doc;
    doc.runningHeader = QStringLiteral("Long Annual Report Holdings Limited");
    doc.company = QStringLiteral("Long Annual Report Holdings Limited");
    doc.currency = QStringLiteral("RMB");
    doc.addTitle(QStringLiteral("ANNUAL REPORT 2024"));
    const QString prose = QStringLiteral(
        "The Group continued to invest in its research and development capabilities during the year, and the "
        "Board considers that the corporate governance practices described in this section were complied with. ");
    // Statements land near the middle, after pages of narrative.
    for (int p = 1; p < pages - 2; ++p) {
        if (p == pages / 2) {
            doc.addTable(Fixtures::profitOrLossTable());
            doc.addPageBreak();
            doc.addTable(Fixtures::financialPositionTable());
            doc.addPageBreak();
            continue;
        }
        doc.addHeading(QStringLiteral("Section %1").arg(p));
        doc.addParagraph(prose.repeated(3));
        doc.addPageBreak();
    }
    const auto result = Fixtures::writeDocument(path, doc);
    return result.pageCount >= pages - 4 ? path : QString();
}
} // namespace

class TestLargeReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;
    int m_pages = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer t;
        t.start();
        m_pdf = writeLongReport(m_dir.filePath(QStringLiteral("long-annual-report.pdf")), kPages);
        QVERIFY2(!m_pdf.isEmpty(), "the long report did not typeset to ~500 pages");
        m_pages = kPages;
        qInfo("typeset %d pages (%.1f MB) in %lld ms", m_pages, QFileInfo(m_pdf).size() / 1e6, t.elapsed());
    }

    void cliReportsProgressForEveryPage()
    {
        const long rssBefore = childrenPeakRssMb();
        const CliRun r = runCli({QStringLiteral("extract"), m_pdf, QStringLiteral("--progress")}, 280000);
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, qPrintable(describe(r)));
        int progressLines = 0, lastDone = 0, total = 0;
        for (const QByteArray &line : r.err.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts[0] == "progress") {
                ++progressLines;
                QVERIFY2(parts[1].toInt() > lastDone, line.constData());   // monotonic
                lastDone = parts[1].toInt();
                total = parts[2].toInt();
            }
        }
        QVERIFY2(total >= kPages - 4, qPrintable(QStringLiteral("total %1").arg(total)));
        QCOMPARE(lastDone, total);
        QCOMPARE(progressLines, total);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!json.value(QStringLiteral("statements")).toObject().value(QStringLiteral("profit_or_loss")).toObject().isEmpty(),
                 "the statements in the middle of the long report were not found");
        const long rss = childrenPeakRssMb();
        qInfo("CLI: %d pages in %lld ms (%.1f ms/page), worker peak RSS %ld MB%s", total, r.ms, double(r.ms) / total,
              rss, rss <= rssBefore ? " (or less: an earlier child was larger)" : "");
    }

    void loaderShowsProgressAndLoads()
    {
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loader.setLimits(testLimits(280000));
        LoadController loads(&store, &loader);
        QVector<int> seen;   // pagesDone as the store saw it while Loading
        connect(&store, &ReportStore::loadProgress, this, [&](EntryId id, int pagesDone, int pageCount) {
            const ReportEntry *e = store.entry(id);
            if (e && e->state.phase == LoadState::Loading && pageCount > 0)
                seen << pagesDone;
        });
        QElapsedTimer t;
        t.start();
        const QVector<EntryId> ids = loads.open({m_pdf});
        QCOMPARE(ids.size(), 1);
        QVERIFY(waitIdle(loader, 280000));
        const qint64 ms = t.elapsed();
        const ReportEntry *e = store.entry(ids[0]);
        QVERIFY2(e->state.phase == LoadState::Ready, qPrintable(e->state.toText()));
        QVERIFY(store.report(ids[0])->pageCount >= kPages - 4);
        QVERIFY(store.table(ids[0], TableKind::ProfitOrLoss));
        // The user saw the bar, in order, and no flood: progress is throttled to one update per
        // interval (how many intervals a load lasts depends on the machine, so no lower bound
        // beyond the first; tst_progressthrottle checks the throttle with a scripted worker).
        QVERIFY2(!seen.isEmpty(), "no progress was shown while loading");
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        const qint64 most = ms / LoadController::kProgressIntervalMs + 2;
        QVERIFY2(seen.size() <= most, qPrintable(QStringLiteral("%1 progress updates in %2 ms").arg(seen.size()).arg(ms)));
        qInfo("loader: %d pages Ready in %lld ms with %d progress updates; worker peak RSS so far %ld MB",
              store.report(ids[0])->pageCount, ms, int(seen.size()), childrenPeakRssMb());
    }
};

QTEST_MAIN(TestLargeReport)
#include "tst_largereport.moc"
