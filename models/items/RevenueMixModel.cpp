#include "RevenueMixModel.h"

#include "ChartPalette.h"

#include <QRegularExpression>

namespace ledgerlens {

using namespace ItemRoles;

namespace {

bool isEliminationOrTotal(const QString &segment)
{
    static const QRegularExpression re(QStringLiteral(
        "total|elimination|reconcil|unallocated|總計|总计|合計|合计|抵銷|抵销|對銷|对销|未分配"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(segment).hasMatch();
}

// The row of a segments-as-columns table that carries each segment's revenue:
// the last subtotal, else the only item row with figures.
int revenueRow(const Table &t)
{
    int onlyItem = -1, items = 0;
    for (int r = t.items.size() - 1; r >= 0; --r) {
        const LineItem &li = t.items[r];
        if (li.kind == RowKind::Subtotal || (li.kind == RowKind::Item && ChartGridModel::isTotalLabel(li.label)))
            return r;
        if (li.kind == RowKind::Item && li.canonical == QLatin1String("revenue"))
            return r;
        if (li.kind == RowKind::Item) {
            ++items;
            onlyItem = r;
        }
    }
    return items == 1 ? onlyItem : -1;
}

struct Slot { QString label; QVector<std::pair<int, ChartCell>> cells; }; // (column, cell)

} // namespace

RevenueMixModel::RevenueMixModel(ReportStore *store, QObject *parent)
    : AmountChartModel(store, parent)
{
    refresh();
}

QString RevenueMixModel::title() const
{
    return withCurrency(tr("Revenue by segment"));
}

QString RevenueMixModel::valueTitle() const
{
    return tr("Revenue (%1)").arg(amountCaption());
}

AmountChartModel *RevenueMixModel::sibling(QObject *parent) const
{
    auto *m = new RevenueMixModel(store(), parent);
    m->setDisplayUnit(displayUnit());
    return m;
}

ChartGrid RevenueMixModel::build() const
{
    ChartGrid g;
    QVector<Slot> segs;
    QHash<QString, int> slotOf;   // name key -> index
    auto slotFor = [&](const QString &label) -> Slot & {
        const QString key = ChartPalette::nameKey(label);
        auto it = slotOf.find(key);
        if (it == slotOf.end()) {
            it = slotOf.insert(key, segs.size());
            segs.append({label.simplified(), {}});
        }
        return segs[*it];
    };

    for (EntryId id : entries()) {
        const ReportEntry *e = store()->entry(id);
        const Table *t = store()->table(id, TableKind::RevenueMix);
        if (!e || !t || t->columns.isEmpty())
            continue;
        bool segmentColumns = false;
        for (const Column &c : t->columns)
            segmentColumns = segmentColumns || !c.segment.isEmpty();

        if (!segmentColumns) {
            const int first = g.columns.size();
            for (const Column &c : t->columns)
                g.columns.append(columnHeader(id, *e, c));
            for (const LineItem &li : t->items) {
                if (li.kind != RowKind::Item || isTotalLabel(li.label))
                    continue;
                Slot &s = slotFor(li.label);
                for (int c = 0; c < li.cells.size() && c < t->columns.size(); ++c) {
                    const Cell &cell = li.cells[c];
                    if (cell.value)
                        s.cells.append({first + c, {inUnit(*cell.value, t->unit, displayUnit()), {}, cell.source, {}}});
                }
            }
            continue;
        }
        // Segments printed as columns ("Product segment 2021"): one chart column
        // per period, the segment's revenue from the table's revenue row.
        const int row = revenueRow(*t);
        if (row < 0)
            continue;
        QVector<QString> periodKeys;
        for (int c = 0; c < t->columns.size(); ++c) {
            const Column &col = t->columns[c];
            if (col.segment.isEmpty() || isEliminationOrTotal(col.segment))
                continue;
            const QString pk = col.periodEnd.isValid() ? col.periodEnd.toString(Qt::ISODate)
                                                       : QString(col.label).remove(col.segment).simplified();
            if (pk.isEmpty())
                continue;   // a segment column with no period to place it in
            int at = periodKeys.indexOf(pk);
            if (at < 0) {
                at = periodKeys.size();
                periodKeys.append(pk);
                Column plain = col;
                plain.label = pk;
                plain.segment.clear();
                g.columns.append(columnHeader(id, *e, plain));
            }
            const int gc = g.columns.size() - periodKeys.size() + at;
            const Cell &cell = t->items[row].cells.value(c);
            if (cell.value)
                slotFor(col.segment).cells.append({gc, {inUnit(*cell.value, t->unit, displayUnit()), {}, cell.source, {}}});
        }
    }

    QStringList names;
    for (const Slot &s : segs) {
        if (!s.cells.isEmpty())
            names.append(s.label);
    }
    const auto colours = ChartPalette::segmentColours(names);
    for (const Slot &s : segs) {
        if (s.cells.isEmpty())
            continue;   // a segment with no figure anywhere is not drawn
        g.rows.append({s.label, colours.value(s.label)});
        QVector<ChartCell> row(g.columns.size());
        for (const auto &[c, cell] : s.cells)
            row[c] = cell;
        g.cells.append(row);
    }
    // Shares: of the segments drawn in the column, exact sum, ratio in double.
    for (int c = 0; c < g.columns.size(); ++c) {
        Decimal sum;
        for (const auto &row : g.cells) {
            if (row[c].value)
                sum = sum + *row[c].value;
        }
        if (sum.isZero())
            continue;
        for (auto &row : g.cells) {
            if (row[c].value)
                row[c].share = row[c].value->toDouble() / sum.toDouble() * 100.0;
        }
    }
    return g;
}

} // namespace ledgerlens
