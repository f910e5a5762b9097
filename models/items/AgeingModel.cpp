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
    QString key;
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
    return withCurrency(m_kind == TableKind::PayablesAgeing ? tr("Trade payables ageing")
                                                            : tr("Trade receivables ageing"));
}

QString AgeingModel::valueTitle() const
{
    return tr("Amount (%1)").arg(amountCaption());
}

AmountChartModel *AgeingModel::sibling(QObject *parent) const
{
    auto *m = new AgeingModel(store(), m_kind, parent);
    m->setDisplayUnit(displayUnit());
    return m;
}

namespace {
// What makes two bucket labels one series: the age range they print ("0-30
// days", "Within 30 days", "30日內"), else the name.
QString bucketKey(const QString &label, const std::optional<AgeRange> &range)
{
    if (range)
        return QStringLiteral("range:%1-%2").arg(range->fromDays).arg(range->toDays);
    return QStringLiteral("name:") + ChartPalette::nameKey(label);
}
} // namespace

QVector<int> AgeingModel::firstBlock(const Table &t)
{
    // A note printed twice (by invoice date and by due date, or the same
    // ageing in two notes) lands in one table as two runs of buckets: the
    // first run is the report's ageing; the rest would count it twice.
    QVector<int> rows;
    QStringList seen;
    bool totalled = false;
    for (int r = 0; r < t.items.size(); ++r) {
        const LineItem &li = t.items[r];
        const bool total = li.kind != RowKind::Item || isTotalLabel(li.label);
        if (total) {
            totalled = totalled || !rows.isEmpty();
            continue;
        }
        const QString key = bucketKey(li.label, AgeRange::parse(li.label));
        if (totalled || seen.contains(key))
            break;
        seen << key;
        rows << r;
    }
    return rows;
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
        for (int r : firstBlock(*t)) {
            const LineItem &li = t->items[r];
            const std::optional<AgeRange> range = AgeRange::parse(li.label);
            const QString key = bucketKey(li.label, range);
            auto it = std::find_if(rows.begin(), rows.end(), [&](const BucketRow &b) { return b.key == key; });
            if (it == rows.end())
                it = rows.insert(rows.end(), BucketRow{li.label.simplified(), key, range, int(rows.size()), {}});
            // The series keeps the first label; a figure printed under another says so.
            const QString printed = li.label.simplified();
            const QString detail = printed == it->label ? QString() : tr("printed as “%1”").arg(printed);
            for (int c = 0; c < li.cells.size() && c < t->columns.size(); ++c) {
                const Cell &cell = li.cells[c];
                if (cell.value)
                    it->cells.append({first + c, {inUnit(*cell.value, t->unit, displayUnit()), {}, cell.source, detail}});
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
