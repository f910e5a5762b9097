#include "ChartXml.h"

#include "LabelFit.h"

#include <QFile>
#include <algorithm>
#include <QLocale>
#include <QTemporaryDir>
#include <QXmlStreamWriter>
#include <xlsxwriter.h>

namespace ledgerlens::ChartXml {

namespace {

const QString C = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart");
const QString A = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

struct Writer
{
    QXmlStreamWriter &x;
    void val(const char *name, const QString &v)
    {
        x.writeEmptyElement(C, QLatin1String(name));
        x.writeAttribute(QStringLiteral("val"), v);
    }
    void val(const char *name, int v) { val(name, QString::number(v)); }
    void start(const char *name) { x.writeStartElement(C, QLatin1String(name)); }
    void end() { x.writeEndElement(); }
    void fill(const QColor &colour)
    {
        x.writeStartElement(A, QStringLiteral("solidFill"));
        x.writeEmptyElement(A, QStringLiteral("srgbClr"));
        x.writeAttribute(QStringLiteral("val"), colour.name().mid(1).toUpper());
        x.writeEndElement();
    }
    void shapeFill(const QColor &colour, bool line)
    {
        start("spPr");
        if (line) {
            x.writeStartElement(A, QStringLiteral("ln"));
            x.writeAttribute(QStringLiteral("w"), QStringLiteral("38100"));
            fill(colour);
            x.writeEndElement();
        } else {
            fill(colour);
        }
        end();
    }
    void textSize(int hundredthsPt, bool bold = false)
    {
        start("txPr");
        x.writeEmptyElement(A, QStringLiteral("bodyPr"));
        x.writeEmptyElement(A, QStringLiteral("lstStyle"));
        x.writeStartElement(A, QStringLiteral("p"));
        x.writeStartElement(A, QStringLiteral("pPr"));
        x.writeEmptyElement(A, QStringLiteral("defRPr"));
        x.writeAttribute(QStringLiteral("sz"), QString::number(hundredthsPt));
        x.writeAttribute(QStringLiteral("b"), bold ? QStringLiteral("1") : QStringLiteral("0"));
        x.writeEndElement();
        x.writeEmptyElement(A, QStringLiteral("endParaRPr"));
        x.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-US"));
        x.writeEndElement();
        end();
    }
    void strRef(const QString &formula, const QStringList &texts)
    {
        start("strRef");
        x.writeTextElement(C, QStringLiteral("f"), formula);
        start("strCache");
        val("ptCount", int(texts.size()));
        for (int i = 0; i < texts.size(); ++i) {
            start("pt");
            x.writeAttribute(QStringLiteral("idx"), QString::number(i));
            x.writeTextElement(C, QStringLiteral("v"), texts[i]);
            end();
        }
        end();
        end();
    }
    void numRef(const QString &formula, const QVector<std::optional<double>> &values, const QString &format)
    {
        start("numRef");
        x.writeTextElement(C, QStringLiteral("f"), formula);
        start("numCache");
        x.writeTextElement(C, QStringLiteral("formatCode"), format);
        val("ptCount", int(values.size()));
        for (int i = 0; i < values.size(); ++i) {
            if (!values[i])
                continue;   // a gap: no point, not zero
            start("pt");
            x.writeAttribute(QStringLiteral("idx"), QString::number(i));
            x.writeTextElement(C, QStringLiteral("v"), QString::number(*values[i], 'g', QLocale::FloatingPointShortest));
            end();
        }
        end();
        end();
    }
    void dataLabels(const QString &format, bool percent, const QSet<int> &hidden = {})
    {
        start("dLbls");
        QList<int> points(hidden.begin(), hidden.end());
        std::sort(points.begin(), points.end());
        for (int p : points) {   // before the group settings, as the schema orders them
            start("dLbl");
            val("idx", p);
            val("delete", 1);
            end();
        }
        x.writeEmptyElement(C, QStringLiteral("numFmt"));
        x.writeAttribute(QStringLiteral("formatCode"), format);
        x.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
        x.writeEmptyElement(C, QStringLiteral("spPr"));
        textSize(1000);
        val("showLegendKey", 0);
        val("showVal", 1);
        val("showCatName", 0);
        val("showSerName", 0);
        val("showPercent", percent ? 1 : 0);
        val("showBubbleSize", 0);
        if (percent)
            val("showLeaderLines", 1);
        end();
    }
    void title(const QString &text)
    {
        start("title");
        start("tx");
        start("rich");
        x.writeEmptyElement(A, QStringLiteral("bodyPr"));
        x.writeStartElement(A, QStringLiteral("p"));
        x.writeStartElement(A, QStringLiteral("pPr"));
        x.writeEmptyElement(A, QStringLiteral("defRPr"));
        x.writeAttribute(QStringLiteral("sz"), QStringLiteral("1200"));
        x.writeAttribute(QStringLiteral("b"), QStringLiteral("0"));
        x.writeEndElement();
        x.writeStartElement(A, QStringLiteral("r"));
        x.writeTextElement(A, QStringLiteral("t"), text);
        x.writeEndElement();
        x.writeEndElement();
        end();
        end();
        val("overlay", 0);
        end();
    }
};

QString range(int column, int firstRow, int lastRow)
{
    const QString col = columnName(column);
    return QStringLiteral("Sheet1!$%1$%2:$%1$%3").arg(col).arg(firstRow).arg(lastRow);
}

} // namespace

QString columnName(int column)
{
    QString s;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

QByteArray chartSpace(const ChartData &chart, const QString &embeddedRelId)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    Writer w{x};
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(C, QStringLiteral("c"));
    x.writeNamespace(A, QStringLiteral("a"));
    x.writeNamespace(R, QStringLiteral("r"));
    w.start("chartSpace");
    w.val("date1904", 0);
    w.val("lang", QStringLiteral("en-US"));
    w.val("roundedCorners", 0);
    w.start("chart");
    w.val("autoTitleDeleted", 1);   // the slide carries the title
    w.start("plotArea");
    x.writeEmptyElement(C, QStringLiteral("layout"));

    const bool pie = chart.type == ChartData::Type::Pie;
    const bool line = chart.type == ChartData::Type::Line;
    const int lastRow = int(chart.categories.size()) + 1;
    if (pie) {
        w.start("pieChart");
        w.val("varyColors", 1);
    } else if (line) {
        w.start("lineChart");
        w.val("grouping", QStringLiteral("standard"));
        w.val("varyColors", 0);
    } else {
        w.start("barChart");
        w.val("barDir", QStringLiteral("col"));
        w.val("grouping", chart.type == ChartData::Type::StackedColumn ? QStringLiteral("stacked")
                                                                      : QStringLiteral("clustered"));
        w.val("varyColors", 0);
    }
    const QVector<QSet<int>> hiddenLabels = LabelFit::hidden(chart);
    for (int s = 0; s < chart.series.size(); ++s) {
        const ChartSeriesData &ser = chart.series[s];
        w.start("ser");
        w.val("idx", s);
        w.val("order", s);
        w.start("tx");
        w.strRef(QStringLiteral("Sheet1!$%1$1").arg(columnName(s + 1)), {ser.name});
        w.end();
        if (!pie && ser.colour.isValid())
            w.shapeFill(ser.colour, line);
        if (!pie && !line)
            w.val("invertIfNegative", 0);
        if (line) {
            w.start("marker");
            w.val("symbol", QStringLiteral("circle"));
            w.val("size", 7);
            w.end();
        }
        if (pie) {
            for (int p = 0; p < chart.pointColours.size(); ++p) {
                w.start("dPt");
                w.val("idx", p);
                w.val("bubble3D", 0);
                w.shapeFill(chart.pointColours[p], false);
                w.end();
            }
        }
        w.dataLabels(chart.numberFormat, pie, hiddenLabels.value(s));
        w.start("cat");
        w.strRef(range(0, 2, lastRow), chart.categories);
        w.end();
        w.start("val");
        w.numRef(range(s + 1, 2, lastRow), ser.values, chart.numberFormat);
        w.end();
        if (line)
            w.val("smooth", 0);
        w.end();
    }
    if (pie) {
        w.val("firstSliceAng", 0);
        w.end();
    } else {
        if (line) {
            w.start("marker");
            x.writeAttribute(QStringLiteral("val"), QStringLiteral("1"));
            w.end();
        } else {
            w.val("gapWidth", 60);
            if (chart.type == ChartData::Type::StackedColumn)
                w.val("overlap", 100);
        }
        w.val("axId", 1001);
        w.val("axId", 1002);
        w.end();
        w.start("catAx");
        w.val("axId", 1001);
        w.start("scaling");
        w.val("orientation", QStringLiteral("minMax"));
        w.end();
        w.val("delete", 0);
        w.val("axPos", QStringLiteral("b"));
        x.writeEmptyElement(C, QStringLiteral("numFmt"));
        x.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("General"));
        x.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
        w.val("majorTickMark", QStringLiteral("out"));
        w.val("minorTickMark", QStringLiteral("none"));
        w.val("tickLblPos", QStringLiteral("low"));
        w.textSize(1100);
        w.val("crossAx", 1002);
        w.val("crosses", QStringLiteral("autoZero"));
        w.val("auto", 1);
        w.val("lblAlgn", QStringLiteral("ctr"));
        w.val("lblOffset", 100);
        w.val("noMultiLvlLbl", 0);
        w.end();
        w.start("valAx");
        w.val("axId", 1002);
        w.start("scaling");
        w.val("orientation", QStringLiteral("minMax"));
        w.end();
        w.val("delete", 0);
        w.val("axPos", QStringLiteral("l"));
        x.writeEmptyElement(C, QStringLiteral("majorGridlines"));
        if (!chart.valueTitle.isEmpty())
            w.title(chart.valueTitle);
        x.writeEmptyElement(C, QStringLiteral("numFmt"));
        x.writeAttribute(QStringLiteral("formatCode"), chart.numberFormat);
        x.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
        w.val("majorTickMark", QStringLiteral("out"));
        w.val("minorTickMark", QStringLiteral("none"));
        w.val("tickLblPos", QStringLiteral("nextTo"));
        w.textSize(1100);
        w.val("crossAx", 1001);
        w.val("crosses", QStringLiteral("autoZero"));
        w.val("crossBetween", QStringLiteral("between"));
        w.end();
    }
    w.end(); // plotArea
    w.start("legend");
    w.val("legendPos", pie ? QStringLiteral("r") : QStringLiteral("b"));
    w.val("overlay", 0);
    w.textSize(1200);
    w.end();
    w.val("plotVisOnly", 1);
    w.val("dispBlanksAs", QStringLiteral("gap"));
    w.end(); // chart
    w.textSize(1200);
    if (!embeddedRelId.isEmpty()) {
        w.start("externalData");
        x.writeAttribute(R, QStringLiteral("id"), embeddedRelId);
        w.val("autoUpdate", 0);
        w.end();
    }
    w.end(); // chartSpace
    x.writeEndDocument();
    return out;
}

QByteArray workbook(const ChartData &chart, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        if (error)
            *error = QStringLiteral("No temporary folder for the chart workbook");
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("chart.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb) {
        if (error)
            *error = QStringLiteral("Cannot create the chart workbook");
        return {};
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Sheet1");
    lxw_format *num = workbook_add_format(wb);
    format_set_num_format(num, chart.numberFormat.toUtf8().constData());
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (int s = 0; s < chart.series.size(); ++s) {
        worksheet_write_string(ws, 0, lxw_col_t(s + 1), chart.series[s].name.toUtf8().constData(), bold);
        for (int c = 0; c < chart.series[s].values.size(); ++c) {
            if (const auto v = chart.series[s].values[c])
                worksheet_write_number(ws, lxw_row_t(c + 1), lxw_col_t(s + 1), *v, num);
        }
    }
    for (int c = 0; c < chart.categories.size(); ++c)
        worksheet_write_string(ws, lxw_row_t(c + 1), 0, chart.categories[c].toUtf8().constData(), nullptr);
    worksheet_set_column(ws, 0, 0, 30, nullptr);
    worksheet_set_column(ws, 1, lxw_col_t(std::max<qsizetype>(1, chart.series.size())), 16, nullptr);
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        if (error)
            *error = QStringLiteral("Cannot write the chart workbook: %1").arg(QString::fromUtf8(lxw_strerror(rc)));
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read back the chart workbook");
        return {};
    }
    return f.readAll();
}

} // namespace ledgerlens::ChartXml
