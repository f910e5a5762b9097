#include "ChartGridModel.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <utility>

namespace ledgerlens {

using namespace ItemRoles;

ChartGridModel::ChartGridModel(ReportStore *store, QObject *parent)
    : SyncedTableModel(parent), m_store(store)
{
    // Every store change that can move a figure (cheap: a few hundred cells);
    // a report leaving is recomputed while the store still has it, without it.
    auto again = [this] { refresh(); };
    connect(store, &ReportStore::entryAboutToBeRemoved, this, [this](EntryId id) {
        m_leaving = id;
        refresh();
        m_leaving = 0;
    });
    connect(store, &ReportStore::entryMoved, this, again);
    connect(store, &ReportStore::tableReplaced, this, again);
    connect(store, &ReportStore::valueChanged, this, again);
    connect(store, &ReportStore::rowChanged, this, again);
    connect(store, &ReportStore::reportChanged, this, again);   // its currency may be another
    connect(store, &ReportStore::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(store, &ReportStore::cleared, this, [this] {
        m_grid = build();
        endResetModel();
        published();
    });
}

namespace {
// Keys that say which row or column of two grids is the same one.
QStringList rowKeys(const ChartGrid &g)
{
    QStringList out;
    QHash<QString, int> seen;
    for (const ChartRowHeader &r : g.rows)
        out << r.label + u'\x1f' + QString::number(seen[r.label]++);
    return out;
}

QStringList columnKeys(const ChartGrid &g)
{
    QStringList out;
    QHash<QString, int> seen;
    for (const ChartColumnHeader &c : g.columns) {
        const QString k = QString::number(c.entry) + u'\x1f' + c.period;
        out << k + u'\x1f' + QString::number(seen[k]++);
    }
    return out;
}

bool sameCell(const ChartCell &a, const ChartCell &b)
{
    return a.value == b.value && a.share == b.share && a.source.page == b.source.page
        && a.source.box == b.source.box && a.detail == b.detail;
}

bool sameColumn(const ChartColumnHeader &a, const ChartColumnHeader &b)
{
    return a.entry == b.entry && a.company == b.company && a.period == b.period && a.periodEnd == b.periodEnd
        && a.currency == b.currency && a.path == b.path;
}

// Survivors of `from` (indices into the old list, -1 = new), renumbered as
// after removing the others: the order they take.
QVector<int> survivorOrder(const QVector<int> &from, int oldCount)
{
    QVector<int> kept(oldCount, -1);
    for (int j : from)
        if (j >= 0)
            kept[j] = 0;
    for (int i = 0, n = 0; i < oldCount; ++i)
        if (kept[i] == 0)
            kept[i] = n++;
    QVector<int> order;
    for (int j : from)
        if (j >= 0)
            order.append(kept[j]);
    return order;
}
} // namespace

QVector<EntryId> ChartGridModel::entries() const
{
    QVector<EntryId> ids = m_store->ids();
    ids.removeAll(m_leaving);
    return ids;
}

void ChartGridModel::refresh()
{
    publish(build());
    published();
}

void ChartGridModel::publish(ChartGrid next)
{
    const QVector<int> fromRow = matchKeys(rowKeys(m_grid), rowKeys(next));
    const QVector<int> fromCol = matchKeys(columnKeys(m_grid), columnKeys(next));
    auto gone = [](const QVector<int> &from, int count) {
        QVector<bool> kept(count, false);
        for (int j : from)
            if (j >= 0)
                kept[j] = true;
        QVector<int> out;
        for (int i = 0; i < count; ++i)
            if (!kept[i])
                out.append(i);
        return out;
    };
    const int oldRows = m_grid.rows.size(), oldCols = m_grid.columns.size();
    removeRowRuns(gone(fromRow, oldRows), [this](int first, int count) {
        m_grid.rows.remove(first, count);
        m_grid.cells.remove(first, count);
    });
    removeColumnRuns(gone(fromCol, oldCols), [this](int first, int count) {
        m_grid.columns.remove(first, count);
        for (auto &row : m_grid.cells)
            row.remove(first, count);
    });
    const QVector<int> rowOrder = survivorOrder(fromRow, oldRows);
    reorderRows(rowOrder, [this, &rowOrder] {
        ChartGrid moved = m_grid;
        for (int i = 0; i < rowOrder.size(); ++i) {
            moved.rows[i] = m_grid.rows[rowOrder[i]];
            moved.cells[i] = m_grid.cells[rowOrder[i]];
        }
        m_grid = moved;
    });
    reorderColumns(survivorOrder(fromCol, oldCols), [this](int from, int count, int to) {
        auto moveRun = [&](auto &v) {
            const auto run = v.mid(from, count);
            v.remove(from, count);
            for (int k = 0; k < count; ++k)
                v.insert(to + k, run[k]);
        };
        moveRun(m_grid.columns);
        for (auto &row : m_grid.cells)
            moveRun(row);
    });
    // New columns take the staying rows' figures from the next grid.
    QVector<int> survivorRows, newCols, newRows;
    for (int j = 0; j < fromRow.size(); ++j)
        (fromRow[j] >= 0 ? survivorRows : newRows).append(j);
    for (int j = 0; j < fromCol.size(); ++j)
        if (fromCol[j] < 0)
            newCols.append(j);
    insertColumnRuns(newCols, [&](int first, int count) {
        for (int k = 0; k < count; ++k) {
            m_grid.columns.insert(first + k, next.columns[first + k]);
            for (int r = 0; r < m_grid.cells.size(); ++r)
                m_grid.cells[r].insert(first + k, next.cells[survivorRows[r]][first + k]);
        }
    });
    insertRowRuns(newRows, [&](int first, int count) {
        for (int k = 0; k < count; ++k) {
            m_grid.rows.insert(first + k, next.rows[first + k]);
            m_grid.cells.insert(first + k, next.cells[first + k]);
        }
    });
    // Same shape now: announce the figures and headers that differ.
    const ChartGrid shown = std::exchange(m_grid, std::move(next));
    for (int r = 0; r < m_grid.rows.size(); ++r) {
        if (m_grid.rows[r].colour != shown.rows[r].colour || m_grid.rows[r].label != shown.rows[r].label)
            emit headerDataChanged(Qt::Vertical, r, r);
        int first = -1, last = -1;
        for (int c = 0; c < m_grid.columns.size(); ++c) {
            if (sameCell(m_grid.cells[r][c], shown.cells[r][c]))
                continue;
            first = first < 0 ? c : first;
            last = c;
        }
        if (first >= 0)
            emit dataChanged(index(r, first), index(r, last));
    }
    for (int c = 0; c < m_grid.columns.size(); ++c)
        if (!sameColumn(m_grid.columns[c], shown.columns[c]))
            emit headerDataChanged(Qt::Horizontal, c, c);
}

int ChartGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.rows.size();
}

int ChartGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.columns.size();
}

QVariant ChartGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ChartCell &cell = m_grid.cells[index.row()][index.column()];
    const ChartColumnHeader &col = m_grid.columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.value ? QVariant(cell.value->toDouble()) : QVariant();
    case ExactValueRole:
        return cell.value ? cell.value->normalized().toString() : QString();
    case ShareRole:
        return cell.share ? QVariant(*cell.share) : QVariant();
    case SourceRole:
        if (!cell.source.isValid())
            return {};
        return QVariant::fromValue(CellSource{col.entry, col.path, cell.source});
    case SourcePageRole:
        return cell.source.page;
    case SourceBoxRole:
        return cell.source.box;
    case EntryIdRole:
        return col.entry;
    case DetailRole:
        return cell.detail;
    case Qt::DecorationRole:
        return m_grid.rows[index.row()].colour;
    default:
        return {};
    }
}

QVariant ChartGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_grid.rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_grid.rows[section].label;
        if (role == Qt::DecorationRole)
            return m_grid.rows[section].colour;
        return {};
    }
    if (section < 0 || section >= m_grid.columns.size())
        return {};
    const ChartColumnHeader &c = m_grid.columns[section];
    switch (role) {
    case Qt::DisplayRole:
        return c.company.isEmpty() ? c.period : c.company + QLatin1Char('\n') + c.period;
    case HeaderCompanyRole:
        return c.company;
    case HeaderPeriodRole:
        return c.period;
    case HeaderPeriodEndRole:
        return c.periodEnd;
    case EntryIdRole:
        return c.entry;
    case CurrencyRole:
        return c.currency;
    default:
        return {};
    }
}

int ChartGridModel::exponentOf(qint64 unit)
{
    int e = 0;
    while (unit >= 10 && unit % 10 == 0) {
        unit /= 10;
        ++e;
    }
    return e;
}

Decimal ChartGridModel::inUnit(const Decimal &value, qint64 tableUnit, qint64 displayUnit)
{
    return value.shifted(exponentOf(tableUnit) - exponentOf(displayUnit));
}

bool ChartGridModel::isTotalLabel(const QString &label)
{
    static const QRegularExpression total(QStringLiteral(
        "^(total|sub-?total|grand total|總計|总计|合計|合计|總額|总额|小計|小计)(?![A-Za-z])|^\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return total.match(label.simplified()).hasMatch();
}

QStringList ChartGridModel::sourceFilings() const
{
    QStringList out;
    QVector<EntryId> seen;
    for (const ChartColumnHeader &c : m_grid.columns) {
        if (seen.contains(c.entry))
            continue;
        seen.append(c.entry);
        const Report *r = m_store->report(c.entry);
        if (!r)
            continue;
        QStringList parts;
        parts << (r->company.isEmpty() ? c.company : r->company);
        if (!r->stockCode.isEmpty())
            parts << QStringLiteral("(%1)").arg(r->stockCode);
        if (!r->kind.isEmpty())
            parts << r->kind;
        if (r->periodEnd.isValid())
            parts << r->periodEnd.toString(Qt::ISODate);
        out << parts.join(QLatin1Char(' ')) + QStringLiteral(" — ") + QFileInfo(c.path).fileName();
    }
    return out;
}

QString ChartGridModel::shortCompany(const QString &company)
{
    QString s = company.simplified();
    // Legal-form tails carry no meaning on a chart axis.
    static const QRegularExpression tail(QStringLiteral(
        "(\\s+(Group|Holdings?|International|Company|Co\\.?|Corporation|Corp\\.?|Limited|Ltd\\.?|Inc\\.?|plc|PLC))+$"
        "|(控股|集團|集团|國際|国际)?(股份)?有限公司$"));
    s.remove(tail);
    return s.isEmpty() ? company.simplified() : s;
}

QString ChartGridModel::periodCaption(const Column &column)
{
    if (!column.periodEnd.isValid())
        return column.label;
    const QDate d = column.periodEnd;
    if (column.months == 12)
        return QStringLiteral("FY%1").arg(d.year());
    if (column.months == 6 && (d.month() == 6 || d.month() == 12))
        return QStringLiteral("%1H %2").arg(d.month() == 6 ? 1 : 2).arg(d.year());
    if (column.months > 0)
        return QStringLiteral("%1M to %2").arg(column.months).arg(QLocale::c().toString(d, QStringLiteral("MMM yyyy")));
    return QLocale::c().toString(d, QStringLiteral("d MMM yyyy"));
}

ChartColumnHeader ChartGridModel::columnHeader(EntryId id, const ReportEntry &entry, const Column &column)
{
    ChartColumnHeader h;
    h.entry = id;
    h.company = shortCompany(entry.effective.company);
    if (h.company.isEmpty())
        h.company = QFileInfo(entry.path).completeBaseName();
    h.period = periodCaption(column);
    h.periodEnd = column.periodEnd;
    h.currency = entry.effective.currency;
    h.path = entry.path;
    return h;
}

} // namespace ledgerlens
