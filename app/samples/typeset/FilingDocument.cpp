#include "FilingDocument.h"

namespace ledgerlens::typeset {

FilingRow &FilingTable::addRow(const QString &label, QVector<std::optional<Decimal>> values,
                               RowStyle style)
{
    FilingRow row;
    row.label = label;
    row.values = std::move(values);
    row.style = style;
    rows.append(row);
    return rows.last();
}

FilingRow &FilingTable::addHeading(const QString &label)
{
    FilingRow row;
    row.label = label;
    row.style = RowStyle::Heading;
    row.bold = true;
    rows.append(row);
    return rows.last();
}

namespace {
FilingBlock textBlock(FilingBlock::Type type, const QString &text)
{
    FilingBlock b;
    b.type = type;
    b.text = text;
    return b;
}
} // namespace

void FilingDocument::addTitle(const QString &text) { blocks.append(textBlock(FilingBlock::Type::Title, text)); }
void FilingDocument::addHeading(const QString &text) { blocks.append(textBlock(FilingBlock::Type::Heading, text)); }
void FilingDocument::addParagraph(const QString &text) { blocks.append(textBlock(FilingBlock::Type::Paragraph, text)); }
void FilingDocument::addPageBreak() { blocks.append(textBlock(FilingBlock::Type::PageBreak, {})); }

void FilingDocument::addTable(const FilingTable &table)
{
    FilingBlock b;
    b.type = FilingBlock::Type::Table;
    b.table = table;
    blocks.append(b);
}

QString formatFigure(const std::optional<Decimal> &value)
{
    if (!value)
        return QStringLiteral("–");
    const QString plain = value->abs().toString();  // "1234.5"
    const int dot = plain.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? plain : plain.left(dot);
    const QString frac = dot < 0 ? QString() : plain.mid(dot);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    const QString text = whole + frac;  // toString keeps the scale: 436.0 stays 436.0
    return value->isNegative() ? QStringLiteral("(%1)").arg(text) : text;
}

} // namespace ledgerlens::typeset
