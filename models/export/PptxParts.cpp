#include "PptxParts.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QDateTime>

namespace ledgerlens::PptxParts {

namespace {

const char *xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char *ns = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                 "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
const QString relNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

QByteArray doc(const QString &body)
{
    return QByteArray(xmlHead) + body.toUtf8();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString rel(const QString &id, const QString &type, const QString &target)
{
    return QStringLiteral("<Relationship Id=\"%1\" Type=\"%2\" Target=\"%3\"/>").arg(id, type, target);
}

QString rels(const QString &body)
{
    return QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%1</Relationships>")
        .arg(body);
}

const QString emptyGroup = QStringLiteral(
    "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
    "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/>"
    "<a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>");

QString textBox(int id, const QString &name, qint64 x, qint64 y, qint64 cx, qint64 cy, const QStringList &lines,
                int size, bool bold, const QString &colour)
{
    QString paras;
    for (const QString &l : lines)
        paras += QStringLiteral("<a:p><a:r><a:rPr lang=\"en-US\" sz=\"%1\" b=\"%2\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"%3\"/></a:solidFill></a:rPr><a:t>%4</a:t></a:r></a:p>")
                     .arg(size).arg(bold ? 1 : 0).arg(colour, esc(l));
    return QStringLiteral(
               "<p:sp><p:nvSpPr><p:cNvPr id=\"%1\" name=\"%2\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
               "<p:spPr><a:xfrm><a:off x=\"%3\" y=\"%4\"/><a:ext cx=\"%5\" cy=\"%6\"/></a:xfrm>"
               "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>"
               "<p:txBody><a:bodyPr wrap=\"square\" rtlCol=\"0\"><a:normAutofit/></a:bodyPr><a:lstStyle/>%7</p:txBody></p:sp>")
        .arg(id).arg(name).arg(x).arg(y).arg(cx).arg(cy).arg(paras);
}

} // namespace

QByteArray contentTypes(int slides)
{
    QString o;
    for (int i = 1; i <= slides; ++i) {
        o += QStringLiteral("<Override PartName=\"/ppt/slides/slide%1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slide+xml\"/>").arg(i);
        o += QStringLiteral("<Override PartName=\"/ppt/charts/chart%1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>").arg(i);
    }
    return doc(QStringLiteral(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"
        "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>"
        "<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml\"/>"
        "<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml\"/>"
        "<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
        "<Override PartName=\"/ppt/presProps.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.presProps+xml\"/>"
        "<Override PartName=\"/ppt/viewProps.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml\"/>"
        "<Override PartName=\"/ppt/tableStyles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "%1</Types>").arg(o));
}

QByteArray rootRels()
{
    return doc(rels(rel(QStringLiteral("rId1"), relNs + QStringLiteral("officeDocument"), QStringLiteral("ppt/presentation.xml"))
                    + rel(QStringLiteral("rId2"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                          QStringLiteral("docProps/core.xml"))
                    + rel(QStringLiteral("rId3"), relNs + QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml"))));
}

QByteArray coreProps(const QString &title)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return doc(QStringLiteral(
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        "<dc:title>%1</dc:title><dc:creator>Ledgerlens</dc:creator>"
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%2</dcterms:created>"
        "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%2</dcterms:modified></cp:coreProperties>").arg(esc(title), now));
}

QByteArray appProps(int slides)
{
    return doc(QStringLiteral(
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        "<Application>Ledgerlens</Application><Slides>%1</Slides><PresentationFormat>Widescreen</PresentationFormat></Properties>").arg(slides));
}

QByteArray presentation(int slides)
{
    QString ids;
    for (int i = 0; i < slides; ++i)
        ids += QStringLiteral("<p:sldId id=\"%1\" r:id=\"rId%2\"/>").arg(256 + i).arg(10 + i);
    return doc(QStringLiteral(
        "<p:presentation %1 saveSubsetFonts=\"1\">"
        "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
        "<p:sldIdLst>%2</p:sldIdLst>"
        "<p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
        "</p:presentation>").arg(QLatin1String(ns), ids));
}

QByteArray presentationRels(int slides)
{
    QString r = rel(QStringLiteral("rId1"), relNs + QStringLiteral("slideMaster"), QStringLiteral("slideMasters/slideMaster1.xml"))
        + rel(QStringLiteral("rId2"), relNs + QStringLiteral("theme"), QStringLiteral("theme/theme1.xml"))
        + rel(QStringLiteral("rId3"), relNs + QStringLiteral("presProps"), QStringLiteral("presProps.xml"))
        + rel(QStringLiteral("rId4"), relNs + QStringLiteral("viewProps"), QStringLiteral("viewProps.xml"))
        + rel(QStringLiteral("rId5"), relNs + QStringLiteral("tableStyles"), QStringLiteral("tableStyles.xml"));
    for (int i = 0; i < slides; ++i)
        r += rel(QStringLiteral("rId%1").arg(10 + i), relNs + QStringLiteral("slide"), QStringLiteral("slides/slide%1.xml").arg(i + 1));
    return doc(rels(r));
}

QByteArray presProps()
{
    return doc(QStringLiteral("<p:presentationPr %1/>").arg(QLatin1String(ns)));
}

QByteArray viewProps()
{
    return doc(QStringLiteral("<p:viewPr %1><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>").arg(QLatin1String(ns)));
}

QByteArray tableStyles()
{
    return doc(QStringLiteral("<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                              "def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>"));
}

QByteArray slideMaster()
{
    return doc(QStringLiteral(
        "<p:sldMaster %1><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>"
        "<p:spTree>%2</p:spTree></p:cSld>"
        "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" "
        "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
        "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
        "</p:sldMaster>").arg(QLatin1String(ns), emptyGroup));
}

QByteArray slideMasterRels()
{
    return doc(rels(rel(QStringLiteral("rId1"), relNs + QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml"))
                    + rel(QStringLiteral("rId2"), relNs + QStringLiteral("theme"), QStringLiteral("../theme/theme1.xml"))));
}

QByteArray slideLayout()
{
    return doc(QStringLiteral(
        "<p:sldLayout %1 type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\"><p:spTree>%2</p:spTree></p:cSld>"
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>").arg(QLatin1String(ns), emptyGroup));
}

QByteArray slideLayoutRels()
{
    return doc(rels(rel(QStringLiteral("rId1"), relNs + QStringLiteral("slideMaster"), QStringLiteral("../slideMasters/slideMaster1.xml"))));
}

QByteArray theme()
{
    auto clr = [](const char *name, const char *rgb) {
        return QStringLiteral("<a:%1><a:srgbClr val=\"%2\"/></a:%1>").arg(QLatin1String(name), QLatin1String(rgb));
    };
    const QString colours = QStringLiteral("<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
                                           "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>")
        + clr("dk2", "44546A") + clr("lt2", "E7E6E6") + clr("accent1", "1F77B4") + clr("accent2", "FF7F0E")
        + clr("accent3", "2CA02C") + clr("accent4", "D62728") + clr("accent5", "9467BD") + clr("accent6", "8C564B")
        + clr("hlink", "0563C1") + clr("folHlink", "954F72");
    const QString font = QStringLiteral("<a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>");
    const QString fill = QStringLiteral("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>");
    const QString line = QStringLiteral("<a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>");
    return doc(QStringLiteral(
        "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Ledgerlens\"><a:themeElements>"
        "<a:clrScheme name=\"Ledgerlens\">%1</a:clrScheme>"
        "<a:fontScheme name=\"Ledgerlens\"><a:majorFont>%2</a:majorFont><a:minorFont>%2</a:minorFont></a:fontScheme>"
        "<a:fmtScheme name=\"Ledgerlens\"><a:fillStyleLst>%3%3%3</a:fillStyleLst><a:lnStyleLst>%4%4%4</a:lnStyleLst>"
        "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"
        "<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>"
        "<a:bgFillStyleLst>%3%3%3</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>")
                   .arg(colours, font, fill, line));
}

QStringList footnoteLines(const QStringList &sources)
{
    if (sources.isEmpty())
        return {};
    // Two lines of 10 pt across the footnote box (888 pt) hold about 300 characters.
    constexpr int kChars = 290;
    //: Footnote of an exported slide, before the first filing the figures come from.
    const QString source = QCoreApplication::translate("PptxParts", "Source: %1");
    auto line = [&source](const QStringList &parts) { return source.arg(parts.join(QStringLiteral("; "))); };
    if (line(sources).size() <= kChars)
        return {line(sources)};
    // Too long: the file names go first ("… — alpha.pdf"), then what the
    // filings repeat (the kind of filing), keeping company, code and date.
    QStringList shorter;
    for (const QString &s : sources)
        shorter << s.section(QStringLiteral(" — "), 0, 0);
    if (line(shorter).size() <= kChars)
        return {line(shorter)};
    static const QRegularExpression kind(QStringLiteral(
        "\\s+(interim|annual|final|quarterly)?\\s*(results announcement|report|results)(?=\\s+\\d{4}-\\d\\d-\\d\\d$|$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (QString &s : shorter)
        s.remove(kind);
    QStringList kept;
    for (int i = 0; i < shorter.size(); ++i) {
        //: End of a shortened slide footnote: how many filings it leaves out.
        const QString more = QCoreApplication::translate("PptxParts", "and %n more", nullptr, int(shorter.size()) - i - 1);
        QStringList next = kept;
        next << shorter[i];
        if (i + 1 < shorter.size())
            next << more;
        if (line(next).size() > kChars && !kept.isEmpty()) {
            kept << QCoreApplication::translate("PptxParts", "and %n more", nullptr, int(shorter.size()) - i);
            break;
        }
        kept << shorter[i];
    }
    return {line(kept)};
}

QByteArray slide(const QString &title, const QStringList &footnote, int chartNumber)
{
    // 16:9 slide 12192000 x 6858000 EMU: title band, chart, footnote band.
    const QString chart = QStringLiteral(
        "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"3\" name=\"Chart %1\"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>"
        "<p:xfrm><a:off x=\"457200\" y=\"1005840\"/><a:ext cx=\"11277600\" cy=\"5349240\"/></p:xfrm>"
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
        "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rId2\"/>"
        "</a:graphicData></a:graphic></p:graphicFrame>").arg(chartNumber);
    const QStringList notes = footnoteLines(footnote);
    return doc(QStringLiteral("<p:sld %1><p:cSld><p:spTree>%2%3%4%5</p:spTree></p:cSld>"
                              "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>")
                   .arg(QLatin1String(ns), emptyGroup,
                        textBox(2, QStringLiteral("Title"), 457200, 228600, 11277600, 731520, {title}, 2800, true,
                                QStringLiteral("1F2937")),
                        chart,
                        textBox(4, QStringLiteral("Footnote"), 457200, 6400800, 11277600, 411480, notes, 1000, false,
                                QStringLiteral("4B5563"))));
}

QByteArray slideRels(int chartNumber)
{
    return doc(rels(rel(QStringLiteral("rId1"), relNs + QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml"))
                    + rel(QStringLiteral("rId2"), relNs + QStringLiteral("chart"), QStringLiteral("../charts/chart%1.xml").arg(chartNumber))));
}

QByteArray chartRels(int chartNumber)
{
    return doc(rels(rel(QStringLiteral("rId1"), relNs + QStringLiteral("package"),
                        QStringLiteral("../embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(chartNumber))));
}

} // namespace ledgerlens::PptxParts
