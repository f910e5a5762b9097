// The workspace end to end with the real loader (worker processes) and a
// bundled sample PDF: save → reopen restores corrections and review status,
// a moved PDF is relocated, a crash's autosave is offered and restores edits.
#include "ReviewFixture.h"

#include "review/ReviewController.h"
#include "review/WorkspaceController.h"

#include "Fixtures.h"
#include "MainWindow.h"
#include "session/Session.h"
#include "loading/ReportLoader.h"
#include "statements/StatementsPanel.h"

#include "items/ComparisonModel.h"
#include "store/Autosaver.h"
#include "store/ReportStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ledgerlens;

namespace {
const QString kSample = QStringLiteral("cloud-factory-2024-interim");

bool allReady(const ReportStore *store)
{
    if (store->count() == 0)
        return false;
    for (EntryId id : store->ids())
        if (store->entry(id)->state.phase != LoadState::Ready)
            return false;
    return true;
}

// The first figure of the first table the sample has.
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

CellAddress firstFigure(const ReportStore *store, EntryId id)
{
    const Report *r = store->report(id);
    for (auto it = r->tables.begin(); it != r->tables.end(); ++it)
        for (int row = 0; row < it->items.size(); ++row)
            if (!it->items[row].cells.isEmpty() && it->items[row].cells[0].value)
                return {id, it.key(), row, 0};
    return {};
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Window
    {
        MainWindow *window = nullptr;
        ReviewController *review = nullptr;
        ReportStore *store() const { return window->store(); }
    };
    // Each window writes its own recovery file (as each process does).
    Window makeWindow(const QString &recoveryName = QStringLiteral("session.ledgerlens"))
    {
        Window w;
        w.window = new MainWindow;
        w.window->loader()->setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        w.review = new ReviewController(w.window, m_dir.filePath(QStringLiteral("recovery/") + recoveryName));
        w.window->show();
        return w;
    }
    void close(Window &w)
    {
        w.store()->markSaved();
        delete w.window;
        w.window = nullptr;
    }
    QString copyOfSample(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(Fixtures::samplePdf(kSample), path))
            qFatal("cannot copy the sample PDF");
        return path;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("review-workspace"));
        QSettings().clear();
        QVERIFY2(QFile::exists(Fixtures::samplePdf(kSample)), "bundled sample PDFs are built with the tests");
    }

    void saveAndReopenRestoresTheReview()
    {
        const QString pdf = copyOfSample(QStringLiteral("a.pdf"));
        Window w = makeWindow();
        w.window->openFiles({pdf});
        QTRY_VERIFY_WITH_TIMEOUT(allReady(w.store()), 120000);
        const EntryId id = w.store()->idAt(0);
        const CellAddress cell = firstFigure(w.store(), id);
        QVERIFY(cell.isValid());
        const Decimal corrected = *w.store()->value(cell) + Decimal(7);
        QVERIFY(w.store()->setValue(cell, corrected, QStringLiteral("checked against note 4")));
        QVERIFY(w.store()->setReviewStatus(id, cell.table, ReviewStatus::Reviewed));
        QVERIFY(w.window->isWindowModified());

        const QString ws = m_dir.filePath(QStringLiteral("review.ledgerlens"));
        QVERIFY(w.review->workspace()->saveTo(ws));
        QVERIFY(!w.window->isWindowModified());
        QVERIFY2(w.window->windowTitle().contains(QStringLiteral("review.ledgerlens")), qPrintable(w.window->windowTitle()));
        QVERIFY(w.review->workspace()->recentWorkspaces().contains(QFileInfo(ws).absoluteFilePath()));
        close(w);

        Window again = makeWindow();
        QVERIFY(again.review->workspace()->openPath(ws));
        QTRY_VERIFY_WITH_TIMEOUT(allReady(again.store()), 120000);
        const EntryId id2 = again.store()->idAt(0);
        const CellAddress cell2{id2, cell.table, cell.row, cell.column};
        const auto c = again.store()->correctionAt(cell2);
        QVERIFY2(c.has_value(), "the correction comes back with the workspace");
        QCOMPARE(c->correctedValue, std::optional<Decimal>(corrected));
        QCOMPARE(c->note, QStringLiteral("checked against note 4"));
        QCOMPARE(again.store()->value(cell2), std::optional<Decimal>(corrected));
        QCOMPARE(again.store()->entry(id2)->reviewStatus(cell.table), ReviewStatus::Reviewed);
        ComparisonModel *model = again.window->statements()->model(cell.table);
        QVERIFY(model->indexForCell(cell2).data(ItemRoles::IsCorrectedRole).toBool());
        QVERIFY(again.store()->mismatchedCorrections().isEmpty());
        QVERIFY(again.window->windowTitle().contains(QStringLiteral("review.ledgerlens")));
        close(again);
    }

    // Two windows on one workspace: the second window's save is never
    // silently replaced by the first's; the first is asked, and Cancel keeps
    // the file as the other window wrote it.
    void anotherWindowsSaveIsNotSilentlyOverwritten()
    {
        const QString ws = m_dir.filePath(QStringLiteral("shared.ledgerlens"));
        Window first = makeWindow(QStringLiteral("session-first.ledgerlens"));
        first.store()->addEntry(m_dir.filePath(QStringLiteral("one.pdf")));
        QVERIFY(first.review->workspace()->saveTo(ws));

        Window second = makeWindow(QStringLiteral("session-second.ledgerlens"));
        second.review->workspace()->setLocateFunction([](const QString &) { return QString(); }); // skip the missing PDF
        QVERIFY(second.review->workspace()->openPath(ws));
        second.store()->addEntry(m_dir.filePath(QStringLiteral("two.pdf")));
        QVERIFY(second.review->workspace()->saveTo(ws));
        const QByteArray secondsSave = readFile(ws);

        first.store()->addEntry(m_dir.filePath(QStringLiteral("three.pdf")));
        QString message;
        ReviewFixture::clickNextMessageBox(QStringLiteral("Cancel"), &message);
        QVERIFY(!first.review->workspace()->saveTo(ws));
        QVERIFY2(message.contains(QStringLiteral("saved by someone else")), qPrintable(message));
        QCOMPARE(readFile(ws), secondsSave);
        QVERIFY(first.window->isWindowModified());

        ReviewFixture::clickNextMessageBox(QStringLiteral("Overwrite"));
        QVERIFY(first.review->workspace()->saveTo(ws));
        QVERIFY(readFile(ws).contains("three.pdf"));
        close(second);
        close(first);
    }

    void aMovedPdfIsLocatedAndKeepsItsCorrections()
    {
        const QString pdf = copyOfSample(QStringLiteral("moving.pdf"));
        Window w = makeWindow();
        w.window->openFiles({pdf});
        QTRY_VERIFY_WITH_TIMEOUT(allReady(w.store()), 120000);
        const CellAddress cell = firstFigure(w.store(), w.store()->idAt(0));
        QVERIFY(w.store()->setValue(cell, Decimal(123456)));
        const QString ws = m_dir.filePath(QStringLiteral("moving.ledgerlens"));
        QVERIFY(w.review->workspace()->saveTo(ws));
        close(w);

        QDir().mkpath(m_dir.filePath(QStringLiteral("elsewhere")));
        const QString moved = m_dir.filePath(QStringLiteral("elsewhere/moved.pdf"));
        QVERIFY(QFile::rename(pdf, moved));
        Window again = makeWindow();
        QString asked;
        again.review->workspace()->setLocateFunction([&asked, moved](const QString &missing) {
            asked = missing;
            return moved;
        });
        QVERIFY(again.review->workspace()->openPath(ws));
        QCOMPARE(QFileInfo(asked).fileName(), QStringLiteral("moving.pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(allReady(again.store()), 120000);
        const EntryId id = again.store()->idAt(0);
        QCOMPARE(QFileInfo(again.store()->entry(id)->path).fileName(), QStringLiteral("moved.pdf"));
        QCOMPARE(again.store()->value({id, cell.table, cell.row, cell.column}), std::optional<Decimal>(Decimal(123456)));
        close(again);
    }

    // The unit figures are read in is saved with the workspace and its
    // autosave, without being by itself a change to save (settings keep it too).
    void theUnitShownIsKeptForTheNextSave()
    {
        Window w = makeWindow();
        QCOMPARE(w.store()->displaySettings().displayUnit, w.window->session()->displayUnit());
        w.window->session()->setDisplayUnit(1000000);
        QCOMPARE(w.store()->displaySettings().displayUnit, qint64(1000000));
        QVERIFY(!w.store()->isModified());
        close(w);
    }

    void crashRecoveryRestoresTheEdits()
    {
        const QString recovery = m_dir.filePath(QStringLiteral("recovery/session.ledgerlens"));
        QFile::remove(recovery);
        const QString pdf = copyOfSample(QStringLiteral("crash.pdf"));
        Window w = makeWindow();
        w.window->openFiles({pdf});
        QTRY_VERIFY_WITH_TIMEOUT(allReady(w.store()), 120000);
        const CellAddress cell = firstFigure(w.store(), w.store()->idAt(0));
        QVERIFY(w.store()->setValue(cell, Decimal(4242), QStringLiteral("before the crash")));
        w.window->session()->setDisplayUnit(1000000);  // the analyst was reading in millions
        QVERIFY(w.review->workspace()->autosaver()->saveNow());
        QVERIFY(QFile::exists(recovery));
        delete w.window;   // a crash: no close event, nothing saved, the recovery file stays
        QVERIFY(QFile::exists(recovery));

        // A second window, running at the same time, is not offered another
        // live window's work.
        Window live = makeWindow(QStringLiteral("session-live.ledgerlens"));
        live.store()->addEntry(m_dir.filePath(QStringLiteral("elsewhere.pdf")));
        QVERIFY(live.review->workspace()->autosaver()->saveNow());
        QVERIFY(QFile::exists(live.review->workspace()->autosaver()->recoveryPath()));
        Window again = makeWindow(QStringLiteral("session-2.ledgerlens"));
        QString message;
        ReviewFixture::clickNextMessageBox(QStringLiteral("Recover"), &message);
        QVERIFY(again.review->offerRecovery());
        QVERIFY2(message.contains(QStringLiteral("1 correction")), qPrintable(message));
        QTRY_VERIFY_WITH_TIMEOUT(allReady(again.store()), 120000);
        const CellAddress cell2{again.store()->idAt(0), cell.table, cell.row, cell.column};
        QCOMPARE(again.store()->value(cell2), std::optional<Decimal>(Decimal(4242)));
        QCOMPARE(again.store()->correctionAt(cell2)->note, QStringLiteral("before the crash"));
        QVERIFY(again.window->statements()->model(cell.table)->indexForCell(cell2)
                    .data(ItemRoles::IsCorrectedRole).toBool());
        QVERIFY2(again.window->isWindowModified(), "recovered work is not saved yet");
        QCOMPARE(again.window->session()->displayUnit(), qint64(1000000));
        QVERIFY2(!QFile::exists(recovery), "the adopted file is gone; the work is in this window's own file");
        QVERIFY(QFile::exists(again.review->workspace()->autosaver()->recoveryPath()));
        close(again);
        close(live);

        // Discard removes it for good.
        {
            QFile f(recovery);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\": \"ledgerlens-workspace\", \"formatVersion\": 1, \"reports\": []}");
        }
        Window third = makeWindow(QStringLiteral("session-3.ledgerlens"));
        ReviewFixture::clickNextMessageBox(QStringLiteral("Discard"));
        QVERIFY(!third.review->offerRecovery());
        QVERIFY(!QFile::exists(recovery));
        QCOMPARE(third.store()->count(), 0);
        close(third);
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
