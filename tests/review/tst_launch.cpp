// The files given on the command line (or by a file manager): a .ledgerlens
// workspace opens as a workspace, not as "not a PDF file", with PDFs given
// beside it joining it; LaunchRequest sorts the arguments.
#include "ReviewFixture.h"

#include "review/ReviewController.h"
#include "review/WorkspaceController.h"

#include "Fixtures.h"
#include "MainWindow.h"
#include "loading/ReportLoader.h"

#include "session/LaunchRequest.h"
#include "store/ReportStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ledgerlens;

namespace {
bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool allSettled(const ReportStore *store, int count)
{
    if (store->count() != count)
        return false;
    for (EntryId id : store->ids()) {
        const LoadState::Phase p = store->entry(id)->state.phase;
        if (p == LoadState::Queued || p == LoadState::Loading)
            return false;
    }
    return true;
}
} // namespace

class TestLaunch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString copyOfSample(const QString &sample, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(Fixtures::samplePdf(sample), path))
            qFatal("cannot copy the sample PDF");
        return path;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("review-launch"));
        QSettings().clear();
    }

    void workspacesAreSortedFromReports()
    {
        QVERIFY(write(m_dir.filePath(QStringLiteral("a.pdf")), "%PDF-1.4\n"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("review.ledgerlens")), "{}"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("other.LEDGERLENS")), "{}"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("saved-without-suffix")), "  {\"format\": \"ledgerlens-workspace\"}"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("scan")), "%PDF-1.7\n"));
        const LaunchRequest r = LaunchRequest::fromArguments(
            {QStringLiteral("a.pdf"), QStringLiteral("review.ledgerlens"), QStringLiteral("scan"),
             QStringLiteral("other.LEDGERLENS"), QStringLiteral("saved-without-suffix"), QStringLiteral("missing.pdf")},
            m_dir.path());
        QCOMPARE(r.workspace, m_dir.filePath(QStringLiteral("review.ledgerlens")));
        // Anything not a workspace goes to the loader, which says what is wrong with it.
        QCOMPARE(r.reports, (QStringList{m_dir.filePath(QStringLiteral("a.pdf")), m_dir.filePath(QStringLiteral("scan")),
                                         m_dir.filePath(QStringLiteral("missing.pdf"))}));
        QCOMPARE(r.extraWorkspaces, (QStringList{m_dir.filePath(QStringLiteral("other.LEDGERLENS")),
                                                 m_dir.filePath(QStringLiteral("saved-without-suffix"))}));
        QVERIFY(LaunchRequest::fromArguments({}).isEmpty());
    }

    void fileUrlsFromAFileManager()
    {
        const QString ws = m_dir.filePath(QStringLiteral("review.ledgerlens"));
        const LaunchRequest r = LaunchRequest::fromArguments({QUrl::fromLocalFile(ws).toString()}, QDir::rootPath());
        QCOMPARE(r.workspace, ws);
        QVERIFY(r.reports.isEmpty());
    }

    // ledgerlens review.ledgerlens extra.pdf: the workspace's report and its
    // correction, plus the extra PDF, all loaded; nothing fails as "not a PDF".
    void aWorkspaceAndAPdfOnTheCommandLineOpenTogether()
    {
        const QString pdf = copyOfSample(QStringLiteral("cloud-factory-2024-interim"), QStringLiteral("cloud.pdf"));
        const QString ws = m_dir.filePath(QStringLiteral("saved.ledgerlens"));
        CellAddress cell;
        {
            MainWindow window;
            window.loader()->setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
            ReviewController review(&window, m_dir.filePath(QStringLiteral("recovery/first.ledgerlens")));
            window.openFiles({pdf});
            QTRY_VERIFY_WITH_TIMEOUT(allSettled(window.store(), 1), 120000);
            const EntryId id = window.store()->idAt(0);
            const Report *r = window.store()->report(id);
            QVERIFY(r);
            for (auto it = r->tables.begin(); it != r->tables.end() && !cell.isValid(); ++it)
                for (int row = 0; row < it->items.size() && !cell.isValid(); ++row)
                    if (!it->items[row].cells.isEmpty() && it->items[row].cells[0].value)
                        cell = {id, it.key(), row, 0};
            QVERIFY(cell.isValid());
            QVERIFY(window.store()->setValue(cell, Decimal(777)));
            QVERIFY(review.workspace()->saveTo(ws));
        }
        const QString extra = copyOfSample(QStringLiteral("harbour-lantern-2025-annual"), QStringLiteral("harbour.pdf"));

        MainWindow window;
        window.loader()->setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        ReviewController review(&window, m_dir.filePath(QStringLiteral("recovery/second.ledgerlens")));
        window.show();
        review.launch(LaunchRequest::fromArguments({QStringLiteral("saved.ledgerlens"), QStringLiteral("harbour.pdf")},
                                                   m_dir.path()));
        QCOMPARE(review.workspace()->workspacePath(), ws);
        QTRY_VERIFY_WITH_TIMEOUT(allSettled(window.store(), 2), 120000);
        QStringList files;
        for (EntryId id : window.store()->ids()) {
            const ReportEntry *e = window.store()->entry(id);
            QVERIFY2(e->state.phase == LoadState::Ready, qPrintable(e->path + ": " + e->state.reason));
            files << QFileInfo(e->path).fileName();
        }
        QCOMPARE(files, (QStringList{QStringLiteral("cloud.pdf"), QStringLiteral("harbour.pdf")}));
        const CellAddress again{window.store()->idAt(0), cell.table, cell.row, cell.column};
        QCOMPARE(window.store()->value(again), std::optional<Decimal>(Decimal(777)));
        QVERIFY(window.windowTitle().contains(QStringLiteral("saved.ledgerlens")));
        window.store()->markSaved();
    }
};

QTEST_MAIN(TestLaunch)
#include "tst_launch.moc"
