// View > Open Chart in Window: the chart on screen in the Charts dock opens in
// a top-level window of its own, drawing the same bars as the dock, following
// the store as reports come and go, maximising and back, and closing with the
// workbench.
#include "../export/ChartFixtures.h"

#include "MainWindow.h"
#include "charts/BarChartView.h"
#include "charts/ChartViews.h"
#include "charts/ChartWindow.h"
#include "charts/ChartsController.h"
#include "charts/ChartsPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QtTest>

using namespace ledgerlens;
using namespace fixtures;

namespace {
// Each bar set as "label: v1 v2 ...", what the chart draws.
QStringList bars(const ChartViewBase *view)
{
    QStringList out;
    const auto *bar = qobject_cast<const BarChartView *>(view);
    if (!bar)
        return out;
    for (const QBarSet *set : bar->series()->barSets()) {
        QStringList values;
        for (int i = 0; i < set->count(); ++i)
            values << QString::number(set->at(i));
        out << set->label() + QStringLiteral(": ") + values.join(QLatin1Char(' '));
    }
    return out;
}
} // namespace

class TestChartWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("chart-window"));
        QSettings().clear();
    }

    void commandIsInTheViewMenuAndTheChartsMenu()
    {
        MainWindow window;
        auto *charts = new ChartsController(&window);
        QAction *open = charts->openInWindowAction();
        QVERIFY(window.menu(MainWindow::Menu::View)->actions().contains(open));
        QVERIFY(charts->panel()->revenueMixView()->actions().contains(open));
        QVERIFY(charts->panel()->marginsView()->actions().contains(open));
        QCOMPARE(charts->panel()->marginsView()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(!open->shortcut().isEmpty());
        QVERIFY(!open->text().isEmpty());
    }

    void windowDrawsTheDockChartAndFollowsTheStore()
    {
        MainWindow window;
        auto *charts = new ChartsController(&window);
        ReportStore *store = window.store();
        load(*store, alpha(), "alpha");
        const EntryId b = load(*store, beta(), "beta");
        QCoreApplication::sendPostedEvents();
        window.show();

        ChartsPanel *panel = charts->panel();
        QCOMPARE(panel->currentView(), static_cast<ChartViewBase *>(panel->revenueMixView()));
        QPointer<ChartWindow> w = charts->openCurrentInWindow();
        QVERIFY(w);
        QVERIFY(w->isWindow());
        QVERIFY(w->isVisible());
        QVERIFY(w->view() != static_cast<ChartViewBase *>(panel->revenueMixView()));   // a view of its own
        QCOMPARE(w->view()->model(), panel->revenueMixView()->model());   // over the same model
        QCOMPARE(w->windowTitle(), panel->revenueMixView()->title());
        const QStringList two = bars(panel->revenueMixView());
        QVERIFY(!two.isEmpty());
        QCOMPARE(bars(w->view()), two);

        // A report arriving adds its columns to both; one removed takes them away.
        Report g = gamma();
        g.currency = QStringLiteral("RMB");   // same currency: same chart
        const EntryId c = load(*store, g, "gamma");
        QCoreApplication::sendPostedEvents();
        const QStringList three = bars(panel->revenueMixView());
        QVERIFY(three != two);
        QCOMPARE(bars(w->view()), three);
        auto *bar = qobject_cast<BarChartView *>(w->view());
        const int columns = bar->series()->barSets().value(0)->count();
        QVERIFY(store->removeEntry(b));
        QCoreApplication::sendPostedEvents();
        QVERIFY(bar->series()->barSets().value(0)->count() < columns);
        QCOMPARE(bars(w->view()), bars(panel->revenueMixView()));
        QVERIFY(store->removeEntry(c));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(bars(w->view()), bars(panel->revenueMixView()));

        // Another tab opens that chart.
        panel->findChild<QTabWidget *>()->setCurrentIndex(1);
        QPointer<ChartWindow> margins = charts->openCurrentInWindow();
        QCOMPARE(margins->view()->model(), panel->marginsView()->model());
        QCOMPARE(bars(margins->view()), bars(panel->marginsView()));
        QCOMPARE(charts->chartWindows().size(), 2);

        // Closing the workbench closes its chart windows.
        QVERIFY(window.close());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!w);
        QVERIFY(!margins);
    }

    void maximiseAndBack()
    {
        MainWindow window;
        auto *charts = new ChartsController(&window);
        load(*window.store(), alpha(), "alpha");
        QCoreApplication::sendPostedEvents();
        window.show();
        ChartWindow *w = charts->openCurrentInWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(!w->isMaximized());
        QAction *maximise = w->maximiseAction();
        QVERIFY(w->view()->actions().contains(maximise));   // in the chart's context menu
        maximise->trigger();
        QVERIFY(w->isMaximized());
        QVERIFY(maximise->isChecked());
        maximise->trigger();
        QVERIFY(!w->isMaximized());
        QVERIFY(!maximise->isChecked());
        // Maximised from the title bar: the action follows.
        w->showMaximized();
        QVERIFY(maximise->isChecked());
        w->showNormal();
        QVERIFY(!maximise->isChecked());
    }
};

QTEST_MAIN(TestChartWindow)
#include "tst_chartwindow.moc"
