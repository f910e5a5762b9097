#include "FilingTypesetter.h"

#include "PageCanvas.h"
#include "TableTypesetter.h"
#include "TextBlocks.h"

#include <QDir>
#include <QFileInfo>

namespace ledgerlens::typeset {

const PlacedTable *TypesetResult::forBlock(int block) const
{
    for (const PlacedTable &t : tables)
        if (t.block == block)
            return &t;
    return nullptr;
}

namespace {

// Headings and lead-in paragraphs stay on the page of the table they
// introduce: the height of blocks first..table's opening, or 0 when the run
// of text does not end in a table.
double leadInHeight(PageCanvas &canvas, const FilingDocument &doc, int first, const QString &suffix)
{
    double h = 0;
    for (int j = first; j < doc.blocks.size(); ++j) {
        const FilingBlock &b = doc.blocks[j];
        switch (b.type) {
        case FilingBlock::Type::Heading: h += TextBlocks::headingHeight(canvas, b.text); break;
        case FilingBlock::Type::Paragraph: h += TextBlocks::paragraphHeight(canvas, b.text); break;
        case FilingBlock::Type::Table: return h + TableTypesetter(canvas, b.table, suffix).openingHeight();
        default: return 0;
        }
        if (h > (PageCanvas::Bottom - PageCanvas::Top) / 3)
            return 0;  // long prose may break anywhere
    }
    return 0;
}

} // namespace

TypesetResult FilingTypesetter::write(const FilingDocument &doc, const QString &pdfPath)
{
    TypesetResult result;
    const QFileInfo info(pdfPath);
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = QStringLiteral("Cannot create the folder %1").arg(info.absolutePath());
        return result;
    }
    QString fontError;
    const std::optional<FilingFonts> fonts = FilingFonts::forLanguage(doc.chinese, &fontError);
    if (!fonts) {
        result.error = QStringLiteral("Cannot typeset %1: %2").arg(pdfPath, fontError);
        return result;
    }
    PageCanvas canvas(pdfPath, doc.runningHeader, *fonts);
    if (!canvas.isOpen()) {
        result.error = QStringLiteral("Cannot write %1").arg(pdfPath);
        return result;
    }
    const QString suffix = !doc.continuedSuffix.isEmpty() ? doc.continuedSuffix
                           : doc.chinese                  ? QStringLiteral("（續）")
                                                          : QStringLiteral(" (continued)");
    for (int i = 0; i < doc.blocks.size(); ++i) {
        const FilingBlock &b = doc.blocks[i];
        if (b.type == FilingBlock::Type::Heading || b.type == FilingBlock::Type::Paragraph)
            canvas.ensureSpace(leadInHeight(canvas, doc, i, suffix));
        switch (b.type) {
        case FilingBlock::Type::Title: TextBlocks::drawTitle(canvas, b.text); break;
        case FilingBlock::Type::Heading: TextBlocks::drawHeading(canvas, b.text); break;
        case FilingBlock::Type::Paragraph: TextBlocks::drawParagraph(canvas, b.text); break;
        case FilingBlock::Type::PageBreak:
            if (!canvas.atPageTop())
                canvas.newPage();
            break;
        case FilingBlock::Type::Table: {
            PlacedTable placed = TableTypesetter(canvas, b.table, suffix).draw();
            placed.block = i;
            result.tables.append(placed);
            break;
        }
        }
    }
    result.pageCount = canvas.page();
    if (!canvas.finish()) {
        result.error = QStringLiteral("Could not finish writing %1").arg(pdfPath);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace ledgerlens::typeset
