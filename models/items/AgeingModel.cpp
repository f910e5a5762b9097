#include "AgeingModel.h"

#include "AgeRange.h"
#include "ChartPalette.h"

#include <algorithm>

namespace ledgerlens {

using namespace ItemRoles;

namespace {
struct BucketRow
{
    QString label;
    std::optional<AgeRange> range;
    int firstSeen = 0;
    QVector<std::pair<int, ChartCell>> cells;
};
} // namespace

AgeingModel::AgeingModel(ReportStore *store, TableKind kind, QObject *parent)
    : AmountChartModel(store, parent), m_kind(kind)
{
    refresh();
}

QString AgeingModel::title() const
{
    return m_kind == TableKind::PayablesAgeing ? tr("Trade payables ageing") : tr("Trade receivables ageing");
}

QString AgeingModel::valueTitle() const
{
    return tr("Amount (%1, reporting currency)").arg(unitCaption());
}

ChartGrid AgeingModel::build() const
{
    ChartGrid g;
    QVector<BucketRow> rows;
    for (EntryId id : entries()) {
        const ReportEntry *e = store()->entry(id);
        const Table *t = store()->table(id, m_kind);
        if (!e || !t)
            continue;
        const int first = g.columns.size();
        for (const Column &c : t->columns)
            g.columns.append(columnHeader(id, *e, c));
        for (const LineItem &li : t->items) {
            if (li.kind != RowKind::Item || isTotalLabel(li.label))
                continue;
            const QString key = ChartPalette::nameKey(li.label);
            auto it = std::find_if(rows.begin(), rows.end(),
                                   [&](const BucketRow &b) { return ChartPalette::nameKey(b.label) == key; });
            if (it == rows.end())
                it = rows.insert(rows.end(), BucketRow{li.label.simplified(), AgeRange::parse(li.label),
                                                       int(rows.size()), {}});
            for (int c = 0; c < li.cells.size() && c < t->columns.size(); ++c) {
                const Cell &cell = li.cells[c];
                if (cell.value)
                    it->cells.append({first + c, {inUnit(*cell.value, t->unit, displayUnit()), {}, cell.source, {}}});
            }
        }
    }
    // Youngest first; ties and unreadable labels keep first-seen order.
    std::stable_sort(rows.begin(), rows.end(), [](const BucketRow &a, const BucketRow &b) {
        if (a.range && b.range)
            return *a.range < *b.range;
        if (a.range.has_value() != b.range.has_value())
            return a.range.has_value();
        return a.firstSeen < b.firstSeen;
    });
    int unreadable = 0;
    for (const BucketRow &b : rows) {
        if (b.cells.isEmpty())
            continue;
        const QColor colour = b.range ? ChartPalette::ageColour(b.range->fromDays, b.range->toDays)
                                      : QColor::fromHsv(0, 0, 140 + 25 * (unreadable++ % 4));
        g.rows.append({b.label, colour});
        QVector<ChartCell> row(g.columns.size());
        for (const auto &[c, cell] : b.cells)
            row[c] = cell;
        g.cells.append(row);
    }
    return g;
}

} // namespace ledgerlens
