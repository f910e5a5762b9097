// Broken and hostile PDFs: each gives the user one clear outcome, through the
// CLI (exit 2 and one "error: <file>: <reason>" line) and through the
// workbench's loader (the entry fails with that reason, the next file still
// loads). Never a crash, a hang or a silent empty report.
#include "RobustnessSupport.h"

#include "RawPdf.h"

#include "loading/LoadFailure.h"

#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace ledgerlens;
using namespace Robust;

namespace {

struct BadCase
{
    QString file;
    LoadFailure failure;
    QString reasonWord;   // what the CLI's error line must say
};

// A PDF with a text layer but only prose: a letter, not a financial report.
QString writeProseOnly(const QString &path)
{
    Fixtures::FilingDocument doc;
    doc.runningHeader = QStringLiteral("Robust Holdings Limited");
    doc.addTitle(QStringLiteral("NOTICE OF ANNUAL GENERAL MEETING"));
    for (int i = 0; i < 6; ++i)
        doc.addParagraph(QStringLiteral("NOTICE IS HEREBY GIVEN that the annual general meeting of the Company will be "
                                        "held at the registered office on Friday to consider resolution %1.").arg(i + 1));
    Fixtures::writeDocument(path, doc);
    return path;
}

} // namespace

class TestBadPdfs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(LEDGERLENS_WORKER)).isExecutable(), LEDGERLENS_WORKER);
        QVERIFY(m_dir.isValid());
        m_good = writeGoodReport(path(QStringLiteral("good.pdf")));
        const CliRun r = runCli({QStringLiteral("extract"), m_good});
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, qPrintable(describe(r)));
    }

    // Every unreadable file: exit 2, exactly one error line naming the file
    // and the reason, and with --progress the key the workbench words.
    void cliSaysWhyOnce_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("key");
        const QByteArray good = readAll(m_good);

        Fixtures::emptyFile(path(QStringLiteral("empty.pdf")));
        QTest::newRow("0 bytes") << path(QStringLiteral("empty.pdf")) << QStringLiteral("empty") << QStringLiteral("empty");

        Fixtures::notAPdf(path(QStringLiteral("text.pdf")));
        QTest::newRow("text named .pdf") << path(QStringLiteral("text.pdf")) << QStringLiteral("not a PDF") << QStringLiteral("not-pdf");
        writeBytes(path(QStringLiteral("zip.pdf")), QByteArray("PK\x03\x04", 4) + QByteArray(2000, 'z'));
        QTest::newRow("zip named .pdf") << path(QStringLiteral("zip.pdf")) << QStringLiteral("not a PDF") << QStringLiteral("not-pdf");

        for (double f : {0.02, 0.3, 0.6, 0.97}) {
            const QString name = QStringLiteral("cut-%1.pdf").arg(int(f * 100));
            Fixtures::truncatedCopy(m_good, path(name), f);
            QTest::newRow(qPrintable(QStringLiteral("truncated at %1%").arg(int(f * 100))))
                << path(name) << QStringLiteral("damaged or truncated") << QStringLiteral("truncated");
        }
        // Only a header and an end marker: nothing poppler can rebuild pages from.
        writeBytes(path(QStringLiteral("shell.pdf")), "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
        QTest::newRow("header and EOF only") << path(QStringLiteral("shell.pdf")) << QStringLiteral("damaged") << QStringLiteral("damaged");
        // Random bytes between a real header and a real trailer.
        QByteArray noise = good.left(64);
        QRandomGenerator rng(20241123);
        for (int i = 0; i < 20000; ++i)
            noise.append(char(rng.bounded(256)));
        noise.append("\nstartxref\n123456\n%%EOF\n");
        writeBytes(path(QStringLiteral("noise.pdf")), noise);
        QTest::newRow("noise with PDF header and trailer") << path(QStringLiteral("noise.pdf")) << QStringLiteral("damaged") << QStringLiteral("damaged");

        QDir(m_dir.path()).mkpath(QStringLiteral("folder.pdf"));
        QTest::newRow("a folder") << path(QStringLiteral("folder.pdf")) << QStringLiteral("folder, device or pipe") << QStringLiteral("not-a-file");
        QTest::newRow("a device") << QStringLiteral("/dev/null") << QStringLiteral("folder, device or pipe") << QStringLiteral("not-a-file");
        // A well-formed PDF whose page tree is empty.
        QByteArray zero = "%PDF-1.4\n";
        const int catalog = zero.size();
        zero += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
        const int pages = zero.size();
        zero += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        const int xref = zero.size();
        zero += "xref\n0 3\n0000000000 65535 f \n" + QByteArray::number(catalog).rightJustified(10, '0') + " 00000 n \n"
            + QByteArray::number(pages).rightJustified(10, '0') + " 00000 n \ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n"
            + QByteArray::number(xref) + "\n%%EOF\n";
        writeBytes(path(QStringLiteral("no-pages.pdf")), zero);
        QTest::newRow("no pages") << path(QStringLiteral("no-pages.pdf")) << QStringLiteral("no pages") << QStringLiteral("no-pages");
        QTest::newRow("missing") << path(QStringLiteral("gone.pdf")) << QStringLiteral("not found") << QStringLiteral("not-found");

        Fixtures::writeImageOnlyPdf(path(QStringLiteral("scan.pdf")), 3);
        QTest::newRow("scanned, no text layer") << path(QStringLiteral("scan.pdf")) << QStringLiteral("OCR") << QStringLiteral("no-text-layer");

        // Hostile files that all used to say "no text layer ... OCR".
        writeBytes(path(QStringLiteral("loop.pdf")), RawPdf::loopingPageTree());
        QTest::newRow("looping page tree") << path(QStringLiteral("loop.pdf")) << QStringLiteral("page tree is damaged")
                                           << QStringLiteral("damaged-page-tree");
        writeBytes(path(QStringLiteral("poster.pdf")), RawPdf::pageOfSize(14400, 14400));
        QTest::newRow("page 200 x 200 in") << path(QStringLiteral("poster.pdf")) << QStringLiteral("far too large")
                                           << QStringLiteral("page-too-large");
        writeBytes(path(QStringLiteral("bomb.pdf")), RawPdf::flateBomb(24LL << 20));
        QTest::newRow("decompression bomb") << path(QStringLiteral("bomb.pdf")) << QStringLiteral("too large or too slow")
                                            << QStringLiteral("too-large-or-slow");
    }

    void cliSaysWhyOnce()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QFETCH(QString, key);
        const CliRun r = runCli({QStringLiteral("extract"), file, QStringLiteral("--progress")}, 120000);
        QVERIFY2(r.finished && !r.crashed, qPrintable(describe(r)));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.left(200).constData());
        // One line for the user and nothing else: poppler's own diagnostics
        // (hundreds of lines for some files) only with --verbose.
        const QStringList lines = r.messages();
        QVERIFY2(lines.size() == 1, qPrintable(QStringLiteral("%1 lines: %2").arg(lines.size()).arg(lines.join(QLatin1Char('|')).left(600))));
        const QString last = lines.back();
        QVERIFY2(last.startsWith(QStringLiteral("error: ")), qPrintable(last));
        QVERIFY2(last.contains(QFileInfo(file).fileName()), qPrintable(last));
        QVERIFY2(last.contains(reason, Qt::CaseInsensitive), qPrintable(last));
        QCOMPARE(r.errorKey(), key);
        // Without --progress: the same single line and no key line.
        const CliRun plain = runCli({QStringLiteral("extract"), file}, 120000);
        QCOMPARE(QString::fromUtf8(plain.err).trimmed(), last);
    }

    // Poppler's diagnostics are there for whoever asks.
    void verboseShowsPopplersDiagnostics()
    {
        const QString loop = path(QStringLiteral("loop-verbose.pdf"));
        QVERIFY(writeBytes(loop, RawPdf::loopingPageTree()));
        const CliRun quiet = runCli({QStringLiteral("extract"), loop});
        QVERIFY2(!quiet.err.contains("poppler") && !quiet.err.contains("Loop"), quiet.err.constData());
        const CliRun loud = runCli({QStringLiteral("extract"), loop, QStringLiteral("--verbose")});
        QCOMPARE(loud.exitCode, 2);
        QVERIFY2(loud.err.contains("poppler: ") && loud.err.contains("Loop in Pages tree"), loud.err.constData());
        QVERIFY(loud.messages().back().startsWith(QStringLiteral("error: ")));
    }

    // A broken cross-reference table that poppler rebuilt: the report loads,
    // in the CLI and in the workbench, with a warning that pages may be missing.
    void repairedFileLoadsWithAWarning()
    {
        const QString repaired = path(QStringLiteral("repaired.pdf"));
        QVERIFY(writeBytes(repaired, RawPdf::withBrokenXref(readAll(m_good))));
        const CliRun r = runCli({QStringLiteral("extract"), repaired});
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("warning: repaired.pdf: the PDF's cross-reference table was damaged and has been repaired"),
                 r.err.constData());
        for (const QString &line : r.messages())  // warnings, and no poppler chatter
            QVERIFY2(line.startsWith(QStringLiteral("warning: repaired.pdf: ")), qPrintable(line));

        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loader.setLimits(testLimits());
        LoadController loads(&store, &loader);
        const QVector<EntryId> ids = loads.open({repaired});
        QVERIFY(waitIdle(loader));
        QCOMPARE(store.entry(ids[0])->state.phase, LoadState::Ready);
        QVERIFY(store.table(ids[0], TableKind::ProfitOrLoss));
        QVERIFY2(store.report(ids[0])->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("some pages may be missing")),
                 qPrintable(store.report(ids[0])->warnings.join(QLatin1Char('|'))));
    }

    // Some tools pad a finished file with NULs: still the same report.
    void trailingPaddingIsNotTruncation()
    {
        const QString padded = path(QStringLiteral("padded.pdf"));
        QVERIFY(writeBytes(padded, readAll(m_good) + QByteArray(8192, '\0')));
        const CliRun r = runCli({QStringLiteral("extract"), padded});
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains("profit_or_loss"));
    }

    // A readable PDF without statements is not an error for the CLI (valid
    // JSON and a warning), but the workbench does not list it as a report.
    void proseOnlyPdfIsNotAReport()
    {
        const QString prose = writeProseOnly(path(QStringLiteral("agm-notice.pdf")));
        const CliRun r = runCli({QStringLiteral("extract"), prose});
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(QJsonDocument::fromJson(r.out).isObject());
        QVERIFY2(r.err.contains("warning: agm-notice.pdf: no financial statements"), r.err.constData());

        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loader.setLimits(testLimits());
        LoadController loads(&store, &loader);
        const QVector<EntryId> ids = loads.open({prose});
        QCOMPARE(ids.size(), 1);
        QVERIFY(waitIdle(loader));
        QCOMPARE(store.entry(ids[0])->state.phase, LoadState::Failed);
        QCOMPARE(loads.failure(ids[0]), LoadFailure::NotFinancialReport);
        QVERIFY2(store.entry(ids[0])->state.reason.contains(QStringLiteral("no statements")),
                 qPrintable(store.entry(ids[0])->state.reason));
    }

    // All of them at once in the workbench: each fails alone with its own
    // reason, and the good report between them is Ready with its tables.
    void loaderFailsEachAloneAndLoadsTheGoodOne()
    {
        QVector<BadCase> bad = {
            {path(QStringLiteral("empty.pdf")), LoadFailure::EmptyFile, QStringLiteral("empty")},
            {path(QStringLiteral("text.pdf")), LoadFailure::NotPdf, QStringLiteral("not a PDF")},
            {path(QStringLiteral("cut-60.pdf")), LoadFailure::Truncated, QStringLiteral("damaged or truncated")},
            {path(QStringLiteral("noise.pdf")), LoadFailure::Damaged, QStringLiteral("damaged")},
            {path(QStringLiteral("scan.pdf")), LoadFailure::NoTextLayer, QStringLiteral("OCR")},
            {path(QStringLiteral("gone.pdf")), LoadFailure::NotFound, QStringLiteral("not found")},
            {path(QStringLiteral("loop.pdf")), LoadFailure::DamagedPageTree, QStringLiteral("page tree is damaged")},
            {path(QStringLiteral("poster.pdf")), LoadFailure::PageTooLarge, QStringLiteral("200 x 200 in")},
            {path(QStringLiteral("bomb.pdf")), LoadFailure::StreamTooLarge, QStringLiteral("too large or too slow")},
        };
        for (const BadCase &c : bad)
            QVERIFY2(c.file.endsWith(QStringLiteral("gone.pdf")) || QFileInfo::exists(c.file), qPrintable(c.file));

        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loader.setLimits(testLimits());
        LoadController loads(&store, &loader);
        QStringList files;
        for (int i = 0; i < bad.size(); ++i) {
            files << bad[i].file;
            if (i == bad.size() / 2)
                files << m_good;
        }
        const QVector<EntryId> ids = loads.open(files);
        QCOMPARE(ids.size(), files.size());
        QVERIFY(waitIdle(loader));

        for (int i = 0; i < files.size(); ++i) {
            const ReportEntry *e = store.entry(ids[i]);
            QVERIFY(e);
            if (files[i] == m_good) {
                QCOMPARE(e->state.phase, LoadState::Ready);
                QVERIFY(store.table(ids[i], TableKind::ProfitOrLoss));
                QVERIFY(!store.table(ids[i], TableKind::ProfitOrLoss)->items.isEmpty());
                continue;
            }
            const BadCase &c = *std::find_if(bad.begin(), bad.end(), [&](const BadCase &b) { return b.file == files[i]; });
            QVERIFY2(e->state.phase == LoadState::Failed, qPrintable(c.file + QStringLiteral(": ") + e->state.toText()));
            QCOMPARE(loads.failure(ids[i]), c.failure);
            QVERIFY2(e->state.reason.contains(c.reasonWord, Qt::CaseInsensitive),
                     qPrintable(c.file + QStringLiteral(": ") + e->state.reason));
        }
    }

    // A PDF whose structure is intact but whose streams (page contents,
    // fonts) are garbage: poppler itself may choke on it. Whatever the worker
    // makes of it (a report, a clear error or a crash), the user sees that
    // report settle with a reason, in time, and the next file still loads.
    void mangledStreamsSettleAndTheNextFileLoads()
    {
        QByteArray bytes = readAll(m_good);
        QRandomGenerator rng(7);
        int at = 0, streams = 0;
        while ((at = bytes.indexOf("stream", at)) >= 0) {
            const bool isEnd = at >= 3 && bytes.mid(at - 3, 3) == "end";
            at += 6;
            if (isEnd)
                continue;
            const int end = bytes.indexOf("endstream", at);
            if (end < 0)
                break;
            // Keep the first bytes (the zlib header) so decoding starts, then garble.
            for (int i = at + 16; i < end - 8; i += 13)
                bytes[i] = char(rng.bounded(256));
            at = end + 9;
            ++streams;
        }
        QVERIFY2(streams > 0, "the fixture PDF has no streams to mangle");
        const QString mangled = path(QStringLiteral("mangled.pdf"));
        QVERIFY(writeBytes(mangled, bytes));
        const CliRun r = runCli({QStringLiteral("extract"), mangled}, 120000);
        qInfo("mangled streams (%d): CLI finished=%d crashed=%d exit %d in %lld ms, %d stderr lines, last: %s", streams,
              r.finished, r.crashed, r.exitCode, r.ms, int(r.messages().size()), qPrintable(r.lastMessage().left(160)));

        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loader.setLimits(testLimits(120000));
        LoadController loads(&store, &loader);
        const QVector<EntryId> ids = loads.open({mangled, m_good});
        QCOMPARE(ids.size(), 2);
        QVERIFY(waitIdle(loader, 200000));
        const ReportEntry *e = store.entry(ids[0]);
        QVERIFY2(e->state.phase == LoadState::Ready || (e->state.phase == LoadState::Failed && !e->state.reason.isEmpty()),
                 qPrintable(e->state.toText()));
        QVERIFY2(loads.failure(ids[0]) != LoadFailure::TimedOut, qPrintable(e->state.reason));
        QCOMPARE(store.entry(ids[1])->state.phase, LoadState::Ready);
        qInfo("mangled streams in the workbench: %s", qPrintable(e->state.toText()));
    }
};

QTEST_MAIN(TestBadPdfs)
#include "tst_badpdfs.moc"
