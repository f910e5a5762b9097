#include "ChartFixtures.h"

#include "export/ChartData.h"
#include "export/ChartXml.h"
#include "export/PptxWriter.h"
#include "export/TableData.h"
#include "export/TableWriters.h"
#include "export/ZipPackage.h"
#include "items/ComparisonModel.h"
#include "items/MarginsModel.h"
#include "items/RevenueMixModel.h"

#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ledgerlens;
using namespace fixtures;

namespace {

// c:ser of a chart part: name, category texts, values by point index.
struct Series
{
    QString name;
    QStringList categories;
    QMap<int, double> values;
    int pointCount = 0;
};

QVector<Series> readSeries(const QByteArray &xml)
{
    QVector<Series> out;
    QXmlStreamReader r(xml);
    enum { None, Tx, Cat, Val } part = None;
    int idx = -1;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto n = r.name();
            if (n == u"ser")
                out.append(Series());
            else if (n == u"tx" && !out.isEmpty())
                part = Tx;
            else if (n == u"cat")
                part = Cat;
            else if (n == u"val")
                part = Val;
            else if (n == u"pt")
                idx = r.attributes().value(QStringLiteral("idx")).toInt();
            else if (n == u"ptCount" && part == Val)
                out.last().pointCount = r.attributes().value(QStringLiteral("val")).toInt();
            else if (n == u"v" && !out.isEmpty()) {
                const QString text = r.readElementText();
                if (part == Tx)
                    out.last().name = text;
                else if (part == Cat)
                    out.last().categories << text;
                else if (part == Val)
                    out.last().values.insert(idx, text.toDouble());
            }
        } else if (r.isEndElement() && (r.name() == u"tx" || r.name() == u"cat" || r.name() == u"val")) {
            part = None;
        }
    }
    if (r.hasError())
        qWarning() << "XML error" << r.errorString();
    return out;
}

// Cells of an xlsx sheet: "B2" -> number or shared string text.
QMap<QString, QString> readSheet(const QString &xlsx)
{
    QStringList strings;
    QXmlStreamReader s(ZipPackage::read(xlsx, QStringLiteral("xl/sharedStrings.xml")));
    while (!s.atEnd()) {
        if (s.readNext() == QXmlStreamReader::StartElement && s.name() == u"t")
            strings << s.readElementText();
    }
    QMap<QString, QString> cells;
    QXmlStreamReader r(ZipPackage::read(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString ref, type;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"c") {
            ref = r.attributes().value(QStringLiteral("r")).toString();
            type = r.attributes().value(QStringLiteral("t")).toString();
        } else if (r.isStartElement() && r.name() == u"v") {
            const QString v = r.readElementText();
            cells.insert(ref, type == u"s" ? strings.value(v.toInt()) : v);
        }
    }
    return cells;
}

// Series index -> points whose value label the chart part deletes.
QMap<int, QSet<int>> deletedLabels(const QByteArray &xml)
{
    QMap<int, QSet<int>> out;
    QXmlStreamReader r(xml);
    int series = -1, point = -1;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto name = r.name();
        if (name == QLatin1String("ser"))
            ++series, point = -1;
        else if (name == QLatin1String("dLbl"))
            point = -2;
        else if (name == QLatin1String("idx") && point == -2)
            point = r.attributes().value(QLatin1String("val")).toInt();
        else if (name == QLatin1String("delete") && point >= 0 && r.attributes().value(QLatin1String("val")) == QLatin1String("1"))
            out[series].insert(point);
    }
    return out;
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT
private slots:
    void pptxHoldsANativeChartWithTheTableFigures()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        RevenueMixModel mix(&store);
        MarginsModel margins(&store);
        PptxWriter deck;
        ChartData mixChart = ChartData::fromModel(mix, ChartData::Type::StackedColumn, mix.title(), mix.valueTitle());
        mixChart.sources = mix.sourceFilings();
        deck.addSlide(mixChart);
        deck.addSlide(ChartData::fromModel(margins, ChartData::Type::ClusteredColumn, margins.title(), margins.valueTitle()));
        deck.addSlide(ChartData::pieFromModel(mix, 2, QStringLiteral("Beta FY2024")));
        QTemporaryDir dir;
        const QString path = dir.filePath("deck.pptx");
        QString error;
        QVERIFY2(deck.write(path, &error), qPrintable(error));

        const QStringList names = ZipPackage::names(path);
        QCOMPARE(names.first(), QStringLiteral("[Content_Types].xml"));
        for (const char *part : {"ppt/presentation.xml", "ppt/slides/slide3.xml", "ppt/charts/chart1.xml",
                                 "ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx", "ppt/charts/_rels/chart1.xml.rels"})
            QVERIFY2(names.contains(QString::fromLatin1(part)), part);

        // Slide 1: a stacked bar chart; series = segments, categories = report periods, values = the model's.
        const QByteArray chart1 = ZipPackage::read(path, "ppt/charts/chart1.xml");
        QVERIFY(chart1.contains("<c:barChart>"));
        QVERIFY(chart1.contains("<c:grouping val=\"stacked\"/>"));
        QVERIFY(chart1.contains("<c:externalData r:id=\"rId1\">"));
        const QVector<Series> series = readSeries(chart1);
        QCOMPARE(series.size(), mix.rowCount());
        for (int r = 0; r < mix.rowCount(); ++r) {
            QCOMPARE(series[r].name, mix.headerData(r, Qt::Vertical).toString());
            QCOMPARE(series[r].pointCount, mix.columnCount());
            for (int c = 0; c < mix.columnCount(); ++c) {
                const QVariant v = mix.data(mix.index(r, c));
                QCOMPARE(series[r].values.contains(c), v.isValid());   // gaps stay gaps
                if (v.isValid())
                    QCOMPARE(series[r].values.value(c), v.toDouble());
                QCOMPARE(series[r].categories.value(c), mix.headerData(c, Qt::Horizontal).toString().replace('\n', ' '));
            }
        }
        // Title and source filings on the slide.
        const QByteArray slide1 = ZipPackage::read(path, "ppt/slides/slide1.xml");
        QVERIFY(slide1.contains("Revenue by segment"));
        QVERIFY(slide1.contains("Alpha Widgets Holdings Limited"));
        QVERIFY(slide1.contains("Beta Robotics Group Inc."));
        // Margins: clustered, Beta's missing operating margin is a gap.
        const QVector<Series> m = readSeries(ZipPackage::read(path, "ppt/charts/chart2.xml"));
        QCOMPARE(m[1].name, QStringLiteral("Operating margin"));
        QVERIFY(!m[1].values.contains(2));
        QCOMPARE(m[0].values.value(0), margins.data(margins.index(0, 0)).toDouble());
        // Pie: one series, slices are the segments Beta prints.
        const QByteArray chart3 = ZipPackage::read(path, "ppt/charts/chart3.xml");
        QVERIFY(chart3.contains("<c:pieChart>"));
        const QVector<Series> p = readSeries(chart3);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p[0].categories, (QStringList{"Hardware", "Robot leasing"}));

        // The embedded workbook holds the same figures where the formulas point.
        const QString book = dir.filePath("embedded.xlsx");
        QFile f(book);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ZipPackage::read(path, "ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"));
        f.close();
        const auto cells = readSheet(book);
        QCOMPARE(cells.value("B1"), mix.headerData(0, Qt::Vertical).toString());
        QCOMPARE(cells.value("A2"), QStringLiteral("Alpha Widgets 1H 2024"));
        QCOMPARE(cells.value("C4").toDouble(), mix.data(mix.index(1, 2)).toDouble());
        QVERIFY(chart1.contains("<c:f>Sheet1!$C$2:$C$5</c:f>"));
    }

    // PowerPoint and LibreOffice draw every value label a chart part asks for:
    // a thin stacked segment's label and the labels of narrow side-by-side
    // bars must be left out, or they print over each other on the slide.
    void pptxLeavesOutLabelsThatWouldOverlap()
    {
        ChartData stacked;
        stacked.type = ChartData::Type::StackedColumn;
        stacked.categories = {QStringLiteral("A FY2024"), QStringLiteral("B FY2024")};
        stacked.series = {{QStringLiteral("0-30 days"), QColor(Qt::red), {400.0, 300.0}},
                          {QStringLiteral("31-60 days"), QColor(Qt::blue), {1.5, 120.0}}};
        const QMap<int, QSet<int>> thin = deletedLabels(ChartXml::chartSpace(stacked, QStringLiteral("rId1")));
        QCOMPARE(thin.value(1), QSet<int>{0});    // 1.5 on a 420 axis: no room
        QVERIFY(thin.value(0).isEmpty());         // the big segments keep theirs

        ChartData clustered;
        clustered.type = ChartData::Type::ClusteredColumn;
        clustered.numberFormat = QStringLiteral("#,##0.0\"%\"");
        for (int c = 0; c < 10; ++c)
            clustered.categories << QStringLiteral("Report %1").arg(c);
        for (int s = 0; s < 3; ++s) {
            ChartSeriesData ser{QStringLiteral("Margin %1").arg(s), QColor(Qt::green), {}};
            for (int c = 0; c < 10; ++c)
                ser.values << -54.7 - s;
            clustered.series << ser;
        }
        const QMap<int, QSet<int>> dense = deletedLabels(ChartXml::chartSpace(clustered, QStringLiteral("rId1")));
        for (int c = 0; c < 10; ++c)
            for (int s = 1; s < 3; ++s)   // two neighbouring bars never both print a label
                QVERIFY2(dense.value(s).contains(c) || dense.value(s - 1).contains(c), qPrintable(QString::number(c)));

        clustered.categories = clustered.categories.mid(0, 2);
        for (ChartSeriesData &ser : clustered.series)
            ser.values.resize(2);
        QVERIFY(deletedLabels(ChartXml::chartSpace(clustered, QStringLiteral("rId1"))).isEmpty());   // room for all
    }

    // The footnote is in the UI language like the chart's titles, not always English.
    void pptxFootnoteIsTranslated()
    {
        struct Marker : QTranslator
        {
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                return QLatin1String(context) == QLatin1String("PptxParts") && QLatin1String(source) == QLatin1String("Source: %1")
                           ? QStringLiteral("\u8cc7\u6599\u4f86\u6e90\uff1a%1") : QString();
            }
            bool isEmpty() const override { return false; }
        } marker;
        QCoreApplication::installTranslator(&marker);
        ChartData chart;
        chart.categories = {QStringLiteral("A FY2024")};
        chart.series = {{QStringLiteral("Revenue"), QColor(Qt::red), {100.0}}};
        chart.sources = {QStringLiteral("alpha.pdf")};
        PptxWriter deck;
        deck.addSlide(chart);
        QTemporaryDir dir;
        const QString path = dir.filePath("deck.pptx");
        QString error;
        const bool written = deck.write(path, &error);
        QCoreApplication::removeTranslator(&marker);
        QVERIFY2(written, qPrintable(error));
        const QString slide = QString::fromUtf8(ZipPackage::read(path, "ppt/slides/slide1.xml"));
        QVERIFY(slide.contains(QStringLiteral("\u8cc7\u6599\u4f86\u6e90\uff1a") + QStringLiteral("alpha.pdf")));
        QVERIFY(!slide.contains(QStringLiteral("Source: ")));
    }

    // A deck of many reports keeps its footnote to two lines so the chart has the slide.
    void pptxFootnoteStaysShort()
    {
        ChartData chart;
        chart.series = {{QStringLiteral("Revenue"), QColor(Qt::red), {}}};
        for (int i = 0; i < 7; ++i) {
            chart.categories << QStringLiteral("Company %1 FY2024").arg(i);
            chart.series[0].values << 100.0 * (i + 1);
            chart.sources << QStringLiteral("Fictional Company Number %1 Holdings Limited (90%1) interim results "
                                            "announcement 2024-06-30 — fictional-company-%1-interim.pdf").arg(i);
        }
        PptxWriter deck;
        deck.addSlide(chart);
        QTemporaryDir dir;
        const QString path = dir.filePath("deck.pptx");
        QString error;
        QVERIFY2(deck.write(path, &error), qPrintable(error));
        QXmlStreamReader x(ZipPackage::read(path, "ppt/slides/slide1.xml"));
        QString shape, footnote;
        int paragraphs = 0;
        qint64 chartHeight = 0;
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            if (x.name() == QLatin1String("cNvPr"))
                shape = x.attributes().value("name").toString();
            else if (shape == QLatin1String("Footnote") && x.name() == QLatin1String("p"))
                ++paragraphs;
            else if (shape == QLatin1String("Footnote") && x.name() == QLatin1String("t"))
                footnote += x.readElementText();
            else if (shape.startsWith(QLatin1String("Chart")) && x.name() == QLatin1String("ext"))
                chartHeight = x.attributes().value("cy").toLongLong();
        }
        // One paragraph of at most two lines of 10 pt text across the slide (~150 characters each).
        QCOMPARE(paragraphs, 1);
        QVERIFY2(footnote.size() <= 300, qPrintable(footnote));
        QVERIFY2(footnote.contains(QStringLiteral("Fictional Company Number 0")), qPrintable(footnote));
        // The chart takes more than three quarters of the 16:9 slide's height (6858000 EMU).
        QVERIFY2(chartHeight > 6858000 * 3 / 4, qPrintable(QString::number(chartHeight)));
    }

    void xlsxKeepsNumbersAndTheUnit()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        ComparisonModel model(&store, TableKind::ProfitOrLoss);
        model.setDisplayUnit(1000);
        const TableData table = TableData::fromModel(model, QStringLiteral("Profit or loss"));
        QVERIFY2(table.columnHeaders.value(0).contains(QStringLiteral("RMB '000")), qPrintable(table.columnHeaders.value(0)));
        QTemporaryDir dir;
        const QString path = dir.filePath("pl.xlsx");
        QString error;
        QVERIFY2(TableWriters::writeXlsx(table, path, &error), qPrintable(error));
        const auto cells = readSheet(path);
        int numbers = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(cells.value(QStringLiteral("A%1").arg(r + 2)), model.headerData(r, Qt::Vertical).toString());
            for (int c = 0; c < model.columnCount(); ++c) {
                const QString ref = QStringLiteral("%1%2").arg(QChar(u'B' + c)).arg(r + 2);
                const QVariant v = model.data(model.index(r, c));
                if (!v.isValid()) {
                    QVERIFY2(!cells.contains(ref), qPrintable(ref));
                    continue;
                }
                QCOMPARE(cells.value(ref).toDouble(), v.toDouble());
                ++numbers;
            }
        }
        QVERIFY(numbers >= 10);
        // Beta's RMB million figures shown in thousands: 1500.0 million = 1,500,000 thousand.
        const QString revenueBeta = cells.value(QStringLiteral("D2"));
        QCOMPARE(revenueBeta.toDouble(), 1500000.0);
    }

    void csvIsExactAndQuoted()
    {
        ReportStore store;
        load(store, beta(), "beta");
        MarginsModel margins(&store);
        TableData t = TableData::fromModel(margins);
        t.cornerHeader = QStringLiteral("Margin, %");
        const QString csv = TableWriters::toCsv(t);
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), margins.rowCount() + 1);
        QVERIFY(lines[0].startsWith(QStringLiteral("\"Margin, %\",")));
        // Exact decimals, gaps empty: FY2023 of Beta has zero revenue.
        QCOMPARE(lines[1], QStringLiteral("Gross margin,33.3333,"));
        QCOMPARE(lines[2], QStringLiteral("Net margin,-12.5,"));
    }

    void selectionCopiesAsGrid()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        RevenueMixModel mix(&store);
        const QModelIndexList sel{mix.index(0, 0), mix.index(1, 1), mix.index(1, 0)};
        const TableData t = TableData::fromSelection(mix, sel);
        const QString tsv = TableWriters::toTsv(t);
        const QStringList lines = tsv.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1], QStringLiteral("Cloud services\t180\t"));   // (0,1) not selected: empty cell
        QCOMPARE(lines[2], QStringLiteral("Hardware\t120\t120"));
        const QString html = TableWriters::toHtml(t);
        QVERIFY(html.contains(QStringLiteral("<td>Hardware</td>")));
        QCOMPARE(html.count(QStringLiteral("<tr>")), 3);
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
