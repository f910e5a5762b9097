// Two windows on one workspace file: a window knows when the file it opened
// was written since (another window saved it), and whether another running
// window (a real second process here) has it open.
#include "store/WorkspaceGuard.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace ledgerlens;

namespace {
const char *kChildFlag = "--hold-workspace";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

int holdWorkspace(const QString &path)
{
    WorkspaceGuard guard;
    guard.remember(path);
    std::fputs("HOLDING\n", stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
} // namespace

class TestWorkspaceGuard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void writtenSinceItWasRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("deal.ledgerlens"));
        writeFile(path, "{\"saved\": \"by this window\"}");
        WorkspaceGuard guard;
        guard.remember(path);
        QVERIFY(!guard.changedOnDisk());
        // Same size, other bytes: the hash tells, whatever the clock says.
        writeFile(path, "{\"saved\": \"by other window\"}");
        QVERIFY(guard.changedOnDisk());
        guard.remember(path);
        QVERIFY(!guard.changedOnDisk());
        QFile::remove(path);
        QVERIFY2(!guard.changedOnDisk(), "a deleted file has nothing to overwrite");
    }

    void openInAnotherRunningWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.ledgerlens"));
        writeFile(path, "{}");
        QVERIFY(!WorkspaceGuard::openElsewhere(path));
        QProcess other;
        other.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildFlag), path});
        QVERIFY(other.waitForStarted());
        QByteArray out;
        while (!out.contains("HOLDING") && other.waitForReadyRead(10000))
            out += other.readAllStandardOutput();
        QVERIFY2(out.contains("HOLDING"), other.readAllStandardError().constData());
        QVERIFY(WorkspaceGuard::openElsewhere(path));
        // This window opening it too does not make it "elsewhere" for itself.
        WorkspaceGuard mine;
        mine.remember(path);
        QVERIFY(WorkspaceGuard::openElsewhere(path));
        other.kill();
        QVERIFY(other.waitForFinished());
        QVERIFY2(!WorkspaceGuard::openElsewhere(path), "a killed window holds nothing");
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("workspaceguard-test"));
    QStandardPaths::setTestModeEnabled(true);
    if (argc >= 3 && qstrcmp(argv[1], kChildFlag) == 0)
        return holdWorkspace(QString::fromLocal8Bit(argv[2]));
    TestWorkspaceGuard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspaceguard.moc"
