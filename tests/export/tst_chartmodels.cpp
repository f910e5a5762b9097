#include "ChartFixtures.h"

#include "items/AgeRange.h"
#include "items/AgeingModel.h"
#include "items/MarginsModel.h"
#include "items/RevenueMixModel.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace ledgerlens;
using namespace fixtures;

namespace {
QStringList rowLabels(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.headerData(r, Qt::Vertical).toString();
    return out;
}

int rowOf(const QAbstractItemModel &m, const QString &label)
{
    return int(rowLabels(m).indexOf(label));
}

int columnOf(const QAbstractItemModel &m, const QString &header)
{
    for (int c = 0; c < m.columnCount(); ++c) {
        if (m.headerData(c, Qt::Horizontal).toString() == header)
            return c;
    }
    return -1;
}
} // namespace

class TestChartModels : public QObject
{
    Q_OBJECT
private slots:
    void revenueMixUnionOfSegmentsWithoutTotals()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        RevenueMixModel model(&store);
        // Segments matched by name across reports, first-seen order, totals left out.
        QCOMPARE(rowLabels(model), (QStringList{"Cloud services", "Hardware", "Robot leasing"}));
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Alpha Widgets\n1H 2024"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Beta Robotics\nFY2024"));
        // RMB'000 and RMB million both land in millions.
        QCOMPARE(model.data(model.index(0, 0)).toDouble(), 180.0);
        QCOMPARE(model.data(model.index(1, 2)).toDouble(), 900.0);
        QCOMPARE(model.data(model.index(1, 2), ItemRoles::ExactValueRole).toString(), QStringLiteral("900"));
        // A segment a report does not print has no value, not zero.
        QVERIFY(!model.data(model.index(0, 2)).isValid());
        QVERIFY(!model.data(model.index(2, 3)).isValid());
        // Shares of the column, percent.
        QCOMPARE(model.data(model.index(0, 0), ItemRoles::ShareRole).toDouble(), 60.0);
        QCOMPARE(model.data(model.index(2, 2), ItemRoles::ShareRole).toDouble(), 40.0);
        // Source of each figure: page and entry.
        const CellSource src = model.data(model.index(1, 2), ItemRoles::SourceRole).value<CellSource>();
        QCOMPARE(src.ref.page, 3);
        QCOMPARE(src.entry, store.idAt(1));
    }

    void oneCurrencyPerChart()
    {
        ReportStore store;
        load(store, alpha(), "alpha");   // RMB
        load(store, gamma(), "gamma");   // HKD
        load(store, beta(), "beta");     // RMB
        RevenueMixModel mix(&store);
        AgeingModel ageing(&store);
        QCOMPARE(mix.currencies(), (QStringList{"RMB", "HKD"}));
        // The first report's currency is drawn, and only it: no HKD figure on an RMB axis.
        QCOMPARE(mix.currency(), QStringLiteral("RMB"));
        QCOMPARE(rowLabels(mix), (QStringList{"Cloud services", "Hardware", "Robot leasing"}));
        QCOMPARE(mix.columnCount(), 4);
        for (int c = 0; c < mix.columnCount(); ++c)
            QCOMPARE(mix.headerData(c, Qt::Horizontal, ItemRoles::CurrencyRole).toString(), QStringLiteral("RMB"));
        QVERIFY2(mix.valueTitle().contains(QStringLiteral("RMB")), qPrintable(mix.valueTitle()));
        QVERIFY2(mix.title().contains(QStringLiteral("RMB")), qPrintable(mix.title()));
        QCOMPARE(ageing.columnCount(), 4);
        // The other currency is its own chart.
        mix.setCurrency(QStringLiteral("HKD"));
        QCOMPARE(rowLabels(mix), (QStringList{"Toys", "Apparel"}));
        QCOMPARE(mix.columnCount(), 1);
        QVERIFY2(mix.valueTitle().contains(QStringLiteral("HKD")), qPrintable(mix.valueTitle()));
        // The last HKD report leaving: back to the one currency left.
        QSignalSpy spy(&mix, &AmountChartModel::currenciesChanged);
        store.removeEntry(store.idAt(1));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(mix.currencies(), (QStringList{"RMB"}));
        QCOMPARE(mix.columnCount(), 4);
    }

    void revenueMixSegmentsPrintedAsColumns()
    {
        ReportStore store;
        load(store, gamma(), "gamma");
        RevenueMixModel model(&store);
        QCOMPARE(rowLabels(model), (QStringList{"Toys", "Apparel"}));   // the Total column is not a segment
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.data(model.index(0, 0)).toDouble(), 60.0);
        QCOMPARE(model.data(model.index(1, 0), ItemRoles::ShareRole).toDouble() * 3, 100.0);
    }

    void segmentColoursStayWithTheName()
    {
        ReportStore one, two;
        load(one, alpha(), "alpha");
        load(two, beta(), "beta");
        RevenueMixModel a(&one), b(&two);
        const QColor inA = a.headerData(rowOf(a, "Hardware"), Qt::Vertical, Qt::DecorationRole).value<QColor>();
        const QColor inB = b.headerData(rowOf(b, "Hardware"), Qt::Vertical, Qt::DecorationRole).value<QColor>();
        QVERIFY(inA.isValid());
        QCOMPARE(inA, inB);
        // Different segments in one chart never share a colour.
        QVERIFY(a.headerData(0, Qt::Vertical, Qt::DecorationRole) != a.headerData(1, Qt::Vertical, Qt::DecorationRole));
    }

    void marginPercentIsExact()
    {
        QCOMPARE(MarginsModel::percent(Decimal(1), Decimal(3))->toString(), QStringLiteral("33.3333"));
        QCOMPARE(MarginsModel::percent(Decimal(2), Decimal(3))->toString(), QStringLiteral("66.6667"));
        QCOMPARE(MarginsModel::percent(Decimal(-1), Decimal(8))->toString(), QStringLiteral("-12.5000"));
        QCOMPARE(MarginsModel::percent(Decimal(-2), Decimal(3))->toString(), QStringLiteral("-66.6667"));
        // Mixed scales: 0.1 / 0.3 is exactly a third, not 0.333...4 from binary floating point.
        QCOMPARE(MarginsModel::percent(Decimal(1, 1), Decimal(3, 1))->toString(), QStringLiteral("33.3333"));
        QVERIFY(!MarginsModel::percent(Decimal(5), Decimal(0)));
    }

    void marginsPerReportAndPeriod()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        MarginsModel model(&store);
        QCOMPARE(rowLabels(model), (QStringList{"Gross margin", "Operating margin", "Net margin"}));
        const int gross = 0, op = 1, net = 2;
        QCOMPARE(model.data(model.index(gross, 0), ItemRoles::ExactValueRole).toString(), QStringLiteral("33.3333"));
        QCOMPARE(model.data(model.index(gross, 1)).toDouble(), 25.0);
        QCOMPARE(model.data(model.index(op, 0)).toDouble(), 10.0);
        QCOMPARE(model.data(model.index(op, 1)).toDouble(), -5.0);
        QCOMPARE(model.data(model.index(net, 2)).toDouble(), -12.5);
        // Beta prints no operating line: no operating margin, not zero.
        QVERIFY(!model.data(model.index(op, 2)).isValid());
        // Zero revenue (FY2023 of Beta): no margin at all.
        QVERIFY(!model.data(model.index(gross, 3)).isValid());
        QVERIFY(!model.data(model.index(net, 3)).isValid());
    }

    void segmentGrossMargins()
    {
        ReportStore store;
        load(store, gamma(), "gamma");
        MarginsModel model(&store);
        QCOMPARE(rowLabels(model), (QStringList{"Gross margin", "Net margin", "Gross margin: Toys",
                                                "Gross margin: Apparel"}));
        QCOMPARE(model.data(model.index(2, 0)).toDouble(), 25.0);   // (60000 - 45000) / 60000
        QCOMPARE(model.data(model.index(3, 0)).toDouble(), 40.0);   // (30000 - 18000) / 30000
    }

    void bucketLabelsParse_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        const double inf = qInf();
        QTest::newRow("within month") << "Within 1 month" << 0.0 << 30.0;
        QTest::newRow("months range") << "1 to 3 months" << 30.0 << 90.0;
        QTest::newRow("over year") << "Over 1 year" << 365.0 << inf;
        QTest::newRow("days dash") << "0-30 days" << 0.0 << 30.0;
        QTest::newRow("en dash") << "31–60 days" << 31.0 << 60.0;
        QTest::newRow("mixed units") << "6 months to 1 year" << 180.0 << 365.0;
        QTest::newRow("up to") << "Up to 6 months" << 0.0 << 180.0;
        QTest::newRow("more than") << "More than 3 years" << 1095.0 << inf;
        QTest::newRow("zh within") << "1年以內" << 0.0 << 365.0;
        QTest::newRow("zh over") << "超過1年" << 365.0 << inf;
        QTest::newRow("zh days") << "0-30日" << 0.0 << 30.0;
        QTest::newRow("zh over days") << "超過90日" << 90.0 << inf;
        QTest::newRow("zh numerals") << "一至三個月" << 30.0 << 90.0;
    }
    void bucketLabelsParse()
    {
        QFETCH(QString, label);
        QFETCH(double, from);
        QFETCH(double, to);
        const auto b = AgeRange::parse(label);
        QVERIFY2(b, qPrintable(label));
        QCOMPARE(b->fromDays, from);
        QCOMPARE(b->toDays, to);
        QVERIFY(!AgeRange::parse(QStringLiteral("Total")));
    }

    void ageingBucketsYoungestFirstAcrossBoundaries()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        load(store, gamma(), "gamma");   // HKD: another chart
        AgeingModel model(&store);
        // Never re-bucketed, interleaved by age; Beta's shuffled order is fixed; Beta's
        // "0-30 days" is Alpha's "Within 1 month" (one range, one series).
        QCOMPARE(rowLabels(model), (QStringList{"Within 1 month", "1 to 3 months",
                                                "31-60 days", "61-90 days", "3 to 12 months", "Over 90 days",
                                                "Over 1 year"}));
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Alpha Widgets\n30 Jun 2024"));
        QCOMPARE(model.data(model.index(rowOf(model, "31-60 days"), 2)).toDouble(), 30.0);
        QVERIFY(!model.data(model.index(rowOf(model, "3 to 12 months"), 1)).isValid());
        QVERIFY(!model.data(model.index(rowOf(model, "31-60 days"), 0)).isValid());
        // Same age, same colour across reports; older is a different colour.
        const auto colour = [&](const char *l) {
            return model.headerData(rowOf(model, l), Qt::Vertical, Qt::DecorationRole).value<QColor>();
        };
        QCOMPARE(model.data(model.index(rowOf(model, "Within 1 month"), 2)).toDouble(), 100.0);
        QVERIFY(colour("Over 1 year") != colour("Within 1 month"));
    }

    void ageingDrawnOnceOneSeriesPerRange()
    {
        // Delta prints its receivables ageing in two notes, both landing in one
        // table; Epsilon and Zeta print the same first bucket in other words.
        Report delta = alpha();
        delta.company = QStringLiteral("Delta Parts Limited");
        Table &t = delta.tables[TableKind::ReceivablesAgeing];
        t.items = {row("Within 30 days", {"50000", "40000"}), row("31 to 90 days", {"20000", "15000"}),
                   row("Over 90 days", {"10000", "1000"}), row("Total", {"80000", "56000"}, {}, RowKind::Subtotal),
                   row("0 to 30 days", {"50000", "40000"}), row("31 to 90 days", {"20000", "15000"}),
                   row("Over 90 days", {"10000", "1000"}), row("Total", {"80000", "56000"}, {}, RowKind::Subtotal)};
        Report epsilon = alpha();
        epsilon.company = QStringLiteral("Epsilon Foods Limited");
        epsilon.tables[TableKind::ReceivablesAgeing].items = {row("0-30 days", {"7000", "6000"}),
                                                              row("Over 30 days", {"3000", "2000"})};
        Report zeta = alpha();
        zeta.company = QStringLiteral("澤塔有限公司");
        zeta.tables[TableKind::ReceivablesAgeing].items = {row("30日內", {"900", "800"}), row("30日以上", {"100", "200"})};
        ReportStore store;
        load(store, delta, "delta");
        load(store, epsilon, "epsilon");
        load(store, zeta, "zeta");
        AgeingModel model(&store);
        QCOMPARE(rowLabels(model), (QStringList{"Within 30 days", "Over 30 days", "31 to 90 days", "Over 90 days"}));
        // Delta's column adds up to its printed total once, not twice.
        double delta2024 = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            delta2024 += model.data(model.index(r, 0)).toDouble();
        QCOMPARE(delta2024, 80.0);
        // One "0-30" series across the three wordings; the tooltip keeps what was printed.
        const int young = rowOf(model, "Within 30 days");
        QCOMPARE(model.data(model.index(young, 2)).toDouble(), 7.0);
        QCOMPARE(model.data(model.index(young, 4)).toDouble(), 0.9);
        QVERIFY(model.data(model.index(young, 4), ItemRoles::DetailRole).toString().contains(QStringLiteral("30日內")));
    }

    void chartFollowsCorrectionWithoutReload()
    {
        ReportStore store;
        const EntryId a = load(store, alpha(), "alpha");
        RevenueMixModel mix(&store);
        MarginsModel margins(&store);
        QSignalSpy changed(&mix, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&mix, &QAbstractItemModel::modelReset);
        // Reviewer fixes Hardware 2024 (row 1 of the revenue mix table) from 120,000 to 150,000.
        QVERIFY(store.setValue({a, TableKind::RevenueMix, 1, 0}, Decimal(150000), QStringLiteral("misread")));
        QCOMPARE(mix.data(mix.index(1, 0)).toDouble(), 150.0);
        QCOMPARE(mix.data(mix.index(0, 0), ItemRoles::ShareRole).toDouble(), 180.0 / 330.0 * 100.0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(reset.count(), 0);   // same shape: the chart updates in place
        // Revenue correction moves the margins.
        QVERIFY(store.setValue({a, TableKind::ProfitOrLoss, 0, 0}, Decimal(400000)));
        QCOMPARE(margins.data(margins.index(0, 0)).toDouble(), 25.0);
        store.undoStack()->undo();
        QCOMPARE(margins.data(margins.index(0, 0), ItemRoles::ExactValueRole).toString(), QStringLiteral("33.3333"));
        store.undoStack()->undo();
        QCOMPARE(mix.data(mix.index(1, 0)).toDouble(), 120.0);
    }

    void removingAReportDropsItsColumns()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        const EntryId b = load(store, beta(), "beta");
        RevenueMixModel model(&store);
        QCOMPARE(model.columnCount(), 4);
        store.removeEntry(b);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(rowLabels(model), (QStringList{"Cloud services", "Hardware"}));
        QCOMPARE(columnOf(model, "Alpha Widgets\n1H 2023"), 1);
    }
};

QTEST_GUILESS_MAIN(TestChartModels)
#include "tst_chartmodels.moc"
