// Chart models follow the store change by change: a report arriving inserts
// its columns, a correction changes the cells whose figures moved, loading
// progress changes nothing, and only clearing the store resets them; the
// chart views redraw only when their model's data changed, once per
// event-loop turn however many changes the model announced in it.
#include "ChartFixtures.h"
#include "ModelLog.h"

#include "charts/ChartViews.h"
#include "items/MarginsModel.h"
#include "items/RevenueMixModel.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace ledgerlens;
using namespace fixtures;

class TestChartSignals : public QObject
{
    Q_OBJECT
private slots:
    void progressReachesNoChart()
    {
        ReportStore store;
        load(store, alpha(), QStringLiteral("alpha"));
        RevenueMixModel mix(&store);
        MarginsModel margins(&store);
        RevenueMixChartView view(&mix);
        QSignalSpy redraws(&view, &ChartViewBase::restyled);
        ModelLog mixLog(&mix), marginsLog(&margins);
        const EntryId b = store.addEntry(QStringLiteral("/nonexistent/beta.pdf"));
        for (int page = 1; page <= 300; ++page)
            store.setLoading(b, page, 300);
        QCoreApplication::sendPostedEvents();   // the turn ends
        QCOMPARE(mixLog.take(), QStringList());
        QCOMPARE(marginsLog.take(), QStringList());
        QCOMPARE(redraws.count(), 0);
    }

    void reportArrivingAndLeavingInsertsAndRemovesColumns()
    {
        ReportStore store;
        load(store, alpha(), QStringLiteral("alpha"));
        RevenueMixModel mix(&store);
        QAbstractItemModelTester tester(&mix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int alphaColumns = mix.columnCount();
        QVERIFY(alphaColumns > 0);
        const QPersistentModelIndex hardware = mix.index(1, 0);
        ModelLog log(&mix);
        const EntryId b = load(store, beta(), QStringLiteral("beta"));
        QStringList lines = log.take();
        QVERIFY2(!lines.contains(QStringLiteral("modelReset")), qPrintable(lines.join(u';')));
        QVERIFY2(lines.contains(QStringLiteral("columnsInserted %1-%2").arg(alphaColumns).arg(mix.columnCount() - 1)),
                 qPrintable(lines.join(u';')));
        QCOMPARE(hardware.row(), 1);
        QCOMPARE(hardware.column(), 0);
        QCOMPARE(mix.headerData(hardware.row(), Qt::Vertical).toString(), QStringLiteral("Hardware"));

        const int all = mix.columnCount();
        QVERIFY(store.removeEntry(b));
        lines = log.take();
        QVERIFY2(!lines.contains(QStringLiteral("modelReset")), qPrintable(lines.join(u';')));
        QVERIFY2(lines.contains(QStringLiteral("columnsRemoved %1-%2").arg(alphaColumns).arg(all - 1)),
                 qPrintable(lines.join(u';')));
        QCOMPARE(mix.columnCount(), alphaColumns);
    }

    void correctionChangesTheCellsItMoves()
    {
        ReportStore store;
        const EntryId a = load(store, alpha(), QStringLiteral("alpha"));
        RevenueMixModel mix(&store);
        MarginsModel margins(&store);
        RevenueMixChartView view(&mix);
        QSignalSpy redraws(&view, &ChartViewBase::restyled);
        ModelLog mixLog(&mix);
        // Hardware 2024 (row 1 of the revenue mix table): its figure, and
        // Cloud services' share of the same column.
        QVERIFY(store.setValue({a, TableKind::RevenueMix, 1, 0}, Decimal(150000), QStringLiteral("misread")));
        QCOMPARE(mixLog.take(), (QStringList{QStringLiteral("dataChanged 0,0-0,0"), QStringLiteral("dataChanged 1,0-1,0")}));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(redraws.count(), 1);   // two cells, one redraw
        QCOMPARE(view.series()->barSets()[1]->at(0), 150.0);
        // A figure the chart does not show: nothing to redraw.
        QVERIFY(store.setValue({a, TableKind::ReceivablesAgeing, 0, 0}, Decimal(51000)));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(mixLog.take(), QStringList());
        QCOMPARE(redraws.count(), 1);
        store.undoStack()->undo();
        store.undoStack()->undo();
        QCOMPARE(mixLog.take(), (QStringList{QStringLiteral("dataChanged 0,0-0,0"), QStringLiteral("dataChanged 1,0-1,0")}));
    }

    void reportArrivingRedrawsEachChartOnce()
    {
        ReportStore store;
        load(store, alpha(), QStringLiteral("alpha"));
        RevenueMixModel mix(&store);
        MarginsModel margins(&store);
        RevenueMixChartView mixView(&mix);
        MarginsChartView marginsView(&margins);
        RevenueMixPieView pieView(&mix);
        QSignalSpy mixRedraws(&mixView, &ChartViewBase::restyled);
        QSignalSpy marginsRedraws(&marginsView, &ChartViewBase::restyled);
        QSignalSpy pieRedraws(&pieView, &ChartViewBase::restyled);
        ModelLog mixLog(&mix), marginsLog(&margins);
        // Gamma, in the same currency, brings columns and a segment alpha lacks:
        // the model announces several changes in this one turn.
        Report g = gamma();
        g.currency = alpha().currency;
        load(store, g, QStringLiteral("gamma"));
        const QStringList lines = mixLog.take();
        QVERIFY2(lines.size() > 1, qPrintable(lines.join(u';')));
        QVERIFY(!marginsLog.take().isEmpty());
        QCOMPARE(mixRedraws.count(), 0);   // nothing drawn mid-turn
        QCoreApplication::sendPostedEvents();
        QCOMPARE(mixRedraws.count(), 1);
        QCOMPARE(marginsRedraws.count(), 1);
        QCOMPARE(pieRedraws.count(), 1);
        // The one redraw shows the model as it ended.
        const auto sets = mixView.series()->barSets();
        QCOMPARE(sets.size(), mix.rowCount());
        for (int r = 0; r < mix.rowCount(); ++r) {
            QCOMPARE(sets[r]->label(), mix.headerData(r, Qt::Vertical).toString());
            QCOMPARE(sets[r]->count(), mix.columnCount());
            for (int c = 0; c < mix.columnCount(); ++c)
                QCOMPARE(sets[r]->at(c), mix.data(mix.index(r, c)).toDouble());
        }
        // Nothing changed since: a later turn draws nothing.
        QCoreApplication::sendPostedEvents();
        QCOMPARE(mixRedraws.count(), 1);
    }

    void onlyClearResets()
    {
        ReportStore store;
        load(store, alpha(), QStringLiteral("alpha"));
        load(store, beta(), QStringLiteral("beta"));
        RevenueMixModel mix(&store);
        QAbstractItemModelTester tester(&mix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLog log(&mix);
        store.moveEntry(store.idAt(1), 0);
        QStringList lines = log.take();
        QVERIFY2(!lines.isEmpty() && !lines.contains(QStringLiteral("modelReset")), qPrintable(lines.join(u';')));
        store.clear();
        QCOMPARE(log.take(), QStringList{QStringLiteral("modelReset")});
        QCOMPARE(mix.columnCount(), 0);
    }
};

QTEST_MAIN(TestChartSignals)
#include "tst_chartsignals.moc"
