// One owner of the view: the display unit set from the statements' unit box
// or from View > Display Unit is the same one everywhere (menu, box, every
// table, the workspace's display settings); the current table likewise; both
// come back on the next start. Closing asks the window's registered parts.
#include "ClosePart.h"
#include "MainWindow.h"
#include "statements/StatementsPanel.h"

#include "items/ComparisonModel.h"
#include "session/Session.h"
#include "store/ReportStore.h"

#include <QActionGroup>
#include <QComboBox>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QtTest>

using namespace ledgerlens;

namespace {
// A part that holds work: says no to closing until told otherwise.
class HoldingPart : public QObject, public ClosePart
{
    Q_OBJECT
    Q_INTERFACES(ledgerlens::ClosePart)
public:
    bool allow = false;
    int asked = 0;
    int closed = 0;
    bool queryClose() override
    {
        ++asked;
        return allow;
    }
    void closeAccepted() override { ++closed; }
};

QMenu *unitMenu(MainWindow *window)
{
    for (QAction *a : window->menu(MainWindow::Menu::View)->actions())
        if (a->menu() && !a->menu()->actions().isEmpty() && a->menu()->actions().first()->data().toLongLong() == 1000)
            return a->menu();
    return nullptr;
}

qint64 checkedUnit(MainWindow *window)
{
    for (QAction *a : unitMenu(window)->actions())
        if (a->isChecked())
            return a->data().toLongLong();
    return 0;
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("session"));
        QSettings().clear();
    }

    void theUnitIsOneEverywhere()
    {
        MainWindow window;
        QComboBox *box = window.statements()->findChild<QComboBox *>();
        QVERIFY(box);
        QVERIFY(unitMenu(&window));
        auto shownEverywhere = [&](qint64 unit) {
            if (window.session()->displayUnit() != unit || checkedUnit(&window) != unit
                || box->currentData().toLongLong() != unit || window.store()->displaySettings().displayUnit != unit)
                return false;
            for (TableKind k : allTableKinds())
                if (window.statements()->model(k)->displayUnit() != unit)
                    return false;
            return true;
        };
        QVERIFY(shownEverywhere(1000));

        const int millions = box->findData(qint64(1000000));
        box->setCurrentIndex(millions);
        emit box->activated(millions);  // as a click in the box does
        QVERIFY(shownEverywhere(1000000));

        for (QAction *a : unitMenu(&window)->actions())
            if (a->data().toLongLong() == 1)
                a->trigger();
        QVERIFY(shownEverywhere(1));
        QVERIFY2(!window.store()->isModified(), "the unit is a view preference, not an edit");
    }

    void theCurrentTableIsTheSessions()
    {
        MainWindow window;
        auto *tabs = window.statements()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        window.statements()->nextTable();
        const TableKind second = allTableKinds().at(1);
        QCOMPARE(window.session()->currentTable(), second);
        QCOMPARE(window.store()->displaySettings().currentTable, second);
        window.session()->setCurrentTable(TableKind::CashFlows);
        QCOMPARE(tabs->currentIndex(), int(allTableKinds().indexOf(TableKind::CashFlows)));
        QCOMPARE(window.statements()->currentTable(), TableKind::CashFlows);
    }

    void theViewComesBackOnTheNextStart()
    {
        {
            MainWindow window;
            window.show();
            window.session()->setDisplayUnit(1000000);
            window.session()->setCurrentTable(TableKind::FinancialPosition);
            QVERIFY(window.close());
        }
        MainWindow again;
        QCOMPARE(again.session()->displayUnit(), qint64(1000000));
        QCOMPARE(again.session()->currentTable(), TableKind::FinancialPosition);
        QCOMPARE(again.statements()->currentTable(), TableKind::FinancialPosition);
        QCOMPARE(checkedUnit(&again), qint64(1000000));
    }

    void closingAsksEveryPart()
    {
        MainWindow window;
        HoldingPart first, second;
        first.allow = true;
        window.addClosePart(&first);
        window.addClosePart(&second);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(first.asked, 1);
        QCOMPARE(second.asked, 1);
        QCOMPARE(first.closed + second.closed, 0);  // one said no: nobody lets go of anything

        second.allow = true;
        QVERIFY(window.close());
        QCOMPARE(first.closed, 1);
        QCOMPARE(second.closed, 1);
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
