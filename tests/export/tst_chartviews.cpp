#include "ChartFixtures.h"

#include "charts/ChartExporter.h"
#include "charts/ChartViews.h"
#include "charts/ChartsPanel.h"
#include "export/ZipPackage.h"
#include "charts/BarChartView.h"
#include "items/AgeingModel.h"
#include "items/MarginsModel.h"
#include "items/RevenueMixModel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;
using namespace fixtures;

// Set LEDGERLENS_KEEP_EXPORTS=/some/dir to keep the rendered files for a look.
static QString keepDir()
{
    return qEnvironmentVariable("LEDGERLENS_KEEP_EXPORTS");
}

class TestChartViews : public QObject
{
    Q_OBJECT
private slots:
    void barsFollowTheModelAndTheStore()
    {
        ReportStore store;
        const EntryId a = load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        RevenueMixModel model(&store);
        RevenueMixChartView view(&model);
        const auto sets = view.series()->barSets();
        QCOMPARE(sets.size(), model.rowCount());
        QCOMPARE(sets[1]->label(), QStringLiteral("Hardware"));
        QCOMPARE(sets[1]->at(2), 900.0);
        QCOMPARE(sets[1]->color(), model.headerData(1, Qt::Vertical, Qt::DecorationRole).value<QColor>());
        // A correction in the store shows in the bars once the turn ends.
        QVERIFY(store.setValue({a, TableKind::RevenueMix, 1, 0}, Decimal(150000)));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(view.series()->barSets()[1]->at(0), 150.0);
        // A new report adds its segments (model reset) and keeps colours by name.
        const QColor hardware = view.series()->barSets()[1]->color();
        Report g = gamma();
        g.currency = QStringLiteral("RMB");   // same currency: same chart
        load(store, g, "gamma");
        QCoreApplication::sendPostedEvents();
        const auto after = view.series()->barSets();
        QCOMPARE(after.size(), model.rowCount());
        QCOMPARE(after[1]->color(), hardware);
        QCOMPARE(after.last()->label(), QStringLiteral("Apparel"));
    }

    void hoverTextNamesFigureShareAndSource()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        RevenueMixModel model(&store);
        RevenueMixChartView view(&model);
        const QString text = view.describe(0, 0);
        QVERIFY2(text.contains(QStringLiteral("Cloud services")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("180")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("60.0%")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("alpha.pdf, page 3")), qPrintable(text));
    }

    void clickEmitsTheSource()
    {
        ReportStore store;
        const EntryId a = load(store, alpha(), "alpha");
        AgeingModel model(&store);
        AgeingChartView view(&model);
        QSignalSpy spy(&view, &ChartViewBase::sourceActivated);
        // What a click on the "1 to 3 months" bar of 31 Dec 2023 does.
        const auto sets = view.series()->barSets();
        emit view.series()->clicked(1, sets[1]);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy[0][0].value<EntryId>(), a);
        const SourceRef ref = spy[0][1].value<SourceRef>();
        QCOMPARE(ref.page, 3);
        QCOMPARE(ref.box, alpha().tables[TableKind::ReceivablesAgeing].items[1].cells[1].source.box);
    }

    void pieShowsOnePeriodWithShares()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        RevenueMixModel model(&store);
        RevenueMixPieView pie(&model);
        pie.setColumn(2);   // Beta FY2024
        const auto slices = pie.series()->slices();
        QCOMPARE(slices.size(), model.rowCount());
        QCOMPARE(slices[1]->value(), 900.0);
        QVERIFY2(slices[1]->label().startsWith(QStringLiteral("Hardware 60.0%")), qPrintable(slices[1]->label()));
        QVERIFY(!slices[0]->isLabelVisible());   // Cloud services: not in Beta
        QCOMPARE(slices[1]->color(), model.headerData(1, Qt::Vertical, Qt::DecorationRole).value<QColor>());
    }

    void deckHasOneSlidePerCurrency()
    {
        ReportStore store;
        load(store, alpha(), "alpha");   // RMB
        load(store, gamma(), "gamma");   // HKD
        ChartsPanel panel(&store);
        QTemporaryDir dir;
        const QString path = dir.filePath("deck.pptx");
        QString error;
        QVERIFY2(ChartExporter::savePptx(panel.allViews(), path, &error), qPrintable(error));
        // Revenue mix RMB, HKD; margins (ratios, one chart); ageing RMB, HKD.
        QStringList titles;
        for (int i = 1; ZipPackage::names(path).contains(QStringLiteral("ppt/slides/slide%1.xml").arg(i)); ++i) {
            const QByteArray slide = ZipPackage::read(path, QStringLiteral("ppt/slides/slide%1.xml").arg(i));
            const int at = slide.indexOf("<a:t>") + 5;
            titles << QString::fromUtf8(slide.mid(at, slide.indexOf("</a:t>", at) - at));
        }
        QCOMPARE(titles.size(), 5);
        QVERIFY2(titles[0].contains(QStringLiteral("RMB")) && titles[1].contains(QStringLiteral("HKD")), qPrintable(titles.join('|')));
        QVERIFY2(titles[3].contains(QStringLiteral("RMB")) && titles[4].contains(QStringLiteral("HKD")), qPrintable(titles.join('|')));
        // Each chart's figures are of its currency only: the HKD revenue chart has Gamma's column alone.
        const QByteArray hkd = ZipPackage::read(path, QStringLiteral("ppt/charts/chart2.xml"));
        QVERIFY(hkd.contains("Toys"));
        QVERIFY(!hkd.contains("Cloud services"));
        // The on-screen chart stayed on its currency.
        QCOMPARE(panel.revenueMixModel()->currency(), QStringLiteral("RMB"));
    }

    void percentagesAsAnalystsWriteThem()
    {
        Report r = beta();
        // Revenue of almost nothing: a gross margin of -1,450% and a net margin beyond sense.
        r.tables[TableKind::ProfitOrLoss].items = {
            row("Revenue", {"10.0", "1000.0"}, "revenue"),
            row("Gross profit", {"-145.0", "250.0"}, "gross_profit", RowKind::Subtotal),
            row("Loss for the year", {"-50000.0", "-20.0"}, "profit_for_period", RowKind::Subtotal)};
        ReportStore store;
        load(store, r, "beta");
        MarginsModel model(&store);
        MarginsChartView view(&model);
        view.resize(1200, 700);
        view.show();
        QCoreApplication::processEvents();
        QCOMPARE(model.data(model.index(0, 0)).toDouble(), -1450.0);   // the model keeps the raw number
        const QString gross = view.describe(0, 0);
        QVERIFY2(gross.contains(QStringLiteral("-1,450.0%")), qPrintable(gross));
        const QString net = view.describe(1, 0);
        QVERIFY2(net.contains(QStringLiteral("n/m")), qPrintable(net));
        const QStringList labels = view.drawnLabels();
        QVERIFY2(!labels.isEmpty(), "no value label drawn");
        for (const QString &l : labels)
            QVERIFY2(!l.contains(QLatin1Char('e')) && (l.endsWith(QLatin1Char('%')) || l == QStringLiteral("n/m")), qPrintable(l));
        QVERIFY2(labels.contains(QStringLiteral("25.0%")), qPrintable(labels.join('|')));
        QCOMPARE(ChartExporter::chartData(view).numberFormat, QStringLiteral("#,##0.0\"%\""));   // grouped, no exponent
    }

    void labelsNeverOverlap_data()
    {
        QTest::addColumn<int>("segments");
        QTest::addColumn<QSize>("size");
        QTest::newRow("fixtures, docked") << 0 << QSize(520, 380);
        QTest::newRow("fixtures, slide") << 0 << QSize(1280, 720);
        QTest::newRow("12 segments, docked") << 12 << QSize(520, 380);
        QTest::newRow("12 segments, slide") << 12 << QSize(1280, 720);
    }

    void labelsNeverOverlap()
    {
        QFETCH(int, segments);
        QFETCH(QSize, size);
        ReportStore store;
        load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        if (segments > 0) {
            // Many small segments and a few large ones, in six reports.
            for (int k = 0; k < 6; ++k) {
                Report many = alpha();
                many.company = QStringLiteral("Many Segments %1 Limited").arg(k);
                QVector<LineItem> items;
                for (int s = 0; s < segments; ++s) {
                    const QByteArray a = QByteArray::number((s % 4 == 0 ? 90000 : 1500) + 37 * s + 1000 * k);
                    const QByteArray b = QByteArray::number((s % 3 == 0 ? 60000 : 900) + 11 * s);
                    items << row(QStringLiteral("Segment %1").arg(s + 1), {a.constData(), b.constData()});
                }
                many.tables[TableKind::RevenueMix].items = items;
                load(store, many, QStringLiteral("many%1").arg(k));
            }
        }
        RevenueMixModel mix(&store);
        MarginsModel margins(&store);
        AgeingModel ageing(&store);
        RevenueMixChartView mixView(&mix);
        MarginsChartView marginsView(&margins);
        AgeingChartView ageingView(&ageing);
        for (BarChartView *view : {static_cast<BarChartView *>(&mixView), static_cast<BarChartView *>(&marginsView),
                                   static_cast<BarChartView *>(&ageingView)}) {
            view->resize(size);
            view->show();
            QCoreApplication::processEvents();
            const QVector<QRectF> rects = view->drawnLabelRects();
            if (size.width() >= 1280)   // docked, a crowded chart may have room for none: tooltips
                QVERIFY2(!rects.isEmpty(), qPrintable(view->title()));
            for (int i = 0; i < rects.size(); ++i)
                for (int j = i + 1; j < rects.size(); ++j)
                    QVERIFY2(!rects[i].intersects(rects[j]),
                             qPrintable(QStringLiteral("%1: labels %2 and %3 overlap").arg(view->title()).arg(i).arg(j)));
            view->hide();
        }
    }

    // The company line of each category on the chart's axis ("Alpha Widgets<br>1H 2024").
    static QStringList axisCompanies(const BarChartView &view)
    {
        QStringList out;
        const auto axes = view.chart()->axes(Qt::Horizontal);
        if (auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first()))
            for (const QString &c : axis->categories())
                out << c.section(QStringLiteral("<br>"), 0, 0);
        return out;
    }

    // Two companies whose names start alike never read the same on the axis,
    // docked or wide, and every column keeps its category.
    void sameFirstWordGetsDifferentLabels_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("docked") << QSize(520, 380);
        QTest::newRow("wide") << QSize(1500, 800);
    }

    void sameFirstWordGetsDifferentLabels()
    {
        QFETCH(QSize, size);
        ReportStore store;
        Report a = alpha();
        a.company = QStringLiteral("Harbour Resources Land Holdings Limited");
        Report b = alpha();
        b.company = QStringLiteral("Harbour Overseas Land Group Co., Ltd.");
        load(store, a, "harbour-resources");
        load(store, b, "harbour-overseas");
        load(store, beta(), "beta");
        RevenueMixModel model(&store);
        RevenueMixChartView view(&model);
        view.resize(size);
        view.show();
        QCoreApplication::processEvents();
        const QStringList companies = axisCompanies(view);
        QCOMPARE(companies.size(), model.columnCount());
        QStringList distinct;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString full = model.headerData(c, Qt::Horizontal, ItemRoles::HeaderCompanyRole).toString();
            if (full.startsWith(QStringLiteral("Harbour")) && !distinct.contains(companies[c]))
                distinct << companies[c];
        }
        QVERIFY2(distinct.size() == 2, qPrintable(companies.join(QStringLiteral(" | "))));
    }

    // With room to spare the axis shows the whole short name, not a cut one.
    void wideChartShowsTheFullShortName()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        RevenueMixModel model(&store);
        RevenueMixChartView view(&model);
        view.resize(1500, 800);
        view.show();
        QCoreApplication::processEvents();
        const QStringList companies = axisCompanies(view);
        QCOMPARE(companies.size(), model.columnCount());
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(companies[c], model.headerData(c, Qt::Horizontal, ItemRoles::HeaderCompanyRole).toString());
        QVERIFY(companies.contains(QStringLiteral("Alpha Widgets")));
        // Docked, the same chart shortens them again (re-fitted on resize).
        view.resize(260, 300);
        QCoreApplication::processEvents();
        const QStringList docked = axisCompanies(view);
        QVERIFY2(!docked.contains(QStringLiteral("Alpha Widgets")), qPrintable(docked.join(QStringLiteral(" | "))));
    }

    // The category labels Qt Charts draws, left to right, as plain text: the
    // text items under the plot area, not the legend's (title above, value axis left).
    static QStringList drawnCategories(const BarChartView &view)
    {
        const QRectF plot = view.chart()->plotArea();
        const QRectF legend = view.chart()->legend()->sceneBoundingRect();
        QList<QPair<double, QString>> found;
        for (QGraphicsItem *item : view.scene()->items()) {
            auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible())
                continue;
            const QPointF c = text->sceneBoundingRect().center();
            if (c.y() > plot.bottom() && c.x() > plot.left() && c.x() < plot.right() && !legend.contains(c))
                found << qMakePair(c.x(), text->toPlainText());
        }
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList out;
        for (const auto &f : found)
            out << f.second;
        return out;
    }

    // Docked narrow, each category still says which period it is: the names
    // are refitted to the room the laid-out chart gives, so Qt Charts cuts no
    // label ("Harbour La..." twice), and two periods of one company differ.
    void narrowDockKeepsPeriods_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("400 px") << 400;
        QTest::newRow("520 px") << 520;
        QTest::newRow("600 px") << 600;
        QTest::newRow("700 px") << 700;
        QTest::newRow("800 px") << 800;
        QTest::newRow("wide") << 1500;
    }

    void narrowDockKeepsPeriods()
    {
        QFETCH(int, width);
        ReportStore store;
        Report a = alpha();
        a.company = QStringLiteral("Harbour Lantern Logistics Holdings Limited");
        Report b = beta();
        b.company = QStringLiteral("Cloud Factory Technology Holdings Limited");
        load(store, a, "harbour");
        load(store, b, "cloud");
        RevenueMixModel model(&store);
        RevenueMixChartView view(&model);
        view.resize(1500, 600);
        view.show();
        QCoreApplication::processEvents();
        QVERIFY(axisCompanies(view).contains(QStringLiteral("Harbour Lantern Logistics")));
        view.resize(width, 380);
        for (int i = 0; i < 4; ++i)   // the resize, the layout, the refit it asks for
            QCoreApplication::processEvents();
        const QStringList drawn = drawnCategories(view);
        QCOMPARE(drawn.size(), model.columnCount());
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString period = model.headerData(c, Qt::Horizontal, ItemRoles::HeaderPeriodRole).toString();
            QVERIFY2(!drawn[c].contains(QLatin1String("...")), qPrintable(drawn.join(QStringLiteral(" | "))));
            QVERIFY2(drawn[c].contains(period.right(4)) || drawn[c].endsWith(period.right(2)),
                     qPrintable(drawn.join(QStringLiteral(" | "))));
            QCOMPARE(drawn.count(drawn[c]), 1);
        }
        // Refitted to the new width: narrow, the long name is shortened.
        if (width < 1000)
            QVERIFY2(!axisCompanies(view).contains(QStringLiteral("Harbour Lantern Logistics")),
                     qPrintable(axisCompanies(view).join(QStringLiteral(" | "))));
    }

    void exportsImagesAtSlideSize()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        load(store, gamma(), "gamma");
        ChartsPanel panel(&store);
        QTemporaryDir dir;
        const QString out = keepDir().isEmpty() ? dir.path() : keepDir();
        QVector<ChartViewBase *> views{panel.revenueMixView(), panel.revenueMixPieView(), panel.marginsView(),
                                       panel.ageingView()};
        const QStringList names{"revenue-mix", "revenue-mix-pie", "margins", "ageing"};
        for (int i = 0; i < views.size(); ++i) {
            QString error;
            const QString png = out + QLatin1Char('/') + names[i] + QStringLiteral(".png");
            QVERIFY2(ChartExporter::save(*views[i], png, {}, &error), qPrintable(error));
            QImage image(png);
            QCOMPARE(image.size(), QSize(1920, 1080));
            // The bars are drawn in the segments' colours (not a blank image).
            const QColor first = panel.revenueMixModel()->headerData(0, Qt::Vertical, Qt::DecorationRole).value<QColor>();
            if (i == 0) {
                int hits = 0;
                for (int y = 0; y < image.height(); y += 4)
                    for (int x = 0; x < image.width(); x += 4)
                        hits += QColor(image.pixel(x, y)) == first;
                QVERIFY2(hits > 500, qPrintable(QString::number(hits)));
            }
            const QString svg = out + QLatin1Char('/') + names[i] + QStringLiteral(".svg");
            QVERIFY2(ChartExporter::save(*views[i], svg, {}, &error), qPrintable(error));
            QFile f(svg);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY(text.contains("<svg"));
            const QString pdf = out + QLatin1Char('/') + names[i] + QStringLiteral(".pdf");
            QVERIFY2(ChartExporter::save(*views[i], pdf, {}, &error), qPrintable(error));
            QVERIFY(QFileInfo(pdf).size() > 1000);
        }
        QString error;
        QVERIFY(!ChartExporter::save(*views[0], out + QStringLiteral("/x.bmp"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("bmp")));
    }
};

QTEST_MAIN(TestChartViews)
#include "tst_chartviews.moc"
