// Pointing at a table by hand from the workbench: a drag on the source page
// marks an area that "Use as Table…" hands the region dialog in page points
// (at any zoom); OK shows the table in its tab and its page; "Not This Table"
// drops the recognised table (undoable) and opens the dialog on its kind and
// first page, or first offers the recogniser's runners-up by page and title;
// a missing table's warning offers "Pick table by hand…".
#include "Fixtures.h"

#include "review/ReviewController.h"
#include "review/TablePicking.h"

#include "MainWindow.h"
#include "loading/ReportLoader.h"
#include "source/PageView.h"
#include "source/SourceViewer.h"
#include "source/TableRegionDialog.h"
#include "statements/StatementsPanel.h"
#include "statements/TableWarningsBanner.h"

#include "items/ComparisonModel.h"
#include "store/ReportStore.h"

#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ledgerlens;

namespace {
bool near(const QRectF &a, const QRectF &b, double tolerance)
{
    return qAbs(a.left() - b.left()) <= tolerance && qAbs(a.top() - b.top()) <= tolerance
        && qAbs(a.right() - b.right()) <= tolerance && qAbs(a.bottom() - b.bottom()) <= tolerance;
}
QString text(const QRectF &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}
} // namespace

class TestTablePicking : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    ReviewController *m_review = nullptr;
    EntryId m_id = 0;

    ReportStore *store() const { return m_window->store(); }
    TablePicking *picking() const { return m_review->tablePicking(); }
    SourceViewer *source() const { return m_window->sourceViewer(); }

    void showPage(int page)
    {
        source()->showSource(m_id, page);
        QTRY_VERIFY_WITH_TIMEOUT(source()->pageView()->hasImage(), 30000);
    }
    // A left-button drag on the page from one page point to another.
    void drag(QPointF fromPoints, QPointF toPoints)
    {
        PageView *view = source()->pageView();
        const QPoint from = view->toWidget(QRectF(fromPoints, QSizeF(0, 0))).topLeft().toPoint();
        const QPoint to = view->toWidget(QRectF(toPoints, QSizeF(0, 0))).topLeft().toPoint();
        QTest::mousePress(view, Qt::LeftButton, {}, from);
        QTest::mouseMove(view, (from + to) / 2);
        QTest::mouseMove(view, to);
        QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    }
    void closeDialog()
    {
        if (TableRegionDialog *d = picking()->dialog())
            d->reject();
        QTRY_VERIFY(!picking()->dialog());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("review-tablepicking"));
        QSettings().clear();
        qputenv("LEDGERLENS_WORKER", LEDGERLENS_WORKER);
        const QString pdf = m_dir.filePath(QStringLiteral("missed.pdf"));
        Fixtures::writeMissedCashFlows(pdf);   // p1 profit or loss, p2 untitled cash flows, p3 prose
        m_window = new MainWindow;
        m_window->loader()->setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        m_review = new ReviewController(m_window, m_dir.filePath(QStringLiteral("recovery.ledgerlens")));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->openFiles({pdf});
        QTRY_VERIFY_WITH_TIMEOUT(!store()->ids().isEmpty(), 5000);
        m_id = store()->ids().first();
        QTRY_COMPARE_WITH_TIMEOUT(store()->entry(m_id)->state.phase, LoadState::Ready, 120000);
        QVERIFY(store()->table(m_id, TableKind::ProfitOrLoss));
        QVERIFY(!store()->table(m_id, TableKind::CashFlows));
    }

    void cleanupTestCase()
    {
        closeDialog();
        store()->markSaved();
        delete m_window;
    }

    void pageMenuAndReviewMenuOfferUseAsTable()
    {
        PageView *view = source()->pageView();
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(view->actions().contains(picking()->useAsTableAction()));
        QVERIFY(m_review->reviewMenu()->actions().contains(picking()->useAsTableAction()));
        QVERIFY(m_review->reviewMenu()->actions().contains(picking()->notThisTableAction()));
    }

    void dragGivesTheDialogItsBoxInPagePoints_data()
    {
        QTest::addColumn<int>("zoomSteps");
        QTest::newRow("fit width") << 0;
        QTest::newRow("zoomed in twice") << 2;
    }
    void dragGivesTheDialogItsBoxInPagePoints()
    {
        QFETCH(int, zoomSteps);
        showPage(2);
        source()->zoomToFit();
        PageView *view = source()->pageView();
        const double fit = view->zoom();
        for (int i = 0; i < zoomSteps; ++i)
            source()->zoomIn();
        const double zoom = view->zoom();
        QVERIFY(zoomSteps == 0 || zoom > fit * 1.5);   // 1.25 x 1.25
        const QRectF wanted(QPointF(60, 120), QPointF(520, 400));
        drag(wanted.topLeft(), wanted.bottomRight());
        // Widget pixels round to whole pixels: within a pixel, in points.
        const double tolerance = 1.0 / zoom + 0.01;
        QVERIFY2(near(view->markedArea(), wanted, tolerance), qPrintable(text(view->markedArea())));

        TableRegionDialog *dialog = picking()->useAsTable();
        QVERIFY(dialog);
        QCOMPARE(picking()->dialog(), dialog);
        const TableRegion region = dialog->region();
        QCOMPARE(region.firstPage, 2);
        QVERIFY(region.box);
        QVERIFY2(near(*region.box, wanted, tolerance), qPrintable(text(*region.box)));
        // The area stays drawn while the dialog is open, and goes with it.
        QVERIFY(view->markedArea().isValid());
        closeDialog();
        QVERIFY(!view->markedArea().isValid());
    }

    void aClickIsNotADrag()
    {
        showPage(2);
        PageView *view = source()->pageView();
        drag(QPointF(100, 100), QPointF(300, 200));
        QVERIFY(view->markedArea().isValid());
        // A plain click (what selects a figure) marks nothing and clears the mark.
        QTest::mouseClick(view, Qt::LeftButton, {}, view->toWidget(QRectF(200, 500, 1, 1)).center().toPoint());
        QVERIFY(!view->markedArea().isValid());
        TableRegionDialog *dialog = picking()->useAsTable();
        QVERIFY(dialog);
        QVERIFY(!dialog->region().box);   // whole page
        closeDialog();
    }

    void missingTableWarningOffersPickByHand()
    {
        // The fixture prints no statement of financial position: the extractor says so.
        TableWarningsBanner *banner = m_window->statements()->warnings(TableKind::FinancialPosition);
        const QString link = QStringLiteral("pick:%1").arg(m_id);
        QVERIFY2(banner->label()->text().contains(link), qPrintable(banner->label()->text()));
        QVERIFY(banner->label()->text().contains(QLatin1String("Pick table by hand")));
        emit banner->label()->linkActivated(link);
        TableRegionDialog *dialog = picking()->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->region().kind, TableKind::FinancialPosition);
        closeDialog();
        // Review > Pick Table by Hand… on a tab the report lacks (no warning there).
        m_window->statements()->setCurrentTable(TableKind::CashFlows);
        QVERIFY(m_review->reviewMenu()->actions().contains(picking()->pickByHandAction()));
        QTRY_VERIFY(picking()->pickByHandAction()->isEnabled());
        picking()->pickByHandAction()->trigger();
        dialog = picking()->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->region().kind, TableKind::CashFlows);
        closeDialog();
    }

    void okShowsTheTableAndItsPage()
    {
        m_window->statements()->setCurrentTable(TableKind::ProfitOrLoss);
        showPage(2);
        TableRegionDialog *dialog = picking()->useAsTable();
        QVERIFY(dialog);
        dialog->setKind(TableKind::CashFlows);
        dialog->accept();   // reads first, then uses it
        QTRY_VERIFY_WITH_TIMEOUT(!picking()->dialog(), 120000);
        QVERIFY(store()->table(m_id, TableKind::CashFlows));
        QCOMPARE(m_window->statements()->currentTable(), TableKind::CashFlows);
        QCOMPARE(source()->entry(), m_id);
        QCOMPARE(source()->page(), 2);
        QVERIFY(m_window->statements()->model(TableKind::CashFlows)->rowCount() > 0);
        store()->undoStack()->undo();
        QVERIFY(!store()->table(m_id, TableKind::CashFlows));
    }

    void notThisTableRejectsAndOpensTheDialogOnIt()
    {
        StatementsPanel *statements = m_window->statements();
        statements->setCurrentTable(TableKind::ProfitOrLoss);
        const Table *pl = store()->table(m_id, TableKind::ProfitOrLoss);
        QVERIFY(pl);
        const int firstPage = pl->pages.first();
        QVERIFY(statements->selectCell({m_id, TableKind::ProfitOrLoss, 0, 0}));
        QVERIFY(statements->view(TableKind::ProfitOrLoss)->actions().contains(picking()->notThisTableAction()));
        QTRY_VERIFY(picking()->notThisTableAction()->isEnabled());
        picking()->notThisTableAction()->trigger();
        QVERIFY(!store()->table(m_id, TableKind::ProfitOrLoss));
        TableRegionDialog *dialog = picking()->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->region().kind, TableKind::ProfitOrLoss);
        QCOMPARE(dialog->region().firstPage, firstPage);
        QCOMPARE(source()->page(), firstPage);
        closeDialog();
        // Cancelling leaves the rejection; it is one undo away.
        QVERIFY(!store()->table(m_id, TableKind::ProfitOrLoss));
        store()->undoStack()->undo();
        QVERIFY(store()->table(m_id, TableKind::ProfitOrLoss));
    }

    void notThisTableOffersTheRunnersUp()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("company.pdf"));
        Fixtures::writeGroupAndCompanyBalanceSheets(pdf);   // p1 the group's, p2 the company's
        m_window->openFiles({pdf});
        QTRY_COMPARE_WITH_TIMEOUT(store()->ids().size(), 2, 5000);
        const EntryId id = store()->ids().last();
        QTRY_COMPARE_WITH_TIMEOUT(store()->entry(id)->state.phase, LoadState::Ready, 120000);
        QCOMPARE(store()->table(id, TableKind::FinancialPosition)->pages, QVector<int>{1});
        StatementsPanel *statements = m_window->statements();
        statements->setCurrentTable(TableKind::FinancialPosition);
        QVERIFY(statements->selectCell({id, TableKind::FinancialPosition, 0, 0}));
        QCOMPARE(picking()->notThisTable(), nullptr);
        QVERIFY(!store()->table(id, TableKind::FinancialPosition));
        // The runner-up by page and title, then the way to point by hand.
        QMenu *menu = picking()->candidateMenu();
        QVERIFY(menu);
        QVERIFY(!picking()->dialog());
        QAction *runnerUp = nullptr, *byHand = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text().startsWith(QLatin1String("Page 2: STATEMENT OF FINANCIAL POSITION")))
                runnerUp = a;
            else if (a->text().startsWith(QLatin1String("Pick Table by Hand")))
                byHand = a;
        }
        QVERIFY(runnerUp);
        QVERIFY(byHand);
        runnerUp->trigger();
        menu->close();
        TableRegionDialog *dialog = picking()->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->region().kind, TableKind::FinancialPosition);
        QCOMPARE(dialog->region().firstPage, 2);
        // Read at once: the company's three lines.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading() && !dialog->previewTable().items.isEmpty(), 120000);
        QVERIFY2(dialog->previewTable().items.first().label.contains(QLatin1String("subsidiaries")),
                 qPrintable(dialog->previewTable().items.first().label));
        closeDialog();
        store()->undoStack()->undo();
        QVERIFY(store()->table(id, TableKind::FinancialPosition));
    }
};

QTEST_MAIN(TestTablePicking)
#include "tst_tablepicking.moc"
