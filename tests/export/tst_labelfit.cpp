#include "export/LabelFit.h"
#include "items/CategoryNames.h"

#include <QtTest>

using namespace ledgerlens;

// Which value labels a PPTX bar chart leaves out when neighbours would collide;
// how the chart categories (company over period) fit a narrow axis.
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

    void narrowRoomKeepsThePeriod_data()
    {
        QTest::addColumn<double>("room");   // in characters of the test's fixed-width measure
        QTest::newRow("docked") << 8.0;
        QTest::newRow("narrow") << 5.0;
        QTest::newRow("very narrow") << 4.0;
    }

    // Two periods of one company never read the same, and every label shows
    // its year whole; the company is what gives way.
    void narrowRoomKeepsThePeriod()
    {
        QFETCH(double, room);
        const QStringList companies{QStringLiteral("Cloud Factory Technology"), QStringLiteral("Cloud Factory Technology"),
                                    QStringLiteral("Harbour Lantern Logistics"), QStringLiteral("Harbour Lantern Logistics"),
                                    QStringLiteral("Harbour Lantern Logistics")};
        const QStringList periods{QStringLiteral("1H 2024"), QStringLiteral("1H 2023"), QStringLiteral("FY2025"),
                                  QStringLiteral("FY2024"), QStringLiteral("1H 2024")};
        auto width = [](const QString &t) { return double(t.size()); };
        const QVector<CategoryNames::Label> labels = CategoryNames::fitLabels(companies, periods, room, width);
        QCOMPARE(labels.size(), companies.size());
        QStringList shown;
        for (int i = 0; i < labels.size(); ++i) {
            const CategoryNames::Label &l = labels[i];
            const QString text = l.company + QLatin1Char('|') + l.period;
            QVERIFY2(width(l.company) <= room && width(l.period) <= room, qPrintable(text));
            // The year, whole or as "FY24" when "2024" would read as another column's.
            QVERIFY2(l.period.contains(periods[i].right(4)) || l.period.endsWith(periods[i].right(2)), qPrintable(text));
            QVERIFY2(!shown.contains(text), qPrintable(QStringLiteral("%1 twice").arg(text)));
            shown << text;
        }
        // Not so narrow that nothing of the company fits: the company stays (shortened).
        if (room >= 5)
            for (const CategoryNames::Label &l : labels)
                QVERIFY2(!l.company.isEmpty(), qPrintable(l.period));
    }
};

QTEST_GUILESS_MAIN(TestLabelFit)
#include "tst_labelfit.moc"
