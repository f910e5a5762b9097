#include "ExpectedReport.h"

#include "domain/ReportJson.h"

namespace ledgerlens::typeset {

namespace {

RowKind rowKind(RowStyle s)
{
    switch (s) {
    case RowStyle::Heading: return RowKind::Heading;
    case RowStyle::Subtotal:
    case RowStyle::Total: return RowKind::Subtotal;
    case RowStyle::Item: break;
    }
    return RowKind::Item;
}

Table keyedTable(TableKind kind, const FilingTable &ft, const PlacedTable &placed, const QString &currency)
{
    Table t;
    t.kind = kind;
    t.title = ft.title;
    t.pages = placed.pages;
    t.unit = ft.unit;
    t.currency = ft.currency.isEmpty() ? currency : ft.currency;
    QVector<int> periodColumns;
    for (int c = 0; c < ft.columns.size(); ++c) {
        const FilingColumn &fc = ft.columns[c];
        if (!fc.period)
            continue;
        periodColumns.append(c);
        Column col;
        col.label = fc.label;
        col.periodEnd = fc.periodEnd;
        col.months = fc.months;
        col.audited = fc.audited;
        t.columns.append(col);
    }
    for (int r = 0; r < ft.rows.size(); ++r) {
        const FilingRow &fr = ft.rows[r];
        LineItem item;
        item.label = fr.label.simplified();
        item.canonical = fr.canonical;
        item.note = fr.note;
        item.kind = rowKind(fr.style);
        for (int c : periodColumns) {
            Cell cell;
            if (fr.style != RowStyle::Heading && c < fr.values.size())
                cell.value = fr.values[c];
            if (r < placed.cells.size())
                cell.source = placed.cells[r].value(c);
            item.cells.append(cell);
        }
        t.items.append(item);
    }
    return t;
}

} // namespace

Report ExpectedReport::build(const FilingDocument &doc, const TypesetResult &placement, const QString &pdfPath)
{
    Report report;
    report.path = pdfPath;
    report.pageCount = placement.pageCount;
    report.company = doc.company;
    report.stockCode = doc.stockCode;
    report.kind = doc.kind;
    report.periodEnd = doc.periodEnd;
    report.currency = doc.currency;
    for (int b = 0; b < doc.blocks.size(); ++b) {
        const FilingBlock &block = doc.blocks[b];
        TableKind kind;
        if (block.type != FilingBlock::Type::Table || !tableKindFromKey(block.table.key, &kind))
            continue;
        const PlacedTable *placed = placement.forBlock(b);
        if (!placed || report.tables.contains(kind))
            continue;  // the first table of a kind is the one an analyst keys in
        report.tables.insert(kind, keyedTable(kind, block.table, *placed, doc.currency));
    }
    return report;
}

QJsonObject ExpectedReport::toJson(const FilingDocument &doc, const TypesetResult &placement,
                                   const QString &pdfPath)
{
    return ReportJson::toJson(build(doc, placement, pdfPath));
}

} // namespace ledgerlens::typeset
