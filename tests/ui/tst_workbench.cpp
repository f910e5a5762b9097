// The workbench window end to end on a bundled sample: a selected figure
// shows its page with its box highlighted, and a click on a figure box on the
// page selects its cell; the display unit changes every column; PgDn/PgUp and
// the wheel past a page's end turn the source pages.
#include "MainWindow.h"
#include "session/Session.h"
#include "loading/ReportLoader.h"
#include "source/PageView.h"
#include "source/SourceViewer.h"
#include "statements/FigureDelegate.h"
#include "statements/StatementsPanel.h"

#include "items/ComparisonModel.h"
#include "store/ReportStore.h"

#include <QDir>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace ledgerlens;

namespace {
QString firstSample()
{
    const QDir dir(QStringLiteral(LEDGERLENS_SAMPLES_DIR));
    const QStringList pdfs = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    return pdfs.isEmpty() ? QString() : dir.absoluteFilePath(pdfs.first());
}

// The first cell of the table that has a source box (a figure, not a blank).
QModelIndex firstLinkedCell(const ComparisonModel *model)
{
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            if (i.data(ItemRoles::SourcePageRole).toInt() > 0
                && i.data(ItemRoles::SourceBoxRole).toRectF().isValid()
                && !i.data(ItemRoles::ExactValueRole).toString().isEmpty())
                return i;
        }
    return {};
}
} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT
    MainWindow *window = nullptr;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTest"));
        QSettings().clear();
        qputenv("LEDGERLENS_WORKER", LEDGERLENS_WORKER);
        QVERIFY(!firstSample().isEmpty());
        window = new MainWindow;
        window->resize(1400, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->openFiles({firstSample()});
        QTRY_VERIFY_WITH_TIMEOUT(window->loader()->activeCount() == 0, 120000);
        QCOMPARE(window->store()->count(), 1);
        QVERIFY(window->store()->report(window->store()->idAt(0)));
    }
    void cleanupTestCase() { delete window; }

    void selectingACellShowsItsPageAndBox()
    {
        StatementsPanel *statements = window->statements();
        statements->setCurrentTable(TableKind::ProfitOrLoss);
        ComparisonModel *model = statements->model(TableKind::ProfitOrLoss);
        const QModelIndex cell = firstLinkedCell(model);
        QVERIFY(cell.isValid());
        QVERIFY(statements->selectCell(model->cellAt(cell)));
        QCOMPARE(statements->currentSourceIndex(), cell);

        SourceViewer *viewer = window->sourceViewer();
        QCOMPARE(viewer->entry(), window->store()->idAt(0));
        QCOMPARE(viewer->page(), cell.data(ItemRoles::SourcePageRole).toInt());
        QCOMPARE(viewer->highlight(), cell.data(ItemRoles::SourceBoxRole).toRectF());
        // The page renders off the GUI thread and then replaces the placeholder.
        QTRY_VERIFY2_WITH_TIMEOUT(viewer->pageView()->hasImage() && viewer->pageView()->placeholder().isEmpty(), qPrintable(viewer->pageView()->placeholder()), 20000);
        // Rendered at device resolution: a point is at least one device pixel at zoom 1.
        QVERIFY(viewer->pageView()->pageSize().width() > 100);
    }

    void clickingABoxOnThePageSelectsItsCell()
    {
        StatementsPanel *statements = window->statements();
        ComparisonModel *model = statements->model(TableKind::ProfitOrLoss);
        // Pick a different figure on the same page as the current one, so the click must move the selection.
        const QModelIndex start = statements->currentSourceIndex();
        const int page = start.data(ItemRoles::SourcePageRole).toInt();
        QModelIndex target;
        for (int r = model->rowCount() - 1; r >= 0 && !target.isValid(); --r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex i = model->index(r, c);
                if (i != start && i.data(ItemRoles::SourcePageRole).toInt() == page
                    && i.data(ItemRoles::SourceBoxRole).toRectF().isValid()) {
                    target = i;
                    break;
                }
            }
        QVERIFY(target.isValid());
        PageView *view = window->sourceViewer()->pageView();
        const QRectF box = target.data(ItemRoles::SourceBoxRole).toRectF();
        const QPoint at = view->toWidget(box).center().toPoint();
        QTest::mouseClick(view, Qt::LeftButton, {}, at);
        QCOMPARE(statements->currentSourceIndex(), target);
        QCOMPARE(window->sourceViewer()->highlight(), box);
    }

    void unitSwitchRescalesEveryColumn()
    {
        StatementsPanel *statements = window->statements();
        ComparisonModel *model = statements->model(TableKind::ProfitOrLoss);
        QTableView *view = statements->view(TableKind::ProfitOrLoss);
        auto *delegate = qobject_cast<FigureDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        window->session()->setDisplayUnit(1000);
        int row = -1;  // a figure of at least a million, so every unit shows it differently
        for (int r = 0; r < model->rowCount() && row < 0; ++r)
            if (qAbs(model->index(r, 0).data().toDouble()) >= 1000)
                row = r;
        QVERIFY(row >= 0);
        auto texts = [&] {
            QStringList out;
            for (int c = 0; c < model->columnCount(); ++c)
                out << delegate->displayText(view->model()->index(row, c));
            return out;
        };
        const QStringList thousands = texts();
        window->session()->setDisplayUnit(1000000);
        const QStringList millions = texts();
        window->session()->setDisplayUnit(1);
        const QStringList units = texts();
        QVERIFY2(millions.first().contains(QLatin1Char('.')), qPrintable(millions.first()));
        QVERIFY2(units.first().count(QLatin1Char(',')) == thousands.first().count(QLatin1Char(',')) + 1,
                 qPrintable(units.first() + " vs " + thousands.first()));
        // Every column follows the unit, not just the first.
        for (int c = 0; c < thousands.size(); ++c)
            if (!thousands[c].isEmpty() && thousands[c] != QStringLiteral("\u2013") && thousands[c] != QStringLiteral("0"))
                QVERIFY2(units[c] != thousands[c] && millions[c] != thousands[c], qPrintable(thousands[c]));
        window->session()->setDisplayUnit(1000);
    }

    void pageKeysAndWheelTurnPages()
    {
        SourceViewer *viewer = window->sourceViewer();
        const EntryId entry = window->store()->idAt(0);
        QVERIFY(viewer->pageCount() >= 2);
        viewer->showSource(entry, 1);
        auto *scroll = viewer->findChild<QScrollArea *>();
        QVERIFY(scroll);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        scroll->setFocus();  // as after a click on the page
        QTest::keyClick(scroll, Qt::Key_PageDown);
        QCOMPARE(viewer->page(), 2);
        QTest::keyClick(scroll, Qt::Key_PageUp);
        QCOMPARE(viewer->page(), 1);

        // Zoomed in, the page is taller than the view: the wheel scrolls it, then turns it at its end.
        viewer->zoomIn();
        viewer->zoomIn();
        QScrollBar *bar = scroll->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        auto wheel = [&](int dy) {
            const QPoint at = scroll->viewport()->rect().center();
            QWheelEvent event(at, scroll->viewport()->mapToGlobal(at), QPoint(), QPoint(0, dy), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(scroll->viewport(), &event);
        };
        bar->setValue(0);
        wheel(-120);
        QCOMPARE(viewer->page(), 1);  // scrolled within the page
        QVERIFY(bar->value() > 0);
        bar->setValue(bar->maximum());
        wheel(-120);
        QCOMPARE(viewer->page(), 2);
        QCOMPARE(bar->value(), 0);    // the next page from its top
        wheel(120);
        QCOMPARE(viewer->page(), 1);  // and back, to the foot of the page before
        QCOMPARE(bar->value(), bar->maximum());
        viewer->zoomToFit();
    }

    void findFiltersLineItems()
    {
        StatementsPanel *statements = window->statements();
        QTableView *view = statements->view(TableKind::ProfitOrLoss);
        const int all = view->model()->rowCount();
        statements->findBox()->setText(QStringLiteral("revenue"));
        const int found = view->model()->rowCount();
        QVERIFY(found >= 1 && found < all);
        for (int r = 0; r < found; ++r) {
            const QString label = view->model()->headerData(r, Qt::Vertical).toString();
            const QString key = view->model()->headerData(r, Qt::Vertical, ItemRoles::CanonicalRole).toString();
            QVERIFY2(label.contains(QLatin1String("revenue"), Qt::CaseInsensitive)
                         || key.contains(QLatin1String("revenue")), qPrintable(label));
        }
        statements->findBox()->clear();
        QCOMPARE(view->model()->rowCount(), all);
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
