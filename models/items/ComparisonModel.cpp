#include "ComparisonModel.h"

namespace ledgerlens {

namespace {
int log10Of(qint64 v)
{
    int n = 0;
    while (v >= 10 && v % 10 == 0) {
        v /= 10;
        ++n;
    }
    return n;
}

quint64 cellKey(int row, int col) { return (quint64(quint32(row)) << 32) | quint32(col); }
} // namespace

ComparisonModel::ComparisonModel(ReportStore *store, TableKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_kind(kind)
{
    auto reset = [this] { rebuild(); };
    connect(store, &ReportStore::entryAdded, this, [this] { maybeRebuild(); });
    connect(store, &ReportStore::entryRemoved, this, [this] { maybeRebuild(); });
    connect(store, &ReportStore::loadStateChanged, this, [this] { maybeRebuild(); });
    connect(store, &ReportStore::entryMoved, this, reset);
    connect(store, &ReportStore::reportChanged, this, reset);
    connect(store, &ReportStore::cleared, this, reset);
    connect(store, &ReportStore::rowChanged, this, [this](EntryId, TableKind k) {
        if (k == m_kind)
            rebuild(); // a label/canonical fix can re-align rows
    });
    connect(store, &ReportStore::valueChanged, this, &ComparisonModel::onValueChanged);
    connect(store, &ReportStore::checksChanged, this, [this](EntryId id, TableKind k) {
        const int first = firstColumnOf(id);
        if (k != m_kind || first < 0 || m_rows.isEmpty())
            return;
        int last = first;
        while (last + 1 < m_cols.size() && m_cols[last + 1].entry == id)
            ++last;
        emit dataChanged(index(0, first), index(m_rows.size() - 1, last), {CheckFailedRole});
    });
    rebuild();
}

void ComparisonModel::setTableKind(TableKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuild();
}

void ComparisonModel::setDisplayUnit(qint64 unit)
{
    if (unit <= 0 || unit == m_displayUnit)
        return;
    m_displayUnit = unit;
    if (!m_rows.isEmpty() && !m_cols.isEmpty())
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, m_cols.size() - 1));
    if (!m_cols.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, m_cols.size() - 1);  // the headings name the unit
    emit displayUnitChanged(unit);
}

void ComparisonModel::setUiLanguage(const QString &code)
{
    if (code == m_uiLanguage)
        return;
    m_uiLanguage = code;
    if (!m_rows.isEmpty())
        emit headerDataChanged(Qt::Vertical, 0, m_rows.size() - 1);
    if (!m_cols.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, m_cols.size() - 1);  // periods and units are words too
}

QVector<EntryId> ComparisonModel::memberEntries() const
{
    QVector<EntryId> out;
    for (EntryId id : m_store->ids()) {
        if (m_store->table(id, m_kind))
            out.append(id);
    }
    return out;
}

void ComparisonModel::maybeRebuild()
{
    if (memberEntries() != m_entries)
        rebuild();
}

void ComparisonModel::rebuild()
{
    beginResetModel();
    m_entries = memberEntries();
    QVector<const Table *> tables;
    for (EntryId id : m_entries)
        tables.append(m_store->table(id, m_kind));
    m_rows = ComparisonLayout::alignRows(tables);
    m_cols.clear();
    for (const ComparisonColumn &c : ComparisonLayout::columns(tables))
        m_cols.append({m_entries[c.table], c.table, c.column});
    recomputeRestated();
    endResetModel();
}

const Table *ComparisonModel::tableOf(EntryId id) const { return m_store->table(id, m_kind); }

int ComparisonModel::exponentFor(const Table &t) const
{
    return log10Of(t.unit) - log10Of(m_displayUnit);
}

int ComparisonModel::exponentFor(const Table &t, const LineItem &item) const
{
    return item.isPerShare() ? 0 : exponentFor(t);
}

namespace {
// Only the same company's two reports can restate each other's figures.
bool sameFiler(const Report *a, const Report *b)
{
    if (!a || !b)
        return false;
    if (!a->stockCode.isEmpty() && !b->stockCode.isEmpty())
        return a->stockCode.toInt() == b->stockCode.toInt(); // "0020" and "20" are one code
    return !a->company.isEmpty() && a->company.compare(b->company, Qt::CaseInsensitive) == 0;
}
} // namespace

// A period printed by two reports of one company with a different figure on
// the same canonical row: the later report restated a comparative (or one misread).
void ComparisonModel::recomputeRestated()
{
    m_restated.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].canonical.isEmpty())
            continue;
        for (int a = 0; a < m_cols.size(); ++a) {
            const CellAddress ca = cellAt(index(r, a));
            if (!ca.isValid())
                continue;
            const Table *ta = tableOf(ca.entry);
            const Column &pa = ta->columns[ca.column];
            const auto va = m_store->value(ca);
            if (!pa.periodEnd.isValid() || !va)
                continue;
            for (int b = a + 1; b < m_cols.size(); ++b) {
                if (m_cols[b].entry == m_cols[a].entry
                    || !sameFiler(m_store->report(m_cols[a].entry), m_store->report(m_cols[b].entry)))
                    continue;
                const CellAddress cb = cellAt(index(r, b));
                if (!cb.isValid())
                    continue;
                const Table *tb = tableOf(cb.entry);
                const Column &pb = tb->columns[cb.column];
                if (pb.periodEnd != pa.periodEnd || pb.months != pa.months || pb.segment != pa.segment)
                    continue;
                if (!ta->currency.isEmpty() && !tb->currency.isEmpty() && ta->currency != tb->currency)
                    continue;
                const auto vb = m_store->value(cb);
                if (vb && va->shifted(log10Of(ta->unit)) != vb->shifted(log10Of(tb->unit))) {
                    m_restated.insert(cellKey(r, a));
                    m_restated.insert(cellKey(r, b));
                }
            }
        }
    }
}

void ComparisonModel::onValueChanged(EntryId id, TableKind kind, int row, int column)
{
    if (kind != m_kind)
        return;
    const QModelIndex idx = indexForCell({id, kind, row, column});
    if (!idx.isValid())
        return;
    recomputeRestated();
    // The whole row: restatement marks of the other reports' cells may flip.
    emit dataChanged(index(idx.row(), 0), index(idx.row(), m_cols.size() - 1));
}

int ComparisonModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rows.size(); }
int ComparisonModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_cols.size(); }

CellAddress ComparisonModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_cols.size())
        return {};
    const Col &c = m_cols[index.column()];
    const int row = m_rows[index.row()].sourceRows.value(c.entryIndex, -1);
    if (row < 0)
        return {};
    return {c.entry, m_kind, row, c.column};
}

QModelIndex ComparisonModel::indexForCell(const CellAddress &cell) const
{
    if (cell.table != m_kind)
        return {};
    for (int col = 0; col < m_cols.size(); ++col) {
        if (m_cols[col].entry != cell.entry || m_cols[col].column != cell.column)
            continue;
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows[r].sourceRows.value(m_cols[col].entryIndex, -1) == cell.row)
                return index(r, col);
        }
    }
    return {};
}

int ComparisonModel::firstColumnOf(EntryId id) const
{
    for (int col = 0; col < m_cols.size(); ++col) {
        if (m_cols[col].entry == id)
            return col;
    }
    return -1;
}

QModelIndex ComparisonModel::indexForSource(EntryId id, int page, QPointF pagePoint) const
{
    const Table *t = tableOf(id);
    if (!t)
        return {};
    constexpr double tolerance = 4.0;
    CellAddress best;
    double bestDistance = tolerance;
    for (int r = 0; r < t->items.size(); ++r) {
        for (int c = 0; c < t->items[r].cells.size(); ++c) {
            const SourceRef &s = t->items[r].cells[c].source;
            if (s.page != page || s.box.isNull())
                continue;
            const QRectF &b = s.box;
            const double dx = qMax(qMax(b.left() - pagePoint.x(), 0.0), pagePoint.x() - b.right());
            const double dy = qMax(qMax(b.top() - pagePoint.y(), 0.0), pagePoint.y() - b.bottom());
            const double distance = qMax(dx, dy);
            if (distance < bestDistance || (!best.isValid() && distance <= bestDistance)) {
                bestDistance = distance;
                best = {id, m_kind, r, c};
            }
        }
    }
    return best.isValid() ? indexForCell(best) : QModelIndex();
}

} // namespace ledgerlens
