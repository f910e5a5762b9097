#include "SegmentBlocks.h"

#include "Periods.h"
#include "TableReader.h"
#include "taxonomy/LabelNormalizer.h"

#include <QRegularExpression>
#include <cmath>

namespace ledgerlens {

namespace {

struct Block
{
    int heading = 0;      // line index of "Six months ended 30 June 2010"
    int end = 0;          // one past its last line
    QDate date;
    int months = 0;
};

// A line of its own naming a period: the heading of one block.
bool isPeriodHeading(const TextLine &line, QDate *date, int *months)
{
    if (!TableReader::split(line).figures.isEmpty())
        return false;
    const QString t = line.text.simplified();
    // A heading, not a sentence that mentions a period.
    if (t.size() > 60)
        return false;
    *date = Periods::findDate(t);
    *months = Periods::findMonths(t);
    return date->isValid() && *months > 0;
}

QVector<Block> blocksOn(const PageText &page)
{
    QVector<Block> blocks;
    for (int i = 0; i < page.lines.size(); ++i) {
        Block b;
        if (!isPeriodHeading(page.lines[i], &b.date, &b.months))
            continue;
        b.heading = i;
        if (!blocks.isEmpty())
            blocks.back().end = i;
        blocks.append(b);
    }
    if (!blocks.isEmpty())
        blocks.back().end = int(page.lines.size());
    return blocks;
}

// The row whose figures before the last add up to the last (the Total
// column), with at least two segment figures printed.
bool totalsAcross(const LineItem &it)
{
    QVector<Decimal> values;
    int printed = 0;
    for (const Cell &c : it.cells) {
        values.append(c.value.value_or(Decimal()));
        printed += c.source.isValid();
    }
    if (values.size() < 3 || printed < 3 || !it.cells.back().value)
        return false;
    Decimal sum;
    for (int k = 0; k + 1 < values.size(); ++k)
        sum = sum + values[k];
    return sum == values.back();
}

bool isRevenue(double printed, double unit, double revenue)
{
    return std::abs(printed * unit - revenue) <= 0.51 * unit;
}

} // namespace

std::optional<Table> SegmentBlocks::read(const PageText &page, double revenue, qint64 statementUnit)
{
    const QVector<Block> blocks = blocksOn(page);
    if (blocks.isEmpty())
        return std::nullopt;
    const LabelNormalizer folding;
    Table out;
    QString rowKey;
    LineItem merged;
    for (const Block &b : blocks) {
        TableHints hints;
        hints.flow = true;
        hints.months = b.months;
        hints.contextDate = b.date;
        hints.fallbackDate = b.date;
        hints.contextText = page.lines[b.heading].text;
        const ReadTable r = TableReader::read(page.lines.mid(b.heading + 1, b.end - b.heading - 1), hints);
        if (r.columns.size() < 3)
            continue;
        const double unit = double(r.unit.isValid() ? r.unit.unit : qMax<qint64>(1, statementUnit));
        const LineItem *row = nullptr;
        for (const LineItem &it : r.items) {
            if (it.cells.size() != r.columns.size() || !totalsAcross(it))
                continue;
            const QString key = folding.normalize(it.label);
            if (rowKey.isEmpty() ? isRevenue(it.cells.back().value->toDouble(), unit, revenue) : key == rowKey) {
                row = &it;
                rowKey = key;
                break;
            }
        }
        if (!row)
            continue;
        if (out.columns.isEmpty()) {
            out.kind = TableKind::RevenueMix;
            out.unit = r.unit.isValid() ? r.unit.unit : 0;
            out.currency = r.unit.currency;
            out.pages = {page.page};
            merged.label = row->label;
            merged.labelZh = row->labelZh;
            merged.kind = RowKind::Item;
        }
        for (int c = 0; c < r.columns.size(); ++c) {
            Column col = r.columns[c];
            col.segment = col.segment.isEmpty() ? col.label : col.segment;
            col.periodEnd = b.date;
            col.months = b.months;
            col.label = QStringLiteral("%1 %2").arg(col.segment).arg(b.date.year());
            out.columns.append(col);
            merged.cells.append(row->cells[c]);
        }
    }
    if (out.columns.isEmpty())
        return std::nullopt;
    out.items = {merged};
    // The title: the note's heading above the blocks ("4. SEGMENT
    // INFORMATION"), a numbered or capitalised line, not the lead-in prose.
    static const QRegularExpression noteHeading(QStringLiteral("^(?:\\(?[0-9]{1,2}[.)]?|[A-Z]\\.)\\s+\\S"));
    for (int k = blocks.front().heading - 1; k >= 0 && k >= blocks.front().heading - 8; --k) {
        const QString s = page.lines[k].text.simplified();
        if (s.size() < 80 && (noteHeading.match(s).hasMatch() || (s == s.toUpper() && s != s.toLower()))) {
            out.title = s;
            break;
        }
    }
    return out;
}

} // namespace ledgerlens
