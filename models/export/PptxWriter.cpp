#include "PptxWriter.h"

#include "ChartXml.h"
#include "PptxParts.h"
#include "ZipPackage.h"

namespace ledgerlens {

bool PptxWriter::write(const QString &path, QString *error) const
{
    if (m_slides.isEmpty()) {
        if (error)
            *error = QStringLiteral("Nothing to export: no chart has data");
        return false;
    }
    const int n = int(m_slides.size());
    ZipPackage zip;
    zip.add(QStringLiteral("[Content_Types].xml"), PptxParts::contentTypes(n));
    zip.add(QStringLiteral("_rels/.rels"), PptxParts::rootRels());
    zip.add(QStringLiteral("docProps/core.xml"), PptxParts::coreProps(m_slides.first().title));
    zip.add(QStringLiteral("docProps/app.xml"), PptxParts::appProps(n));
    zip.add(QStringLiteral("ppt/presentation.xml"), PptxParts::presentation(n));
    zip.add(QStringLiteral("ppt/_rels/presentation.xml.rels"), PptxParts::presentationRels(n));
    zip.add(QStringLiteral("ppt/presProps.xml"), PptxParts::presProps());
    zip.add(QStringLiteral("ppt/viewProps.xml"), PptxParts::viewProps());
    zip.add(QStringLiteral("ppt/tableStyles.xml"), PptxParts::tableStyles());
    zip.add(QStringLiteral("ppt/slideMasters/slideMaster1.xml"), PptxParts::slideMaster());
    zip.add(QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"), PptxParts::slideMasterRels());
    zip.add(QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), PptxParts::slideLayout());
    zip.add(QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"), PptxParts::slideLayoutRels());
    zip.add(QStringLiteral("ppt/theme/theme1.xml"), PptxParts::theme());
    for (int i = 1; i <= n; ++i) {
        const ChartData &chart = m_slides[i - 1];
        QString why;
        const QByteArray book = ChartXml::workbook(chart, &why);
        if (book.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        zip.add(QStringLiteral("ppt/slides/slide%1.xml").arg(i), PptxParts::slide(chart.title, chart.sources, i));
        zip.add(QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(i), PptxParts::slideRels(i));
        zip.add(QStringLiteral("ppt/charts/chart%1.xml").arg(i), ChartXml::chartSpace(chart, QStringLiteral("rId1")));
        zip.add(QStringLiteral("ppt/charts/_rels/chart%1.xml.rels").arg(i), PptxParts::chartRels(i));
        zip.add(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(i), book);
    }
    return zip.save(path, error);
}

} // namespace ledgerlens
