// An encrypted report: the user is asked for the password; a wrong one says
// so (and asks again), the right one loads the figures. The fixture is made
// at test time with `qpdf --encrypt` (tools/deps.sh --tests installs qpdf).
#include "RobustnessSupport.h"

#include "loading/LoadFailure.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace ledgerlens;
using namespace Robust;

class TestEncrypted : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_locked;
    const QString m_password = QStringLiteral("s3cret pass");

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString plain = writeGoodReport(m_dir.filePath(QStringLiteral("plain.pdf")));
        m_locked = encryptedCopy(plain, m_dir.filePath(QStringLiteral("locked.pdf")), m_password);
        if (m_locked.isEmpty())
            QSKIP("qpdf is not installed (tools/deps.sh --tests installs it)");
    }

    void cliAsksForThePasswordAndNamesAWrongOne()
    {
        CliRun r = runCli({QStringLiteral("extract"), m_locked});
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.lastMessage().contains(QStringLiteral("encrypted")), qPrintable(describe(r)));
        QVERIFY2(r.lastMessage().contains(QStringLiteral("password")), qPrintable(describe(r)));

        r = runCli({QStringLiteral("extract"), m_locked, QStringLiteral("--password"), QStringLiteral("guess")});
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.lastMessage().contains(QStringLiteral("wrong password")), qPrintable(describe(r)));

        r = runCli({QStringLiteral("extract"), m_locked, QStringLiteral("--password"), m_password});
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!json.value(QStringLiteral("statements")).toObject().value(QStringLiteral("profit_or_loss")).toObject().isEmpty(),
                 r.out.left(400).constData());
    }

    // The workbench path: passwordNeeded, retry with a wrong password
    // (passwordNeeded again, "wrong password"), retry with the right one: Ready.
    void loaderAsksRetriesAndLoads()
    {
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        loader.setLimits(testLimits());
        LoadController loads(&store, &loader);
        QSignalSpy asked(&loads, &LoadController::passwordNeeded);
        const QVector<EntryId> ids = loads.open({m_locked});
        QCOMPARE(ids.size(), 1);
        const EntryId id = ids[0];
        QVERIFY(waitIdle(loader));
        QCOMPARE(store.entry(id)->state.phase, LoadState::Failed);
        QCOMPARE(loads.failure(id), LoadFailure::NeedsPassword);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(1).toBool(), false);

        loads.retry(id, QStringLiteral("guess"));
        QVERIFY(waitIdle(loader));
        QVERIFY2(loads.failure(id) == LoadFailure::WrongPassword,
                 qPrintable(QStringLiteral("failure %1: %2").arg(int(loads.failure(id))).arg(store.entry(id)->state.reason)));
        QCOMPARE(asked.count(), 2);
        QCOMPARE(asked.at(1).at(1).toBool(), true);
        QVERIFY2(store.entry(id)->state.reason.contains(QStringLiteral("wrong password")),
                 qPrintable(store.entry(id)->state.reason));

        QSignalSpy unlocked(&loads, &LoadController::unlocked);
        loads.retry(id, m_password);
        QVERIFY(waitIdle(loader));
        QVERIFY2(store.entry(id)->state.phase == LoadState::Ready, qPrintable(store.entry(id)->state.toText()));
        QVERIFY(store.table(id, TableKind::ProfitOrLoss));
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(unlocked.at(0).at(1).toString(), m_password);
        // The password is not kept once the file is open.
        QVERIFY(loads.job(id)->password.isEmpty());
    }
};

QTEST_MAIN(TestEncrypted)
#include "tst_encrypted.moc"
