// A live language switch, with the app's Traditional Chinese translator
// installed as Language does: the Charts panel (tabs, modes, export menu,
// chart titles, axis and series names), a chart in its own window, the cell
// context menu and a chart exported after the switch all read Chinese, and
// English again after.
#include "../review/ReviewFixture.h"

#include "MainWindow.h"
#include "charts/BarChartView.h"
#include "charts/ChartViews.h"
#include "charts/ChartWindow.h"
#include "charts/ChartsController.h"
#include "charts/ChartsPanel.h"
#include "review/ReviewController.h"
#include "statements/StatementsPanel.h"

#include "store/ReportStore.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QChart>
#include <QBarSet>
#include <QComboBox>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QMenu>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>
#include <memory>

using namespace ledgerlens;

class TestLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    ChartsController *m_charts = nullptr;
    ChartWindow *m_chartWindow = nullptr;   // the margins chart in a window of its own

    // Every UI string of the Charts panel and the cell context menu, labelled.
    QMap<QString, QString> texts() const
    {
        QMap<QString, QString> out;
        ChartsPanel *panel = m_charts->panel();
        auto *tabs = panel->findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i)
            out.insert(QStringLiteral("tab %1").arg(i), tabs->tabText(i));
        const auto combos = panel->findChildren<QComboBox *>();
        for (int c = 0; c < combos.size(); ++c)
            if (combos[c]->count() == 2)  // the mix mode: bars or pie
                for (int i = 0; i < 2; ++i)
                    out.insert(QStringLiteral("mode %1").arg(i), combos[c]->itemText(i));
        for (auto *button : panel->findChildren<QToolButton *>())
            if (button->menu()) {  // the export menu (the tab bar has buttons of its own)
                out.insert(QStringLiteral("export"), button->text());
                out.insert(QStringLiteral("export png"), button->menu()->actions().value(0)->text());
            }
        out.insert(QStringLiteral("dock"), m_charts->dock()->windowTitle());
        BarChartView *margins = panel->marginsView();
        out.insert(QStringLiteral("margins title"), margins->chart()->title());
        out.insert(QStringLiteral("margins axis"), margins->chart()->axes(Qt::Vertical).value(0)->titleText());
        out.insert(QStringLiteral("margins series"), margins->series()->barSets().value(0)->label());
        out.insert(QStringLiteral("ageing title"), panel->ageingView()->chart()->title());
        std::unique_ptr<ChartViewBase> exported(margins->cloneForExport());
        out.insert(QStringLiteral("exported title"), exported->chart()->title());
        out.insert(QStringLiteral("open in window"), m_charts->openInWindowAction()->text());
        out.insert(QStringLiteral("chart window"), m_chartWindow->windowTitle());
        out.insert(QStringLiteral("chart window maximise"), m_chartWindow->maximiseAction()->text());
        auto *windowBars = qobject_cast<BarChartView *>(m_chartWindow->view());
        out.insert(QStringLiteral("chart window series"), windowBars->series()->barSets().value(0)->label());
        int i = 0;
        for (QAction *a : m_window->statements()->view(TableKind::ProfitOrLoss)->actions())
            if (!a->isSeparator())
                out.insert(QStringLiteral("menu %1").arg(i++), a->text());
        return out;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui-language"));
        QSettings().clear();
        m_window = new MainWindow;
        new ReviewController(m_window, m_dir.filePath(QStringLiteral("recovery.ledgerlens")));
        m_charts = new ChartsController(m_window);
        const QString path = m_dir.filePath(QStringLiteral("good.pdf"));
        const EntryId id = m_window->store()->addEntry(path);
        m_window->store()->setReport(id, ReviewFixture::report(path, QStringLiteral("Good Holdings"), 400));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(!m_charts->panel()->marginsView()->series()->barSets().isEmpty());
        auto *tabs = m_charts->panel()->findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        m_chartWindow = m_charts->openCurrentInWindow();
        QVERIFY(m_chartWindow);
        tabs->setCurrentIndex(0);
    }
    void cleanupTestCase() { delete m_window; }

    void chartsAndContextMenuFollowALiveSwitch()
    {
        const QMap<QString, QString> english = texts();
        QCOMPARE(english.value(QStringLiteral("tab 0")), QStringLiteral("Revenue mix"));
        QCOMPARE(english.value(QStringLiteral("margins series")), QStringLiteral("Gross margin"));
        QVERIFY(english.value(QStringLiteral("menu 1")).contains(QLatin1String("Correct Figure")));

        QTranslator app, qt;
        QVERIFY(app.load(QStringLiteral("ledgerlens_zh_HK"), QStringLiteral(LEDGERLENS_TRANSLATIONS_DIR)));
        QCoreApplication::installTranslator(&app);
        if (qt.load(QStringLiteral("qtbase_zh_TW"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        QCoreApplication::processEvents();  // LanguageChange reaches every widget
        QCoreApplication::sendPostedEvents();  // charts redraw the renamed series in the turn after
        const QMap<QString, QString> chinese = texts();
        QCOMPARE(chinese.keys(), english.keys());
        for (auto it = english.cbegin(); it != english.cend(); ++it)
            QVERIFY2(chinese.value(it.key()) != it.value(),
                     qPrintable(QStringLiteral("%1 still reads \"%2\"").arg(it.key(), it.value())));
        QCOMPARE(chinese.value(QStringLiteral("tab 0")), QStringLiteral("收益組合"));
        QCOMPARE(chinese.value(QStringLiteral("margins series")), QStringLiteral("毛利率"));
        QCOMPARE(chinese.value(QStringLiteral("exported title")), chinese.value(QStringLiteral("margins title")));

        QCoreApplication::removeTranslator(&app);
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(texts(), english);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
