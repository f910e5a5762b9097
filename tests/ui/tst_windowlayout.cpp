// The window's layout as the analyst leaves it comes back on the next start,
// every dock included (the Charts dock is installed after the window is
// built); a saved layout that would put a panel off screen or over the menus
// is thrown away for the defaults; View > Reset Layout gives the defaults back.
#include "MainWindow.h"
#include "WindowLayout.h"
#include "charts/ChartsController.h"
#include "review/ReviewController.h"

#include "session/Settings.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;

namespace {
struct Placement
{
    Qt::DockWidgetArea area;
    bool floating;
    bool visible;
    bool operator==(const Placement &o) const { return area == o.area && floating == o.floating && visible == o.visible; }
};

char *toString(const Placement &p)
{
    return qstrdup(QStringLiteral("area %1 floating %2 visible %3").arg(int(p.area)).arg(p.floating).arg(p.visible)
                       .toUtf8().constData());
}
} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // The window as the app builds it: its own docks, then review and charts.
    struct Window
    {
        MainWindow *window = nullptr;
        QDockWidget *dock(const char *name) const { return window->findChild<QDockWidget *>(QLatin1String(name)); }
    };
    Window build()
    {
        Window w;
        w.window = new MainWindow;
        new ReviewController(w.window, m_dir.filePath(QStringLiteral("recovery.ledgerlens")));
        new ChartsController(w.window);
        return w;
    }
    Window start()
    {
        Window w = build();
        w.window->restoreLayout();
        w.window->show();
        if (!QTest::qWaitForWindowExposed(w.window))
            qWarning("window not exposed");
        QCoreApplication::processEvents();  // the shown window's check of its docks
        return w;
    }
    void quit(Window &w)
    {
        QVERIFY(w.window->close());
        delete w.window;
        w.window = nullptr;
    }
    static Placement placement(const Window &w, const char *name)
    {
        QDockWidget *d = w.dock(name);
        return {w.window->dockWidgetArea(d), d->isFloating(), d->isVisible()};
    }
    QMap<QString, Placement> m_defaults;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("windowlayout"));
        QSettings().clear();
        Window w = start();
        for (QDockWidget *d : w.window->windowLayout()->docks())
            m_defaults.insert(d->objectName(), placement(w, qPrintable(d->objectName())));
        QVERIFY(m_defaults.contains(QStringLiteral("charts")));
        QCOMPARE(m_defaults.value(QStringLiteral("charts")).area, Qt::RightDockWidgetArea);
        quit(w);
    }
    void init() { Settings::clearWindowLayout(); }

    void theChartsDockComesBackWhereItWasLeft()
    {
        Window w = start();
        w.window->addDockWidget(Qt::LeftDockWidgetArea, w.dock("charts"));
        w.window->addDockWidget(Qt::TopDockWidgetArea, w.dock("reviewDock"));
        QCOMPARE(w.window->dockWidgetArea(w.dock("charts")), Qt::LeftDockWidgetArea);
        quit(w);

        Window again = start();
        QCOMPARE(placement(again, "charts"), (Placement{Qt::LeftDockWidgetArea, false, true}));
        QCOMPARE(placement(again, "reviewDock"), (Placement{Qt::TopDockWidgetArea, false, true}));
        quit(again);
    }

    void aFloatingChartsDockComesBackAtItsPlace()
    {
        Window w = start();
        QDockWidget *charts = w.dock("charts");
        charts->setFloating(true);
        const QRect avail = w.window->screen()->availableGeometry();
        const QRect where(avail.left() + avail.width() / 4, avail.top() + avail.height() / 2, 300, 200);
        charts->setGeometry(where);
        QCoreApplication::processEvents();
        const QRect placed = charts->geometry();
        quit(w);

        Window again = start();
        QVERIFY(again.dock("charts")->isFloating());
        QCOMPARE(again.dock("charts")->geometry(), placed);
        quit(again);
    }

    // Qt brings a floating dock saved off screen back onto the screen; where
    // it lands must not be over the menus (else the saved layout goes).
    void aDockSavedOffScreenComesBackReachable()
    {
        Window w = start();
        QDockWidget *charts = w.dock("charts");
        charts->setFloating(true);
        QRect all;
        for (const QScreen *s : QGuiApplication::screens())
            all |= s->availableGeometry();
        charts->setGeometry(all.right() + 2000, all.top() - 2000, 300, 200);
        quit(w);

        Window again = start();
        const QRect menuBar(again.window->menuBar()->mapToGlobal(QPoint(0, 0)), again.window->menuBar()->size());
        const QRect avail = again.window->screen()->availableGeometry();
        QVERIFY(again.window->windowLayout()->problem().isEmpty());
        for (QDockWidget *d : again.window->windowLayout()->docks()) {
            const QRect r = d->isFloating() ? d->frameGeometry() : QRect(d->mapToGlobal(QPoint(0, 0)), d->size());
            QVERIFY2(avail.intersects(r) && avail.contains(r.topLeft()), qPrintable(d->objectName()));
            QVERIFY2(!r.intersects(menuBar), qPrintable(d->objectName()));
        }
        quit(again);
    }

    void aDockSavedOverTheMenuBarIsDiscarded()
    {
        Window w = start();
        QDockWidget *charts = w.dock("charts");
        charts->setFloating(true);
        const QPoint menus = w.window->menuBar()->mapToGlobal(QPoint(0, 0));
        charts->setGeometry(QRect(menus + QPoint(20, 0), QSize(400, 300)));
        quit(w);

        Window again = build();
        QSignalSpy discarded(again.window->windowLayout(), &WindowLayout::savedLayoutDiscarded);
        again.window->restoreLayout();
        again.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.window));
        QCOMPARE(discarded.count(), 1);
        QVERIFY2(discarded.first().first().toString().contains(QLatin1String("menu bar")),
                 qPrintable(discarded.first().first().toString()));
        QCOMPARE(placement(again, "charts"), m_defaults.value(QStringLiteral("charts")));
        const QRect menuBar(again.window->menuBar()->mapToGlobal(QPoint(0, 0)), again.window->menuBar()->size());
        for (QDockWidget *d : again.window->windowLayout()->docks())
            QVERIFY2(!QRect(d->mapToGlobal(QPoint(0, 0)), d->size()).intersects(menuBar), qPrintable(d->objectName()));
        quit(again);
    }

    void aGoodLayoutIsKept()
    {
        Window w = start();
        quit(w);
        Window again = build();
        QSignalSpy discarded(again.window->windowLayout(), &WindowLayout::savedLayoutDiscarded);
        again.window->restoreLayout();
        again.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.window));
        QCoreApplication::processEvents();
        QCOMPARE(discarded.count(), 0);
        quit(again);
    }

    void resetLayoutPutsEveryDockBack()
    {
        Window w = start();
        w.dock("sourceDock")->setFloating(true);
        w.dock("reportsDock")->hide();
        w.window->addDockWidget(Qt::LeftDockWidgetArea, w.dock("charts"));
        w.window->tabifyDockWidget(w.dock("charts"), w.dock("reviewDock"));
        QAction *reset = w.window->findChild<QAction *>(QStringLiteral("resetLayout"));
        QVERIFY(reset);
        QVERIFY2(w.window->menu(MainWindow::Menu::View)->actions().contains(reset), "View > Reset Layout");
        reset->trigger();
        QCoreApplication::processEvents();
        for (auto it = m_defaults.begin(); it != m_defaults.end(); ++it)
            QCOMPARE(placement(w, qPrintable(it.key())), it.value());
        QVERIFY(w.window->tabifiedDockWidgets(w.dock("charts")).isEmpty());
        quit(w);
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
