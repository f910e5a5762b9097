#include "RevenueNote.h"

#include "TableReader.h"

#include <QRegularExpression>

namespace ledgerlens {

namespace {

bool isTotalRow(const LineItem &it)
{
    static const QRegularExpression re(QStringLiteral("^(?:total|合計|總計|總額)"), QRegularExpression::CaseInsensitiveOption);
    return it.kind != RowKind::Heading && (it.label.isEmpty() || re.match(it.label).hasMatch());
}

Decimal valueOf(const LineItem &it, int col)
{
    return col < it.cells.size() && it.cells[col].value ? *it.cells[col].value : Decimal();
}

} // namespace

bool RevenueNote::addsUp(const QVector<LineItem> &rows, int from, int total)
{
    const int columns = rows[total].cells.size();
    int checked = 0;
    for (int col = 0; col < columns; ++col) {
        if (!rows[total].cells[col].value)
            continue;
        Decimal top, block;
        int items = 0, parts = 0;
        for (int k = from; k < total; ++k) {
            const LineItem &it = rows[k];
            if (it.kind == RowKind::Heading)
                continue;
            const Decimal v = valueOf(it, col);
            if (isTotalRow(it) && items >= 2 && v == block) {
                top = top + v;  // a group's sub-total replaces its items
                block = Decimal();
                items = 0;
                ++parts;
                continue;
            }
            block = block + v;
            ++items;
        }
        parts += items;
        if (parts < 2 || !(top + block == valueOf(rows[total], col)))
            return false;
        ++checked;
    }
    return checked > 0;
}

Table RevenueNote::find(const DocumentText &doc, const QDate &periodEnd)
{
    static const QRegularExpression heading(QStringLiteral(
        "^(?:\\d{1,2}\\.?\\s*)?(?:turnover|revenue|revenues)(?:\\s+and\\s+segment information)?\\b|^(?:\\d{1,2}\\.?\\s*)?(?:營業額|收益|收入)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const PageText &page : doc) {
        for (int i = 0; i < page.lines.size(); ++i) {
            // The note's heading: a short line, possibly bilingual ("7. TURNOVER  7. 營業額").
            const TextLine &l = page.lines[i];
            bool headed = heading.match(l.text).hasMatch();
            for (const Chunk &c : l.chunks)
                headed = headed || heading.match(c.text).hasMatch();
            if (l.text.size() > 60 || !headed)
                continue;
            TableHints hints;
            hints.flow = true;
            hints.fallbackDate = periodEnd;
            const ReadTable r = TableReader::read(page.lines.mid(i + 1), hints);
            if (r.items.isEmpty() || r.columns.isEmpty())
                continue;
            int total = -1;
            for (int k = r.items.size() - 1; k >= 0 && total < 0; --k)
                if (isTotalRow(r.items[k]) && addsUp(r.items, 0, k))
                    total = k;
            if (total < 0)
                continue;
            Table t;
            t.kind = TableKind::RevenueMix;
            t.title = l.text.simplified();
            t.unit = r.unit.isValid() ? r.unit.unit : 0;
            t.currency = r.unit.currency;
            t.columns = r.columns;
            t.items = r.items.mid(0, total + 1);
            t.items.last().kind = RowKind::Subtotal;
            t.pages = {page.page};
            return t;
        }
    }
    return {};
}

} // namespace ledgerlens
