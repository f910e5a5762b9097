#include "SyncedTableModel.h"

#include <QHash>
#include <algorithm>

namespace ledgerlens {

namespace {
// Runs of consecutive values in sorted `v`: (first, count).
QVector<QPair<int, int>> runsOf(QVector<int> v)
{
    std::sort(v.begin(), v.end());
    QVector<QPair<int, int>> out;
    for (int x : v) {
        if (!out.isEmpty() && out.last().first + out.last().second == x)
            ++out.last().second;
        else
            out.append({x, 1});
    }
    return out;
}
} // namespace

QVector<int> SyncedTableModel::matchKeys(const QStringList &current, const QStringList &next)
{
    QHash<QString, QVector<int>> at;
    for (int i = current.size() - 1; i >= 0; --i)
        at[current[i]].append(i);
    QVector<int> from(next.size(), -1);
    for (int j = 0; j < next.size(); ++j) {
        auto it = at.find(next[j]);
        if (it != at.end() && !it->isEmpty())
            from[j] = it->takeLast();
    }
    return from;
}

void SyncedTableModel::removeRowRuns(QVector<int> rows, const Span &erase)
{
    const auto runs = runsOf(rows);
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->first + it->second - 1);
        erase(it->first, it->second);
        endRemoveRows();
    }
}

void SyncedTableModel::removeColumnRuns(QVector<int> columns, const Span &erase)
{
    const auto runs = runsOf(columns);
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveColumns({}, it->first, it->first + it->second - 1);
        erase(it->first, it->second);
        endRemoveColumns();
    }
}

void SyncedTableModel::insertRowRuns(QVector<int> rows, const Span &insert)
{
    for (const auto &run : runsOf(rows)) {
        beginInsertRows({}, run.first, run.first + run.second - 1);
        insert(run.first, run.second);
        endInsertRows();
    }
}

void SyncedTableModel::insertColumnRuns(QVector<int> columns, const Span &insert)
{
    for (const auto &run : runsOf(columns)) {
        beginInsertColumns({}, run.first, run.first + run.second - 1);
        insert(run.first, run.second);
        endInsertColumns();
    }
}

void SyncedTableModel::reorderRows(const QVector<int> &order, const std::function<void()> &apply)
{
    bool same = true;
    for (int i = 0; i < order.size() && same; ++i)
        same = order[i] == i;
    if (same)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QVector<int> newRowOf(order.size(), -1);
    for (int i = 0; i < order.size(); ++i)
        newRowOf[order[i]] = i;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after.append(index(newRowOf.value(i.row(), i.row()), i.column()));
    apply();
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SyncedTableModel::reorderColumns(QVector<int> order, const std::function<void(int, int, int)> &move)
{
    // cur[i]: which target position the column now at i belongs to.
    QVector<int> cur(order.size());
    for (int i = 0; i < order.size(); ++i)
        cur[order[i]] = i;
    for (int p = 0; p < cur.size(); ++p) {
        if (cur[p] == p)
            continue;
        const int q = int(cur.indexOf(p));
        int n = 1;
        while (q + n < cur.size() && cur[q + n] == p + n)
            ++n;
        beginMoveColumns({}, q, q + n - 1, {}, p);
        move(q, n, p);
        endMoveColumns();
        const QVector<int> run = cur.mid(q, n);
        cur.remove(q, n);
        for (int k = 0; k < n; ++k)
            cur.insert(p + k, run[k]);
    }
}

} // namespace ledgerlens
