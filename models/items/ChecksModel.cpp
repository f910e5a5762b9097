#include "ChecksModel.h"

#include "store/DisplayNames.h"

#include <algorithm>

namespace ledgerlens {

using namespace ItemRoles;

ChecksModel::ChecksModel(ReportStore *store, QObject *parent)
    : SyncedTableModel(parent), m_store(store)
{
    // Checks come and go in bulk with a correction or a load: the rows that
    // did come or go are inserted or removed, the others keep their place.
    connect(store, &ReportStore::reportChanged, this, &ChecksModel::rebuild);
    connect(store, &ReportStore::entryRemoved, this, &ChecksModel::rebuild);
    connect(store, &ReportStore::entryMoved, this, &ChecksModel::rebuild);
    // One reset per edit (checksChanged comes once per table of the report).
    connect(store, &ReportStore::correctionsChanged, this, &ChecksModel::rebuild);
    connect(store, &ReportStore::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(store, &ReportStore::cleared, this, [this] {
        m_rows.clear();
        endResetModel();
    });
    for (EntryId id : m_store->ids())
        if (const Report *r = m_store->report(id))
            for (const Check &c : r->checks)
                m_rows.append({id, c});
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return !a.check.ok && b.check.ok; });
}

void ChecksModel::rebuild()
{
    QVector<Row> next;
    for (EntryId id : m_store->ids()) {
        if (const Report *r = m_store->report(id)) {
            for (const Check &c : r->checks)
                next.append({id, c});
        }
    }
    std::stable_sort(next.begin(), next.end(), [](const Row &a, const Row &b) { return !a.check.ok && b.check.ok; });
    syncRowList(m_rows, next,
                [](const Row &r) {
                    return QStringLiteral("%1|%2|%3|%4").arg(r.entry).arg(int(r.check.table)).arg(r.check.column).arg(r.check.rule);
                },
                [](const Row &a, const Row &b) {
                    return a.check.ok == b.check.ok && a.check.expected == b.check.expected
                        && a.check.computed == b.check.computed && a.check.rows == b.check.rows;
                });
}

int ChecksModel::failedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return !r.check.ok; }));
}

int ChecksModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rows.size(); }
int ChecksModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const Check &c = row.check;
    const Table *t = m_store->table(row.entry, c.table);
    const Decimal difference = c.computed - c.expected;
    switch (role) {
    case EntryIdRole: return row.entry;
    case TableKindRole: return int(c.table);
    case RowsRole: {
        QVariantList rows;
        for (int r : c.rows)
            rows.append(r);
        return rows;
    }
    case ColumnIndexRole: return c.column;
    case OkRole: return c.ok;
    case SourcePageRole: {
        if (!t || c.rows.isEmpty())
            return 0;
        const int total = c.rows.last();
        if (total < 0 || total >= t->items.size() || c.column < 0 || c.column >= t->items[total].cells.size())
            return 0;
        return t->items[total].cells[c.column].source.page;
    }
    case ExactRole:
        switch (index.column()) {
        case ExpectedColumn: return c.expected.toString();
        case ComputedColumn: return c.computed.toString();
        case DifferenceColumn: return difference.toString();
        default: return {};
        }
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case ReportColumn: {
        const ReportEntry *e = m_store->entry(row.entry);
        if (!e)
            return {};
        return DisplayNames::report(*e);
    }
    case TableColumn: return t ? (t->title.isEmpty() ? tableKey(c.table) : t->title) : tableKey(c.table);
    case RuleColumn: return c.rule;
    case PeriodColumn: return t && c.column >= 0 && c.column < t->columns.size() ? t->columns[c.column].label : QString();
    case ExpectedColumn: return c.expected.toDouble();
    case ComputedColumn: return c.computed.toDouble();
    case DifferenceColumn: return difference.toDouble();
    case ResultColumn: return c.ok ? tr("OK") : tr("Fails");
    }
    return {};
}

QVariant ChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReportColumn: return tr("Report");
    case TableColumn: return tr("Table");
    case RuleColumn: return tr("Rule");
    case PeriodColumn: return tr("Period");
    case ExpectedColumn: return tr("Printed total");
    case ComputedColumn: return tr("Sum of parts");
    case DifferenceColumn: return tr("Difference");
    case ResultColumn: return tr("Result");
    }
    return {};
}

QHash<int, QByteArray> ChecksModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(TableKindRole, "tableKind");
    names.insert(RowsRole, "rows");
    names.insert(ColumnIndexRole, "columnIndex");
    names.insert(SourcePageRole, "sourcePage");
    names.insert(OkRole, "ok");
    names.insert(ExactRole, "exact");
    return names;
}

} // namespace ledgerlens
