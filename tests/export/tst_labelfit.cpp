#include "export/LabelFit.h"

#include <QtTest>

using namespace ledgerlens;

// Which value labels a PPTX bar chart leaves out when neighbours would collide.
class TestLabelFit : public QObject
{
    Q_OBJECT
private slots:
    void largestFiguresKeepTheirLabels_data()
    {
        QTest::addColumn<int>("categories");
        QTest::newRow("12 reports") << 12;
        QTest::newRow("20 reports") << 20;
    }

    // A small bar left of a large one must not cost the large one its label.
    void largestFiguresKeepTheirLabels()
    {
        QFETCH(int, categories);
        ChartData chart;
        chart.type = ChartData::Type::ClusteredColumn;
        chart.series.resize(2);
        for (int c = 0; c < categories; ++c) {
            chart.categories << QStringLiteral("Report %1").arg(c);
            chart.series[0].values << std::optional<double>(1.0 + c % 3);
            chart.series[1].values << std::optional<double>(c == categories / 2 ? 98765.0 : 40000.0 + 100 * c);
        }
        const QVector<QSet<int>> hidden = LabelFit::hidden(chart);
        QCOMPARE(hidden.size(), 2);
        // Crowded enough that some labels go...
        QVERIFY(!hidden[0].isEmpty() || !hidden[1].isEmpty());
        // ...but never the label of the largest figure.
        int bestSeries = 0, bestCategory = 0;
        double best = 0;
        for (int s = 0; s < chart.series.size(); ++s)
            for (int c = 0; c < categories; ++c)
                if (std::abs(*chart.series[s].values[c]) > best)
                    best = std::abs(*chart.series[s].values[c]), bestSeries = s, bestCategory = c;
        QVERIFY2(!hidden[bestSeries].contains(bestCategory), "the largest bar lost its label");
        // Each large bar keeps its label over the small bar beside it.
        int largeKept = 0, smallKept = 0;
        for (int c = 0; c < categories; ++c) {
            largeKept += !hidden[1].contains(c);
            smallKept += !hidden[0].contains(c);
        }
        QVERIFY2(largeKept >= smallKept, qPrintable(QStringLiteral("%1 large, %2 small").arg(largeKept).arg(smallKept)));
    }
};

QTEST_GUILESS_MAIN(TestLabelFit)
#include "tst_labelfit.moc"
