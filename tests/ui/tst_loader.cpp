// The report loader with a real worker process (ledgerlens-worker), and with
// stand-in workers that crash, hang or run out of memory: a failing file fails
// alone, with a reason a user can act on.
#include "loading/LoadController.h"
#include "loading/LoadFailure.h"
#include "loading/ReportLoader.h"
#include "store/ReportStore.h"

#include <QDir>
#include <QSet>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;

namespace {
QStringList samplePdfs()
{
    const QDir dir(QStringLiteral(LEDGERLENS_SAMPLES_DIR));
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        out << dir.absoluteFilePath(f);
    return out;
}

bool waitIdle(ReportLoader &loader, int ms = 120000)
{
    QElapsedTimer t;
    t.start();
    while (loader.activeCount() > 0 && t.elapsed() < ms)
        QTest::qWait(20);
    return loader.activeCount() == 0;
}

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/sh\n" + body + "\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return path;
}
} // namespace

class TestLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(LEDGERLENS_WORKER)).isExecutable(), LEDGERLENS_WORKER);
        QVERIFY2(!samplePdfs().isEmpty(), "no sample PDFs in " LEDGERLENS_SAMPLES_DIR);
    }

    void sampleLoadsReadyWithTablesBesideBadFiles()
    {
        QTemporaryDir tmp;
        const QString empty = tmp.filePath(QStringLiteral("empty.pdf"));
        QFile(empty).open(QIODevice::WriteOnly);
        const QString text = tmp.filePath(QStringLiteral("notes.pdf"));
        QFile t(text);
        t.open(QIODevice::WriteOnly);
        t.write("Quarterly notes, typed in a text editor.\n");
        t.close();

        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        LoadController loads(&store, &loader);
        QSignalSpy progress(&loader, &ReportLoader::jobChanged);
        const QString good = samplePdfs().first();
        const QVector<EntryId> ids = loads.open({empty, good, text});
        QCOMPARE(ids.size(), 3);
        QVERIFY(waitIdle(loader));

        const ReportEntry *g = store.entry(ids[1]);
        QCOMPARE(g->state.phase, LoadState::Ready);
        const Report *report = store.report(ids[1]);
        QVERIFY(report);
        QCOMPARE(report->path, QFileInfo(good).absoluteFilePath());
        QVERIFY(report->pageCount > 0);
        QVERIFY(report->table(TableKind::ProfitOrLoss) && !report->table(TableKind::ProfitOrLoss)->isEmpty());
        // Progress went through the page count of the worker.
        QCOMPARE(loads.job(ids[1])->pageCount, report->pageCount);
        QVERIFY(progress.count() > 3);

        QCOMPARE(store.entry(ids[0])->state.phase, LoadState::Failed);
        QCOMPARE(loads.failure(ids[0]), LoadFailure::EmptyFile);
        QVERIFY2(store.entry(ids[0])->state.reason.contains(QLatin1String("empty")),
                 qPrintable(store.entry(ids[0])->state.reason));
        QCOMPARE(store.entry(ids[2])->state.phase, LoadState::Failed);
        QCOMPARE(loads.failure(ids[2]), LoadFailure::NotPdf);
        QVERIFY(store.entry(ids[2])->state.reason.contains(QLatin1String("not a PDF")));
    }

    void duplicateIsRejectedByPathAndByContent()
    {
        QTemporaryDir tmp;
        const QString good = samplePdfs().first();
        const QString copy = tmp.filePath(QStringLiteral("renamed copy.pdf"));
        QVERIFY(QFile::copy(good, copy));
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        LoadController loads(&store, &loader);
        QSignalSpy dup(&loads, &LoadController::duplicateRejected);
        const QVector<EntryId> first = loads.open({good});
        QCOMPARE(first.size(), 1);
        QCOMPARE(loads.open({QFileInfo(good).absolutePath() + QStringLiteral("/./") + QFileInfo(good).fileName()}).size(), 0);
        QCOMPARE(dup.count(), 1);
        QCOMPARE(dup.at(0).at(1).toInt(), first.first());
        // Same bytes under another name: found once hashed, the entry goes away.
        loads.open({copy});
        QTRY_COMPARE_WITH_TIMEOUT(dup.count(), 2, 20000);
        QVERIFY(waitIdle(loader));
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.entry(first.first())->state.phase, LoadState::Ready);
    }

    void crashTimeoutAndMemoryFailAlone()
    {
        QTemporaryDir tmp;
        const QString crash = writeScript(tmp, QStringLiteral("crash.sh"), "echo 'progress 1 9' >&2; kill -SEGV $$");
        const QString hang = writeScript(tmp, QStringLiteral("hang.sh"), "echo 'progress 1 9' >&2; exec sleep 60");
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const QString hog = writeScript(tmp, QStringLiteral("hog.sh"),
                                        "exec " + python.toUtf8() + " -c 'b = bytearray(900 * 1024 * 1024)'");
        const QString cancelled = writeScript(tmp, QStringLiteral("slow.sh"), "exec sleep 60");
        const QString dispatch = writeScript(tmp, QStringLiteral("dispatch.sh"),
                                             "case \"$2\" in *crash*) exec " + crash.toUtf8() + ";;"
                                             " *hang*) exec " + hang.toUtf8() + ";;"
                                             " *hog*) exec " + hog.toUtf8() + ";;"
                                             " *slow*) exec " + cancelled.toUtf8() + ";;"
                                             " *) exec " LEDGERLENS_WORKER " \"$@\";; esac");
        QStringList inputs;
        for (const char *name : {"crash.pdf", "hang.pdf", "hog.pdf", "slow.pdf"}) {
            QFile f(tmp.filePath(QLatin1String(name)));
            f.open(QIODevice::WriteOnly);
            f.write(QByteArray("%PDF-1.4 distinct ") + name);
            inputs << f.fileName();
        }
        inputs << samplePdfs().first();

        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(dispatch);
        ReportLoader::Limits limits;
        limits.maxConcurrent = 5;
        limits.worker.timeoutMs = 6000;  // generous: a loaded machine starts python slowly
        limits.worker.memoryBytes = 600LL << 20;
        loader.setLimits(limits);
        LoadController loads(&store, &loader);
        const QVector<EntryId> ids = loads.open(inputs);
        QCOMPARE(ids.size(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(loads.isLoading(ids[3]), 5000);
        loads.cancel(ids[3]);
        QVERIFY(waitIdle(loader));

        QCOMPARE(loads.failure(ids[0]), LoadFailure::Crashed);
        QCOMPARE(loads.failure(ids[1]), LoadFailure::TimedOut);
#ifndef LEDGERLENS_SANITIZED
        // Sanitized builds set no RLIMIT_AS (see ExtractionWorker): the python
        // stand-in then allocates freely and fails only for printing no report.
        if (!python.isEmpty())
            QCOMPARE(loads.failure(ids[2]), LoadFailure::OutOfMemory);
#endif
        QCOMPARE(loads.job(ids[3])->state, JobState::Cancelled);
        QCOMPARE(store.entry(ids[4])->state.phase, LoadState::Ready);
        for (int i : {0, 1, 2})
            QVERIFY(!store.entry(ids[i])->state.reason.isEmpty());
    }

    void missingWorkerIsSaid()
    {
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral("/nonexistent/ledgerlens-worker"));
        LoadController loads(&store, &loader);
        const QVector<EntryId> ids = loads.open({samplePdfs().first()});
        QVERIFY(waitIdle(loader));
        QCOMPARE(loads.failure(ids[0]), LoadFailure::WorkerMissing);
        QVERIFY(store.entry(ids[0])->state.reason.contains(QLatin1String("ledgerlens-worker")));
    }

    // The worker names the failure by key; its English sentence is never
    // guessed at. A scanned file named "encrypted-bonds.pdf" is not a
    // password problem, whatever words its sentence (or its name) contains.
    void failureKindComesFromTheKeyNotTheWords()
    {
        QTemporaryDir dir;
        const QString scan = dir.filePath(QStringLiteral("encrypted-bonds.pdf"));
        QFile f(scan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n%%EOF\n");
        f.close();
        // $2 is the PDF path (`extract FILE --progress`).
        const QString keyed = writeScript(dir, QStringLiteral("keyed.sh"),
            "echo 'error no-text-layer' >&2\n"
            "echo \"error: $2: the password-protected, encrypted scan has no text layer\" >&2\nexit 2");
        const QString unkeyed = writeScript(dir, QStringLiteral("unkeyed.sh"),
            "echo \"error: /elsewhere/encrypted-bonds.pdf: encrypted? wrong password? no text layer?\" >&2\nexit 2");
        ReportStore store;
        ReportLoader loader;
        LoadController loads(&store, &loader);
        loader.setWorkerProgram(keyed);
        const EntryId a = loads.open({scan}).value(0);
        QVERIFY(waitIdle(loader));
        QCOMPARE(loads.failure(a), LoadFailure::NoTextLayer);
        // The reason is our own sentence for the key, not the worker's words.
        QCOMPARE(store.entry(a)->state.reason, LoadFailures::describe(LoadFailure::NoTextLayer));
        loads.remove(a);

        loader.setWorkerProgram(unkeyed);
        const EntryId b = loads.open({scan}).value(0);
        QVERIFY(waitIdle(loader));
        QCOMPARE(loads.failure(b), LoadFailure::Other);
        QVERIFY2(store.entry(b)->state.reason.contains(QLatin1String("wrong password?")), qPrintable(store.entry(b)->state.reason));
    }

    // Every key the worker can send has its own sentence, and arguments land in it.
    void everyKeyIsWorded()
    {
        QSet<QString> sentences;
        for (int e = int(ExtractionError::NotFound); e <= int(ExtractionError::NoTextLayer); ++e) {
            const auto error = ExtractionError(e);
            const QString key = ExtractionErrors::key(error);
            QVERIFY(!key.isEmpty());
            const auto parsed = ExtractionErrors::parseProtocolLine(ExtractionErrors::protocolLine(error, {}));
            QVERIFY(parsed);
            QCOMPARE(parsed->error, error);
            const QString text = LoadFailures::describe(LoadFailures::fromExtraction(error));
            QVERIFY2(!text.isEmpty() && !sentences.contains(text), qPrintable(key + QStringLiteral(": ") + text));
            sentences.insert(text);
        }
        ErrorArgs args;
        args.page = 3;
        args.count = 2;
        args.pageSize = QSizeF(172800, 842);
        const auto parsed = ExtractionErrors::parseProtocolLine(ExtractionErrors::protocolLine(ExtractionError::PageTooLarge, args));
        QVERIFY(parsed);
        QVERIFY(parsed->args == args);
        const QString text = LoadFailures::describe(LoadFailure::PageTooLarge, {parsed->args, 0, {}});
        QVERIFY2(text.contains(QLatin1String("page 3")) && text.contains(QLatin1String("2400 x 12 in")), qPrintable(text));
        // Unknown keys (a newer worker) are not taken for a known one.
        QVERIFY(!ExtractionErrors::parseProtocolLine(QStringLiteral("error sunspots page=1")));
        QVERIFY(!ExtractionErrors::parseProtocolLine(QStringLiteral("error: x.pdf: encrypted")));
    }
};

QTEST_MAIN(TestLoader)
#include "tst_loader.moc"
