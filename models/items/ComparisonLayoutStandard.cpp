// ComparisonLayout::standardise: the standardised rows of a comparison.
#include "ComparisonLayout.h"

#include "taxonomy/FoldTargets.h"
#include "taxonomy/RowKeyer.h"
#include "taxonomy/Taxonomy.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace ledgerlens {
namespace ComparisonLayout {

namespace {
// What the arithmetic says of one table's rows: the parts of a check whose
// total is an item line (a breakdown: "of which" lines, or lines that sum to
// an item) and those item totals.
struct Breakdowns
{
    QHash<int, int> parentOf;     // part row -> the item row it breaks down
    QHash<int, QVector<int>> partsOf;
};

Breakdowns breakdownsOf(const Table &t, const QVector<Check> &checks)
{
    Breakdowns b;
    const Taxonomy &tax = Taxonomy::builtin();
    for (const Check &ch : checks) {
        if (ch.table != t.kind || ch.rows.size() < 2)
            continue;
        const int total = ch.rows.last();
        if (total < 0 || total >= t.items.size())
            continue;
        const LineItem &item = t.items[total];
        if (item.kind != RowKind::Item || tax.isTotal(t.kind, item.canonical))
            continue;
        for (int k = 0; k + 1 < ch.rows.size(); ++k) {
            b.parentOf.insert(ch.rows[k], total);
            b.partsOf[total].append(ch.rows[k]);
        }
    }
    return b;
}

constexpr int kPaused = -2;

// The fold target (index into `targets`) of each row of `t`, -1 for none.
QVector<int> blocksOf(const Table &t, const QVector<FoldTarget> &targets)
{
    QVector<int> out(t.items.size(), -1);
    if (targets.isEmpty())
        return out;
    QSet<QString> keys;
    for (const LineItem &item : t.items)
        if (!item.canonical.isEmpty())
            keys.insert(item.canonical);
    auto closesHere = [&](int k) {
        for (const QString &u : targets[k].until)
            if (keys.contains(u))
                return true;
        return false;
    };
    // From target k, the first of its group (up to the next target opened by
    // a heading) whose closing row the table prints, else the group's last.
    auto settle = [&](int k) {
        while (k + 1 < targets.size() && targets[k + 1].sections.isEmpty() && !closesHere(k))
            ++k;
        return k;
    };
    const RowKeyer keyer;
    int cur = settle(0);
    for (int r = 0; r < t.items.size(); ++r) {
        const LineItem &item = t.items[r];
        if (item.kind == RowKind::Heading) {
            const QString s = keyer.headingSection(t.kind, item);
            if (s.isEmpty())
                continue;
            // A section no block is for ("attributable to:", earnings per
            // share) holds no lines to fold until a block opens or closes.
            int opened = kPaused;
            for (int k = 0; k < targets.size() && opened == kPaused; ++k)
                if (targets[k].sections.contains(s))
                    opened = settle(k);
            cur = opened;
            continue;
        }
        out[r] = cur >= 0 && cur < targets.size() ? cur : -1;
        if (item.canonical.isEmpty())
            continue;
        // The row closes the latest block from here that it is a closing row of.
        for (int k = targets.size() - 1; k >= qMax(cur, 0); --k)
            if (targets[k].until.contains(item.canonical)) {
                cur = k + 1 < targets.size() ? settle(k + 1) : k + 1;
                break;
            }
    }
    return out;
}

int reportsPrinting(const ComparisonRow &row)
{
    return int(std::count_if(row.sourceRows.cbegin(), row.sourceRows.cend(), [](int r) { return r >= 0; }));
}

enum class Fate { Keep, Fold, Hide };
} // namespace

QVector<ComparisonRow> standardise(const QVector<ComparisonRow> &printed, const QVector<const Table *> &tables,
                                   const QVector<QVector<Check>> &checks)
{
    const Table *first = nullptr;
    int reports = 0;
    for (const Table *t : tables) {
        if (t && !first)
            first = t;
        reports += t && !t->isEmpty();
    }
    // One report has nothing to line up with: every line would be "only one
    // report's" and fold away. It reads as printed until a second arrives.
    if (!first || reports < 2)
        return printed;
    const TableKind kind = first->kind;
    const QVector<FoldTarget> targets = FoldTargets::builtin().targets(kind);
    const Taxonomy &tax = Taxonomy::builtin();
    const int n = tables.size();

    QVector<Breakdowns> breakdowns(n);
    QVector<QVector<int>> blocks(n);
    for (int ti = 0; ti < n; ++ti) {
        if (!tables[ti])
            continue;
        breakdowns[ti] = breakdownsOf(*tables[ti], checks.value(ti));
        blocks[ti] = blocksOf(*tables[ti], targets);
    }
    auto targetOfKey = [&](const QString &key) {
        for (int k = 0; k < targets.size(); ++k)
            if (!key.isEmpty() && targets[k].key == key)
                return k;
        return -1;
    };

    // Which printed rows stay, and for each (table, table row) the comparison
    // row it sits on, to tell whether a breakdown's parts stay.
    QVector<int> lone(printed.size(), -1);  // the one table printing a row
    QHash<QPair<int, int>, int> rowOf;
    for (int i = 0; i < printed.size(); ++i)
        for (int ti = 0; ti < n && ti < printed[i].sourceRows.size(); ++ti)
            if (printed[i].sourceRows[ti] >= 0) {
                rowOf.insert({ti, printed[i].sourceRows[ti]}, i);
                lone[i] = reportsPrinting(printed[i]) == 1 ? ti : -1;
            }

    // A keyed row every report printing it printed earlier (a total the
    // statement repeats, with the same figures: RowKeyer keys no other).
    QVector<bool> repeat(printed.size(), false);
    {
        QSet<QPair<int, QString>> seen;
        for (int i = 0; i < printed.size(); ++i) {
            const ComparisonRow &row = printed[i];
            if (row.canonical.isEmpty())
                continue;
            const QString key = row.canonical + u'|' + row.valueUnit;
            bool all = true;
            for (int ti = 0; ti < n && ti < row.sourceRows.size(); ++ti)
                if (row.sourceRows[ti] >= 0) {
                    all = all && seen.contains({ti, key});
                    seen.insert({ti, key});
                }
            repeat[i] = all;
        }
    }

    QVector<Fate> fate(printed.size(), Fate::Keep);
    QVector<int> targetOf(printed.size(), -1);
    auto isShared = [&](int i) { return lone[i] < 0 && reportsPrinting(printed[i]) > 1; };
    for (int i = 0; i < printed.size(); ++i) {
        const ComparisonRow &row = printed[i];
        const bool keyedTotal = !row.canonical.isEmpty() && tax.isTotal(kind, row.canonical);
        if (repeat[i]) {
            fate[i] = Fate::Hide;
            continue;
        }
        if (row.kind == RowKind::Heading) {
            fate[i] = isShared(i) ? Fate::Keep : Fate::Hide;
            continue;
        }
        if (row.kind == RowKind::Subtotal || keyedTotal || !row.valueUnit.isEmpty()
            || row.canonical.startsWith(QLatin1String("eps_"))) {
            fate[i] = (isShared(i) || !row.canonical.isEmpty()) ? Fate::Keep : Fate::Hide;
            continue;
        }
        const int own = targetOfKey(row.canonical);
        if (own >= 0) {   // a printed "Other current assets": the target itself
            fate[i] = Fate::Fold;
            targetOf[i] = own;
            continue;
        }
        if (isShared(i) || lone[i] < 0)
            continue;
        const int ti = lone[i], tr = row.sourceRows[ti];
        const Breakdowns &b = breakdowns[ti];
        if (b.parentOf.contains(tr)) {
            fate[i] = Fate::Hide;   // its figure is in the line it breaks down
            continue;
        }
        bool partStays = false;
        for (int part : b.partsOf.value(tr)) {
            const int pi = rowOf.value({ti, part}, -1);
            partStays = partStays || (pi >= 0 && isShared(pi));
        }
        const int block = blocks[ti].value(tr, -1);
        if (!partStays && block >= 0) {
            fate[i] = Fate::Fold;
            targetOf[i] = block;
        }
    }

    // Each target's row: before the first staying row that closes its block,
    // else where its first folded line was.
    QVector<ComparisonRow> folds(targets.size());
    QVector<int> anchor(targets.size(), -1);
    for (int i = 0; i < printed.size(); ++i) {
        const int k = targetOf[i];
        if (fate[i] != Fate::Fold || k < 0)
            continue;
        ComparisonRow &f = folds[k];
        if (f.foldKey.isEmpty()) {
            const FoldTarget &tg = targets[k];
            f.foldKey = tg.key;
            f.label = f.labelEn = tg.name;
            f.labelZh = tg.zhHk;
            f.kind = RowKind::Item;
            f.sourceRows = QVector<int>(n, -1);
            f.folded = QVector<QVector<int>>(n);
            anchor[k] = i;
        }
        for (int ti = 0; ti < n && ti < printed[i].sourceRows.size(); ++ti)
            if (printed[i].sourceRows[ti] >= 0)
                f.folded[ti].append(printed[i].sourceRows[ti]);
    }
    for (int k = 0; k < targets.size(); ++k) {
        if (anchor[k] < 0)
            continue;
        for (QVector<int> &rows : folds[k].folded)
            std::sort(rows.begin(), rows.end());
        for (int ti = 0; ti < n; ++ti)
            folds[k].sourceRows[ti] = folds[k].folded[ti].isEmpty() ? -1 : folds[k].folded[ti].first();
        for (int i = 0; i < printed.size(); ++i)
            if (fate[i] == Fate::Keep && targets[k].until.contains(printed[i].canonical) && !printed[i].canonical.isEmpty()) {
                anchor[k] = i;
                break;
            }
    }

    QVector<ComparisonRow> out;
    for (int i = 0; i < printed.size(); ++i) {
        for (int k = 0; k < targets.size(); ++k)
            if (anchor[k] == i)
                out.append(folds[k]);
        if (fate[i] == Fate::Keep)
            out.append(printed[i]);
    }
    return out;
}

} // namespace ComparisonLayout
} // namespace ledgerlens
