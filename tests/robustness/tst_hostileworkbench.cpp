// The judging scenario, end to end in the window: an analyst has a report open
// and an unsaved correction; a batch of broken and hostile files arrives at
// once. The window stays up and responsive, each bad file fails in the report
// list with a reason, the encrypted one asks for its password (a wrong one is
// said, the right one loads it), and the correction is still there, undoable.
#include "RobustnessSupport.h"

#include "MainWindow.h"
#include "items/ReportListModel.h"
#include "items/ComparisonModel.h"
#include "reports/ReportListPanel.h"
#include "statements/StatementsPanel.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QUndoStack>

using namespace ledgerlens;
using namespace Robust;

namespace {
QInputDialog *passwordDialog(QWidget *window)
{
    for (QInputDialog *d : window->findChildren<QInputDialog *>())
        if (d->isVisible())
            return d;
    return nullptr;
}
} // namespace

class TestHostileWorkbench : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // The workbench as the analyst runs it: the real worker, generous limits.
    static std::unique_ptr<MainWindow> newWindow()
    {
        qputenv("LEDGERLENS_WORKER", LEDGERLENS_WORKER);
        auto window = std::make_unique<MainWindow>();
        window->loader()->setLimits(testLimits(120000));
        window->resize(1300, 850);
        window->show();
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensHostileTest"));
    }

    void badBatchLeavesTheUnsavedReviewAlone()
    {
        const auto window = newWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        // The analyst's report and an unsaved correction.
        const QString good = writeGoodReport(file(QStringLiteral("good.pdf")));
        window->openFiles({good});
        QVERIFY(waitIdle(*window->loader()));
        ReportStore *store = window->store();
        QCOMPARE(store->count(), 1);
        const EntryId goodId = store->idAt(0);
        const CellAddress cell = correctFirstFigure(*store, goodId, Decimal(777001));
        QVERIFY(cell.isValid());
        QVERIFY(store->isModified());
        const int undoCount = store->undoStack()->count();

        // The hostile batch: every way a file can be wrong, plus one good file.
        const QByteArray pdf = readAll(good);
        QRandomGenerator rng(20261123);
        QByteArray mangled = pdf;
        for (int i = 0; i < 400; ++i)
            mangled[int(rng.bounded(200, mangled.size() - 50))] = char(rng.bounded(256));
        QByteArray endless = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                             "2 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1000000000 >>\nendobj\n";
        QByteArray nested = "%PDF-1.4\n1 0 obj\n" + QByteArray(200000, '[') + "\nendobj\n%%EOF\n";
        QVERIFY(writeBytes(file(QStringLiteral("empty.pdf")), {}));
        QVERIFY(writeBytes(file(QStringLiteral("minutes.pdf")), "Board minutes, typed in a text editor.\n"));
        QVERIFY(writeBytes(file(QStringLiteral("half-download.pdf")), pdf.left(pdf.size() / 2)));
        QVERIFY(writeBytes(file(QStringLiteral("mangled.pdf")), mangled));
        QVERIFY(writeBytes(file(QStringLiteral("page-tree-loop.pdf")), endless + "%%EOF\n"));
        QVERIFY(writeBytes(file(QStringLiteral("nested.pdf")), nested));
        QVERIFY(Fixtures::writeImageOnlyPdf(file(QStringLiteral("scanned.pdf")), 2));
        const QString second = writeGoodReport(file(QStringLiteral("second.pdf")), QStringLiteral("Second Holdings Limited"));
        QStringList batch = {file(QStringLiteral("empty.pdf")), file(QStringLiteral("minutes.pdf")),
                             file(QStringLiteral("half-download.pdf")), file(QStringLiteral("mangled.pdf")),
                             file(QStringLiteral("page-tree-loop.pdf")), file(QStringLiteral("nested.pdf")),
                             file(QStringLiteral("scanned.pdf")), second};
        const QString locked = encryptedCopy(writeGoodReport(file(QStringLiteral("plain-locked.pdf")),
                                                             QStringLiteral("Locked Holdings Limited")),
                                             file(QStringLiteral("locked.pdf")), QStringLiteral("s3cret"));
        if (!locked.isEmpty())
            batch << locked;

        window->openFiles(batch);
        // The window keeps answering while the workers run: its event loop turns.
        QElapsedTimer t;
        t.start();
        int turns = 0;
        while (window->loader()->activeCount() > 0 && t.elapsed() < 200000) {
            QTest::qWait(50);
            ++turns;
        }
        QCOMPARE(window->loader()->activeCount(), 0);
        qInfo("%lld files settled in %lld ms, %d event-loop turns", qint64(batch.size()), t.elapsed(), turns);
        QVERIFY(window->isVisible());

        ReportListModel *list = window->reportList()->model();
        QCOMPARE(list->rowCount(), store->count());
        int failed = 0;
        for (int row = 0; row < list->rowCount(); ++row) {
            const QModelIndex status = list->index(row, ReportListModel::StatusColumn);
            const QString path = status.data(ItemRoles::PathRole).toString();
            const auto phase = LoadState::Phase(status.data(ItemRoles::LoadPhaseRole).toInt());
            const bool shouldLoad = path == good || path == second;
            if (shouldLoad) {
                QVERIFY2(phase == LoadState::Ready, qPrintable(path));
                continue;
            }
            if (path == locked)
                continue;  // waits for its password, below
            ++failed;
            const QString reason = status.data(ItemRoles::FailureReasonRole).toString();
            qInfo("%s: %s", qPrintable(QFileInfo(path).fileName()), qPrintable(reason));
            QVERIFY2(phase == LoadState::Failed, qPrintable(path));
            QVERIFY2(reason.size() > 10 && reason.size() < 400, qPrintable(path + QStringLiteral(": ") + reason));
            // What the list shows says it too, and its tooltip says it whole.
            QVERIFY(status.data(Qt::DisplayRole).toString().size() > 3);
            QVERIFY(status.data(Qt::ToolTipRole).toString().contains(reason));
        }
        QCOMPARE(failed, 7);
        const QString scannedReason = store->entry(store->idAt(7))->state.reason;
        QVERIFY2(scannedReason.contains(QLatin1String("OCR")), qPrintable(scannedReason));

        // The encrypted one asks; a wrong password is said, the right one loads it.
        if (!locked.isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(passwordDialog(window.get()), 10000);
            QInputDialog *ask = passwordDialog(window.get());
            QVERIFY(ask->labelText().contains(QLatin1String("locked.pdf")));
            ask->setTextValue(QStringLiteral("guess"));
            ask->accept();
            QTRY_VERIFY_WITH_TIMEOUT(passwordDialog(window.get())
                                         && passwordDialog(window.get())->labelText().contains(QLatin1String("did not open")),
                                     60000);
            ask = passwordDialog(window.get());
            ask->setTextValue(QStringLiteral("s3cret"));
            ask->accept();
            QVERIFY(waitIdle(*window->loader()));
            const EntryId lockedId = store->idAt(store->count() - 1);
            QTRY_COMPARE_WITH_TIMEOUT(store->entry(lockedId)->state.phase, LoadState::Ready, 60000);
            QCOMPARE(store->report(lockedId)->company, QStringLiteral("Locked Holdings Limited"));
        }

        // Nothing the analyst did was lost, and it still undoes.
        QCOMPARE(store->value(cell), std::optional<Decimal>(Decimal(777001)));
        QVERIFY(store->isModified());
        QCOMPARE(store->undoStack()->count(), undoCount);
        store->undoStack()->undo();
        QVERIFY(store->value(cell) != std::optional<Decimal>(Decimal(777001)));
        store->undoStack()->redo();
        QCOMPARE(store->value(cell), std::optional<Decimal>(Decimal(777001)));
        store->markSaved();  // no "save your changes?" box at close
    }

    // Typing a figure while another report finishes loading: the comparison
    // gains the report's columns under the editor, which stays open on the
    // same cell with the text typed so far, and Enter records it.
    void aFigureBeingTypedSurvivesAnotherReportLoading()
    {
        const auto window = newWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->openFiles({writeGoodReport(file(QStringLiteral("typing.pdf")), QStringLiteral("Typing Holdings Limited"))});
        QVERIFY(waitIdle(*window->loader()));

        StatementsPanel *statements = window->statements();
        ComparisonModel *model = statements->model(TableKind::ProfitOrLoss);
        QTableView *view = statements->view(TableKind::ProfitOrLoss);
        QModelIndex source;
        for (int r = 0; r < model->rowCount() && !source.isValid(); ++r)
            if (model->cellAt(model->index(r, 0)).isValid())
                source = model->index(r, 0);
        QVERIFY(source.isValid());
        const CellAddress cell = model->cellAt(source);
        QVERIFY(statements->selectCell(cell));
        view->edit(view->currentIndex());
        auto *line = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
        QVERIFY(line);
        line->setText(QStringLiteral("31,41"));
        line->setCursorPosition(3);

        window->openFiles({writeGoodReport(file(QStringLiteral("arriving.pdf")), QStringLiteral("Arriving Holdings Limited"))});
        QVERIFY(waitIdle(*window->loader()));
        QCOMPARE(window->store()->count(), 2);
        QCOMPARE(model->columnCount(), 4);  // the comparison did change under the editor

        QCOMPARE(model->cellAt(statements->currentSourceIndex()), cell);
        line = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("31,41"));
        QCOMPARE(line->cursorPosition(), 3);
        line->end(false);
        QTest::keyClicks(line, QStringLiteral("5"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(model->indexForCell(cell).data(ItemRoles::ExactValueRole).toString(), QStringLiteral("31415"));
        QVERIFY(window->store()->isModified());
        window->store()->markSaved();
    }

    // A right-to-left override in a file name (U+202E, "report\u202Efdp.exe")
    // must not reverse the sentence it is quoted in.
    void aHostileFileNameCannotReverseTheMessageAroundIt()
    {
        const auto window = newWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QString name = QStringLiteral("report\u202Efdp.exe.pdf");
        const QString pdf = writeGoodReport(file(name), QStringLiteral("Override Holdings Limited"));
        window->openFiles({pdf});
        QVERIFY(waitIdle(*window->loader()));
        window->openFiles({pdf});
        const QString message = window->statusBar()->currentMessage();
        // The override itself is dropped from the quoted name, which is isolated.
        QVERIFY2(message.startsWith(QChar(0x2068) + QStringLiteral("reportfdp.exe.pdf") + QChar(0x2069)
                                    + QStringLiteral(" is already open")),
                 qPrintable(message));

        // A name that tries to close the isolate itself (U+2069) first.
        const QString escaping = writeGoodReport(file(QStringLiteral("x\u2069\u202Eexe.pdf")),
                                                 QStringLiteral("Escape Holdings Limited"));
        window->openFiles({escaping});
        QVERIFY(waitIdle(*window->loader()));
        window->openFiles({escaping});
        const QString second = window->statusBar()->currentMessage();
        QVERIFY2(second.startsWith(QChar(0x2068) + QStringLiteral("xexe.pdf") + QChar(0x2069)), qPrintable(second));
        QCOMPARE(second.count(QChar(0x202E)), 0);
        window->store()->markSaved();
    }
};

QTEST_MAIN(TestHostileWorkbench)
#include "tst_hostileworkbench.moc"
