// ComparisonModel: following the store change by change (no resets).
#include "ComparisonModel.h"

#include <QHash>

namespace ledgerlens {

using namespace ItemRoles;

namespace {
quint64 keyOf(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }

bool sameHeader(const ComparisonRow &a, const ComparisonRow &b)
{
    return a.canonical == b.canonical && a.label == b.label && a.labelEn == b.labelEn && a.labelZh == b.labelZh
        && a.derivedLabel == b.derivedLabel && a.valueUnit == b.valueUnit && a.kind == b.kind && a.foldKey == b.foldKey;
}
} // namespace

int ComparisonModel::columnCountOf(int entryIndex) const
{
    int n = 0;
    for (const Col &c : m_cols)
        n += c.entryIndex == entryIndex ? 1 : 0;
    return n;
}

int ComparisonModel::firstColumnAt(int entryIndex) const
{
    int n = 0;
    for (const Col &c : m_cols)
        n += c.entryIndex < entryIndex ? 1 : 0;
    return n;
}

void ComparisonModel::fixEntryIndexes()
{
    for (Col &c : m_cols)
        c.entryIndex = int(m_entries.indexOf(c.entry));
}

void ComparisonModel::sync(const QVector<EntryId> &entries, const QSet<EntryId> &replaced)
{
    const QVector<ComparisonRow> next = layoutOf(entries);
    const QVector<CellAddress> restatedBefore = restatedCells();

    // Which current row each next row continues: first one sharing a
    // (report, table row) pair of a report whose table is not new; then, for
    // rows left over, one with the same key or label (a re-read table whose
    // rows shifted); last, a pair of a replaced table.
    QVector<int> from(next.size(), -1);
    QVector<bool> taken(m_rows.size(), false);
    auto matchPairs = [&](bool ofReplaced) {
        QHash<QPair<EntryId, int>, int> rowOfSource;
        for (int i = 0; i < m_rows.size(); ++i)
            for (int t = 0; t < m_entries.size() && t < m_rows[i].sourceRows.size(); ++t)
                if (m_rows[i].sourceRows[t] >= 0 && replaced.contains(m_entries[t]) == ofReplaced)
                    rowOfSource.insert({m_entries[t], m_rows[i].sourceRows[t]}, i);
        for (int j = 0; j < next.size(); ++j) {
            for (int t = 0; t < entries.size() && from[j] < 0; ++t) {
                const int r = next[j].sourceRows[t];
                const auto it = r < 0 ? rowOfSource.constEnd() : rowOfSource.constFind({entries[t], r});
                if (it != rowOfSource.constEnd() && !taken[*it]) {
                    from[j] = *it;
                    taken[*it] = true;
                }
            }
        }
    };
    matchPairs(false);
    {
        auto keyOfRow = [](const ComparisonRow &r) {
            if (r.isFold())
                return QStringLiteral("f:") + r.foldKey;
            return r.canonical.isEmpty() ? QStringLiteral("l:") + r.label
                                         : QStringLiteral("c:") + r.canonical + u'|' + r.valueUnit;
        };
        QStringList currentKeys, nextKeys;
        QVector<int> currentAt, nextAt;
        for (int i = 0; i < m_rows.size(); ++i)
            if (!taken[i]) {
                currentKeys << keyOfRow(m_rows[i]);
                currentAt << i;
            }
        for (int j = 0; j < next.size(); ++j)
            if (from[j] < 0) {
                nextKeys << keyOfRow(next[j]);
                nextAt << j;
            }
        const QVector<int> byKey = matchKeys(currentKeys, nextKeys);
        for (int k = 0; k < byKey.size(); ++k)
            if (byKey[k] >= 0) {
                from[nextAt[k]] = currentAt[byKey[k]];
                taken[currentAt[byKey[k]]] = true;
            }
    }
    matchPairs(true);
    // Only a table that was shown has cells that changed; an arriving one is inserted.
    QSet<EntryId> replacedShown;
    for (EntryId id : replaced)
        if (m_entries.contains(id))
            replacedShown.insert(id);

    // 1. Rows no next row continues go (their reports are leaving, or a fix
    //    merged them into another row).
    QVector<int> gone, afterRemoval(m_rows.size(), -1);
    for (int i = 0, kept = 0; i < m_rows.size(); ++i) {
        if (taken[i])
            afterRemoval[i] = kept++;
        else
            gone.append(i);
    }
    removeRowRuns(gone, [this](int first, int count) { m_rows.remove(first, count); });

    // 2. The rows that stay, in their new order.
    QVector<int> order, survivorRows;   // survivorRows: next row of each staying row
    for (int j = 0; j < next.size(); ++j) {
        if (from[j] >= 0) {
            order.append(afterRemoval[from[j]]);
            survivorRows.append(j);
        }
    }
    reorderRows(order, [this, &order] {
        QVector<ComparisonRow> moved;
        for (int k : order)
            moved.append(m_rows[k]);
        m_rows = moved;
    });

    // 3. Columns: reports leaving, moving, arriving, or with a new table.
    syncColumns(entries, next, survivorRows, replacedShown);

    // 4. Rows only the next layout has (arriving reports, split rows).
    QVector<int> added;
    for (int j = 0; j < next.size(); ++j)
        if (from[j] < 0)
            added.append(j);
    insertRowRuns(added, [this, &next](int first, int count) {
        for (int k = 0; k < count; ++k)
            m_rows.insert(first + k, next[first + k]);
    });

    // 5. What changed in the rows that stayed, and in replaced tables.
    const QVector<ComparisonRow> shown = m_rows;
    m_rows = next;
    for (int j = 0; j < next.size(); ++j) {
        if (from[j] < 0)
            continue;
        if (!sameHeader(shown[j], next[j]))
            emit headerDataChanged(Qt::Vertical, j, j);
        for (int t = 0; t < m_entries.size(); ++t) {
            if (replacedShown.contains(m_entries[t])
                || (shown[j].sourceRows.value(t, -1) == next[j].sourceRows[t]
                    && shown[j].folded.value(t) == next[j].folded.value(t)))
                continue;
            const int first = firstColumnAt(t), n = columnCountOf(t);
            if (n > 0)
                emit dataChanged(index(j, first), index(j, first + n - 1));
        }
    }
    for (int t = 0; t < m_entries.size(); ++t) {
        if (!replacedShown.contains(m_entries[t]))
            continue;
        m_failing.insert(m_entries[t], failingCells(m_entries[t]));
        const int first = firstColumnAt(t), n = columnCountOf(t);
        if (n > 0 && !m_rows.isEmpty()) {
            emit dataChanged(index(0, first), index(m_rows.size() - 1, first + n - 1));
            emit headerDataChanged(Qt::Horizontal, first, first + n - 1);
        }
    }
    announceRestated(restatedBefore);
}

void ComparisonModel::syncColumns(const QVector<EntryId> &entries, const QVector<ComparisonRow> &next,
                                  const QVector<int> &survivorRows, const QSet<EntryId> &replaced)
{
    auto wantedColumns = [this](EntryId id) {
        const Table *t = m_store->table(id, m_kind);
        return t ? int(t->columns.size()) : 0;
    };
    // Leaving reports, and the columns a replaced table no longer has.
    for (int t = m_entries.size() - 1; t >= 0; --t) {
        const EntryId id = m_entries[t];
        const int first = firstColumnAt(t), n = columnCountOf(t);
        if (!entries.contains(id)) {
            auto drop = [this, t, id](int at, int count) {
                m_cols.remove(at, count);
                m_entries.removeAt(t);
                m_failing.remove(id);
                for (ComparisonRow &r : m_rows)
                    r.sourceRows.removeAt(t);
                fixEntryIndexes();
            };
            if (n > 0) {
                beginRemoveColumns({}, first, first + n - 1);
                drop(first, n);
                endRemoveColumns();
            } else {
                drop(first, 0);
            }
        } else if (replaced.contains(id) && wantedColumns(id) < n) {
            QVector<int> extra;
            for (int c = wantedColumns(id); c < n; ++c)
                extra.append(first + c);
            removeColumnRuns(extra, [this](int at, int count) { m_cols.remove(at, count); });
        }
    }
    // Staying reports into their new order, a report's columns as one block.
    QVector<EntryId> staying;
    for (EntryId id : entries)
        if (m_entries.contains(id))
            staying.append(id);
    for (int p = 0; p < staying.size(); ++p) {
        const int q = int(m_entries.indexOf(staying[p]));
        if (q == p)
            continue;
        const int first = firstColumnAt(q), n = columnCountOf(q), to = firstColumnAt(p);
        auto apply = [this, q, p, first, n, to] {
            const QVector<Col> block = m_cols.mid(first, n);
            m_cols.remove(first, n);
            for (int k = 0; k < n; ++k)
                m_cols.insert(to + k, block[k]);
            m_entries.move(q, p);
            for (ComparisonRow &r : m_rows)
                r.sourceRows.move(q, p);
            fixEntryIndexes();
        };
        if (n > 0) {
            beginMoveColumns({}, first, first + n - 1, {}, to);
            apply();
            endMoveColumns();
        } else {
            apply();
        }
    }
    // Replaced tables with more columns than before.
    for (int t = 0; t < m_entries.size(); ++t) {
        const EntryId id = m_entries[t];
        const int n = columnCountOf(t), wanted = wantedColumns(id);
        if (!replaced.contains(id) || wanted <= n)
            continue;
        const int first = firstColumnAt(t);
        beginInsertColumns({}, first + n, first + wanted - 1);
        for (int c = n; c < wanted; ++c)
            m_cols.insert(first + c, {id, t, c});
        endInsertColumns();
    }
    // Arriving reports, in order; the rows that stay take their rows of it.
    for (int p = 0; p < entries.size(); ++p) {
        const EntryId id = entries[p];
        if (m_entries.contains(id))
            continue;
        const int first = firstColumnAt(p), n = wantedColumns(id);
        auto apply = [this, id, p, first, n, &next, &survivorRows] {
            m_entries.insert(p, id);
            for (int k = 0; k < m_rows.size(); ++k)
                m_rows[k].sourceRows.insert(p, next[survivorRows[k]].sourceRows[p]);
            for (int c = 0; c < n; ++c)
                m_cols.insert(first + c, {id, p, c});
            fixEntryIndexes();
            m_failing.insert(id, failingCells(id));
        };
        if (n > 0) {
            beginInsertColumns({}, first, first + n - 1);
            apply();
            endInsertColumns();
        } else {
            apply();
        }
    }
}

QVector<CellAddress> ComparisonModel::restatedCells() const
{
    QVector<CellAddress> out;
    for (quint64 k : m_restated)
        out.append(cellAt(index(int(k >> 32), int(k & 0xffffffffu))));
    return out;
}

// Recomputes the restatement marks and announces the cells whose mark flipped.
void ComparisonModel::announceRestated(const QVector<CellAddress> &before)
{
    recomputeRestated();
    QSet<quint64> flipped;
    for (const CellAddress &c : before) {
        const QModelIndex i = indexForCell(c);
        if (i.isValid() && !m_restated.contains(keyOf(i.row(), i.column())))
            flipped.insert(keyOf(i.row(), i.column()));
    }
    const QVector<CellAddress> now = restatedCells();
    for (int k = 0; k < now.size(); ++k)
        if (!before.contains(now[k]))
            flipped.insert(keyOf(indexForCell(now[k]).row(), indexForCell(now[k]).column()));
    for (quint64 k : flipped) {
        const QModelIndex i = index(int(k >> 32), int(k & 0xffffffffu));
        emit dataChanged(i, i, {RestatedRole});
    }
}

QSet<quint64> ComparisonModel::failingCells(EntryId id) const
{
    QSet<quint64> out;
    if (const Report *r = m_store->report(id))
        for (const Check &ch : r->checks)
            if (!ch.ok && ch.table == m_kind)
                for (int row : ch.rows)
                    out.insert(keyOf(row, ch.column));
    return out;
}

// Only the cells whose check turned failing or passing.
void ComparisonModel::onChecksChanged(EntryId id, TableKind kind)
{
    if (kind != m_kind || !m_entries.contains(id))
        return;
    const QSet<quint64> now = failingCells(id);
    const QSet<quint64> before = m_failing.value(id);
    m_failing.insert(id, now);
    for (const QSet<quint64> &set : {now - before, before - now}) {
        for (quint64 k : set) {
            const QModelIndex i = indexForCell({id, m_kind, int(k >> 32), int(k & 0xffffffffu)});
            if (i.isValid())
                emit dataChanged(i, i, {CheckFailedRole});
        }
    }
}

// A label or key fix: rows may split, merge or re-order; the row's own cells
// show a new label or key.
void ComparisonModel::onRowChanged(EntryId id, TableKind kind, int row)
{
    if (kind != m_kind || !m_entries.contains(id))
        return;
    sync(memberEntries());
    const int t = int(m_entries.indexOf(id));
    const int first = firstColumnAt(t), n = columnCountOf(t);
    for (int r = 0; r < m_rows.size() && n > 0; ++r) {
        if (m_rows[r].sourceRows.value(t, -1) == row)
            emit dataChanged(index(r, first), index(r, first + n - 1));   // the header: sync() saw it
    }
}

} // namespace ledgerlens
