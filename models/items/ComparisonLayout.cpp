#include "ComparisonLayout.h"

#include <QHash>

namespace ledgerlens::ComparisonLayout {

namespace {
// The key rows share across reports: canonical key (nth occurrence), or the
// text of a heading (no figures, so merging equal headings hides nothing).
// Unmapped figure rows get no key: they are never merged.
QString keyOf(const LineItem &item, QHash<QString, int> &seen)
{
    QString base;
    if (!item.canonical.isEmpty())
        base = QStringLiteral("c:") + item.canonical;
    else if (item.kind == RowKind::Heading && !item.label.isEmpty())
        base = QStringLiteral("h:") + item.label.toCaseFolded();
    else
        return {};
    const int n = seen[base]++;
    return base + u'#' + QString::number(n);
}
} // namespace

QVector<ComparisonRow> alignRows(const QVector<const Table *> &tables)
{
    QVector<ComparisonRow> rows;
    QVector<QString> rowKeys; // parallel to rows, empty for unmapped
    const int n = tables.size();
    for (int ti = 0; ti < n; ++ti) {
        const Table *t = tables[ti];
        if (!t)
            continue;
        QHash<QString, int> seen;
        int prev = -1; // comparison row of this table's previous row
        for (int r = 0; r < t->items.size(); ++r) {
            const LineItem &item = t->items[r];
            const QString key = keyOf(item, seen);
            const int existing = key.isEmpty() ? -1 : int(rowKeys.indexOf(key));
            if (existing >= 0 && rows[existing].sourceRows[ti] < 0) {
                rows[existing].sourceRows[ti] = r;
                prev = qMax(prev, existing);
                continue;
            }
            // New row: after this report's previous row, behind rows other
            // reports added there that share no key (their printed order holds).
            int pos = prev + 1;
            while (pos < rows.size() && rowKeys[pos].isEmpty() && rows[pos].sourceRows[ti] < 0)
                ++pos;
            ComparisonRow row;
            row.canonical = item.canonical;
            row.label = item.label;
            row.kind = item.kind;
            row.sourceRows = QVector<int>(n, -1);
            row.sourceRows[ti] = r;
            rows.insert(pos, row);
            rowKeys.insert(pos, key);
            prev = pos;
        }
    }
    return rows;
}

QVector<ComparisonColumn> columns(const QVector<const Table *> &tables)
{
    QVector<ComparisonColumn> out;
    for (int ti = 0; ti < tables.size(); ++ti) {
        if (!tables[ti])
            continue;
        for (int c = 0; c < tables[ti]->columns.size(); ++c)
            out.append({ti, c});
    }
    return out;
}

} // namespace ledgerlens::ComparisonLayout
