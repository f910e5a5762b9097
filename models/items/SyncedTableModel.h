#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <functional>

namespace ledgerlens {

// Base of the models that follow the store change by change: moves the
// model from what it shows to what it should show with row/column removes,
// moves and inserts (and a layout change when rows re-order), never a reset,
// so views keep their editors, selection and scroll position. Subclasses
// keep their own storage; the callbacks update it between begin and end.
class SyncedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // For each of `next`, the index of the same key in `current` (-1: new);
    // repeated keys pair up in order.
    static QVector<int> matchKeys(const QStringList &current, const QStringList &next);

protected:
    using Span = std::function<void(int first, int count)>;
    // Removes the given rows (or columns), in runs from the last; `erase`
    // drops a run from the storage.
    void removeRowRuns(QVector<int> rows, const Span &erase);
    void removeColumnRuns(QVector<int> columns, const Span &erase);
    // Inserts at the given positions (numbered as after the insert) in runs
    // from the first; `insert` adds a run to the storage.
    void insertRowRuns(QVector<int> rows, const Span &insert);
    void insertColumnRuns(QVector<int> columns, const Span &insert);
    // Rows re-ordered (same rows): new row i is current row order[i].
    // `apply` permutes the storage; persistent indexes follow their rows.
    void reorderRows(const QVector<int> &order, const std::function<void()> &apply);
    // Columns into a new order (new column i is current column order[i]),
    // as moves of runs; `move(from, count, to)` moves a run in the storage
    // (to: its first column's index after the move).
    void reorderColumns(QVector<int> order, const std::function<void(int from, int count, int to)> &move);

    // A flat list of rows becomes `next` (rows told apart by key): removes,
    // a re-order, inserts, then dataChanged on the rows that `same` says differ.
    template<class T, class Key, class Same>
    void syncRowList(QVector<T> &rows, const QVector<T> &next, Key key, Same same)
    {
        QStringList keys, nextKeys;
        for (const T &r : rows)
            keys << key(r);
        for (const T &r : next)
            nextKeys << key(r);
        const QVector<int> from = matchKeys(keys, nextKeys);
        QVector<int> renumbered(rows.size(), -1), gone, order, added;
        for (int j : from)
            if (j >= 0)
                renumbered[j] = 0;
        for (int i = 0, n = 0; i < rows.size(); ++i) {
            if (renumbered[i] == 0)
                renumbered[i] = n++;
            else
                gone.append(i);
        }
        removeRowRuns(gone, [&rows](int first, int count) { rows.remove(first, count); });
        for (int j = 0; j < from.size(); ++j)
            (from[j] >= 0 ? order : added).append(from[j] >= 0 ? renumbered[from[j]] : j);
        reorderRows(order, [&rows, &order] {
            QVector<T> moved;
            for (int k : order)
                moved.append(rows[k]);
            rows = moved;
        });
        insertRowRuns(added, [&rows, &next](int first, int count) {
            for (int k = 0; k < count; ++k)
                rows.insert(first + k, next[first + k]);
        });
        for (int j = 0; j < next.size(); ++j) {
            const bool changed = !same(rows[j], next[j]);
            rows[j] = next[j];
            if (changed)
                emit dataChanged(index(j, 0), index(j, columnCount() - 1));
        }
    }
};

} // namespace ledgerlens
