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

TypesetResult FilingTypesetter::write(const FilingDocument &doc, const QString &pdfPath)
{
    TypesetResult result;
    const QFileInfo info(pdfPath);
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = QStringLiteral("Cannot create the folder %1").arg(info.absolutePath());
        return result;
    }
    PageCanvas canvas(pdfPath, doc.runningHeader, FilingFonts::forLanguage(doc.chinese));
    if (!canvas.isOpen()) {
        result.error = QStringLiteral("Cannot write %1").arg(pdfPath);
        return result;
    }
    const QString suffix = !doc.continuedSuffix.isEmpty() ? doc.continuedSuffix
                           : doc.chinese                  ? QStringLiteral("（續）")
                                                          : QStringLiteral(" (continued)");
    for (int i = 0; i < doc.blocks.size(); ++i) {
        const FilingBlock &b = doc.blocks[i];
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
