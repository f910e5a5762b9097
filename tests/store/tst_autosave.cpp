// Autosave: debounced recovery file, removed on a clean save, and recovery
// after the app is killed (a child process edits, autosaves, gets SIGKILL).
#include "StoreFixtures.h"
#include "store/Autosaver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>

using namespace ledgerlens;

namespace {
const char *kChildFlag = "--autosave-child";

CellAddress revenue(EntryId id) { return {id, TableKind::ProfitOrLoss, 0, 0}; }

// The "app" that crashes: edits, waits for its autosave, says so, then idles
// until it is killed.
int runChild(const QString &recoveryPath, const QString &pdfPath)
{
    ReportStore store;
    const EntryId id = store.addEntry(pdfPath);
    store.setReport(id, StoreFixtures::alpha(pdfPath));
    Autosaver saver(&store, recoveryPath);
    saver.setDebounceMs(50);
    saver.setWorkspacePath(QStringLiteral("/home/analyst/deals.ledgerlens"));
    store.setValue(revenue(id), Decimal(1234), QStringLiteral("edited before the crash"));
    store.setReviewStatus(id, TableKind::ProfitOrLoss, ReviewStatus::Flagged);
    QObject::connect(&saver, &Autosaver::autosaved, [] {
        std::fputs("AUTOSAVED\n", stdout);
        std::fflush(stdout);
    });
    return QCoreApplication::exec();
}
// Starts the child "app" and waits until it has autosaved its edits.
void startEditingChild(QProcess &child, const QString &recovery, const QString &pdf)
{
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildFlag), recovery, pdf});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    while (!out.contains("AUTOSAVED") && child.waitForReadyRead(10000))
        out += child.readAllStandardOutput();
    QVERIFY2(out.contains("AUTOSAVED"), child.readAllStandardError().constData());
}
} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void debouncedWriteThenCleanSaveRemovesIt()
    {
        const QString recovery = m_dir.filePath("recovery/debounce.ledgerlens");
        ReportStore store;
        Autosaver saver(&store, recovery);
        saver.setDebounceMs(100);
        QSignalSpy saved(&saver, &Autosaver::autosaved);
        const EntryId id = store.addEntry(m_dir.filePath("a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        store.setValue(revenue(id), Decimal(1));
        store.setValue(revenue(id), Decimal(2));
        store.setValue(revenue(id), Decimal(3));
        QVERIFY(!QFile::exists(recovery)); // not on every keystroke
        QVERIFY(saved.wait(2000));
        QTest::qWait(300);
        QCOMPARE(saved.count(), 1); // three edits, one write
        QVERIFY(Autosaver::recoveryExists(recovery));
        QVERIFY(WorkspaceFile::save(store, m_dir.filePath("clean.ledgerlens")));
        QVERIFY(!QFile::exists(recovery));
        // Undo back to the saved state is clean too: nothing to recover.
        store.setValue(revenue(id), Decimal(4));
        QVERIFY(saved.wait(2000));
        QVERIFY(QFile::exists(recovery));
        store.undoStack()->undo();
        QVERIFY(!QFile::exists(recovery));
    }

    void periodicTimerSavesDuringAStreamOfEdits()
    {
        const QString recovery = m_dir.filePath("recovery/stream.ledgerlens");
        ReportStore store;
        Autosaver saver(&store, recovery);
        saver.setDebounceMs(400);
        saver.setIntervalMs(150);
        const EntryId id = store.addEntry(m_dir.filePath("a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        // An edit every 100 ms keeps the debounce from ever firing.
        for (int i = 0; i < 8 && !QFile::exists(recovery); ++i) {
            store.setValue(revenue(id), Decimal(100 + i));
            QTest::qWait(100);
        }
        QVERIFY(QFile::exists(recovery));
    }

    // Steady editing never postpones the save past the max wait: the
    // debounce alone would wait for a pause that never comes.
    void steadyEditingIsSavedWithinTheMaxWait()
    {
        const QString recovery = m_dir.filePath("recovery/steady.ledgerlens");
        ReportStore store;
        Autosaver saver(&store, recovery);
        saver.setDebounceMs(1000);
        saver.setMaxWaitMs(300);
        saver.setIntervalMs(600000);
        QSignalSpy saved(&saver, &Autosaver::autosaved);
        const EntryId id = store.addEntry(m_dir.filePath("a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        for (int i = 0; i < 15; ++i) {
            store.setValue(revenue(id), Decimal(100 + i));
            QTest::qWait(100);
        }
        // 1.5 s of an edit every 100 ms: saved several times, never waiting for a pause.
        QVERIFY2(saved.count() >= 2, qPrintable(QString::number(saved.count())));
    }

    // Two real processes: a running window's recovery file is never offered
    // to another; once that window is killed, it is.
    void onlyAGoneWindowsFileIsOffered()
    {
        const QString theirs = m_dir.filePath("recovery-two/session-child.ledgerlens");
        const QString mine = m_dir.filePath("recovery-two/session-me.ledgerlens");
        const QString pdf = m_dir.filePath("beta.pdf");
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("pdf bytes");
        f.close();
        QProcess child;
        startEditingChild(child, theirs, pdf);
        if (QTest::currentTestFailed())
            return;

        ReportStore store;
        Autosaver saver(&store, mine);
        QVERIFY2(Autosaver::orphanedRecoveries(mine).isEmpty(), "the running window's file is its own");
        Autosaver::discardOrphan(theirs);
        QVERIFY2(QFile::exists(theirs), "a running window's file is never deleted");

        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(Autosaver::orphanedRecoveries(mine), QStringList{QFileInfo(theirs).absoluteFilePath()});
        const WorkspaceLoadResult adopted = saver.adopt(theirs);
        QVERIFY2(adopted.ok, qPrintable(adopted.error));
        QVERIFY(!QFile::exists(theirs));
        QVERIFY(QFile::exists(mine));
        store.setReport(store.idAt(0), StoreFixtures::alpha(pdf));
        QCOMPARE(store.value(revenue(store.idAt(0))), std::optional<Decimal>(Decimal(1234)));
        QVERIFY(Autosaver::orphanedRecoveries(mine).isEmpty());
    }

    void recoversEditsAfterTheAppIsKilled()
    {
        const QString recovery = m_dir.filePath("recovery/session.ledgerlens");
        const QString pdf = m_dir.filePath("alpha.pdf");
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("pdf bytes");
        f.close();

        QProcess child;
        startEditingChild(child, recovery, pdf);
        if (QTest::currentTestFailed())
            return;
        child.kill(); // SIGKILL: no clean shutdown, no chance to save
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        ReportStore store;
        Autosaver saver(&store, recovery);
        QVERIFY(Autosaver::recoveryExists(saver.recoveryPath()));
        const WorkspaceLoadResult result = saver.restore();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(saver.workspacePath(), QStringLiteral("/home/analyst/deals.ledgerlens"));
        QVERIFY(store.isModified());
        QCOMPARE(store.count(), 1);
        const EntryId id = store.idAt(0);
        QCOMPARE(store.entry(id)->path, pdf);
        QCOMPARE(store.entry(id)->reviewStatus(TableKind::ProfitOrLoss), ReviewStatus::Flagged);
        store.setReport(id, StoreFixtures::alpha(pdf));
        QCOMPARE(store.value(revenue(id)), std::optional<Decimal>(Decimal(1234)));
        QCOMPARE(store.correctionAt(revenue(id))->note, QStringLiteral("edited before the crash"));
        // Saving the recovered work cleanly removes the recovery file.
        QVERIFY(WorkspaceFile::save(store, m_dir.filePath("recovered.ledgerlens")));
        QVERIFY(!Autosaver::recoveryExists(recovery));
    }

    void anUnansweredOldRecoveryIsNeitherDeletedNorOverwritten()
    {
        const QString recovery = m_dir.filePath("recovery/old.ledgerlens");
        QDir().mkpath(m_dir.filePath("recovery"));
        QFile f(recovery);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"earlier\": \"session\"}");
        f.close();
        ReportStore store;
        Autosaver saver(&store, recovery);
        saver.setDebounceMs(50);
        QSignalSpy saved(&saver, &Autosaver::autosaved);
        const EntryId id = store.addEntry(m_dir.filePath("a.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        store.markSaved(); // a clean state must not delete the earlier session's file
        QVERIFY(QFile::exists(recovery));
        store.setValue(revenue(id), Decimal(7));
        QVERIFY(saved.wait(2000));
        const QStringList aside = QDir(m_dir.filePath("recovery")).entryList({"old.ledgerlens.*.bak"});
        QCOMPARE(aside.size(), 1);
        QFile old(m_dir.filePath("recovery/" + aside.first()));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("{\"earlier\": \"session\"}"));
    }

    void corruptRecoveryFileIsReportedNotLoaded()
    {
        const QString recovery = m_dir.filePath("recovery/corrupt.ledgerlens");
        QDir().mkpath(m_dir.filePath("recovery"));
        QFile f(recovery);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ half a file");
        f.close();
        ReportStore store;
        Autosaver saver(&store, recovery);
        const WorkspaceLoadResult result = saver.restore();
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(QFile::exists(recovery)); // left for the user to decide
    }
};

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestAutosave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
