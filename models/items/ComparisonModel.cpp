#include "ComparisonModel.h"

namespace ledgerlens {

using namespace ItemRoles;

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
    : SyncedTableModel(parent), m_store(store), m_kind(kind)
{
    // A leaving report goes while the store still has it; the others once
    // the store has changed. A queued or loading report has no table yet.
    connect(store, &ReportStore::entryAboutToBeRemoved, this, [this](EntryId id) {
        if (m_entries.contains(id))
            sync(memberEntries(id));
        forgetHeadings(id);
    });
    connect(store, &ReportStore::entryMoved, this, [this](EntryId id) {
        if (m_entries.contains(id))
            sync(memberEntries());
    });
    connect(store, &ReportStore::tableReplaced, this, [this](EntryId id, TableKind k) {
        if (k != m_kind)
            return;
        forgetHeadings(id);   // before the views ask again
        sync(memberEntries(), {id});
    });
    // The company, filing and file the headings name (a table replaced says so too).
    connect(store, &ReportStore::reportChanged, this, &ComparisonModel::forgetHeadings);
    connect(store, &ReportStore::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(store, &ReportStore::cleared, this, [this] {
        m_entries.clear();
        m_rows.clear();
        m_cols.clear();
        m_restated.clear();
        m_failing.clear();
        m_headings.clear();
        endResetModel();
    });
    connect(store, &ReportStore::rowChanged, this, &ComparisonModel::onRowChanged);
    connect(store, &ReportStore::valueChanged, this, &ComparisonModel::onValueChanged);
    connect(store, &ReportStore::checksChanged, this, &ComparisonModel::onChecksChanged);
    rebuild();
}

void ComparisonModel::setTableKind(TableKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuild();   // another table altogether
}

void ComparisonModel::setDisplayUnit(qint64 unit)
{
    if (unit <= 0 || unit == m_displayUnit)
        return;
    m_displayUnit = unit;
    m_headings.clear();   // the headings name the unit
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
    m_headings.clear();
    if (!m_rows.isEmpty())
        emit headerDataChanged(Qt::Vertical, 0, m_rows.size() - 1);
    if (!m_cols.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, m_cols.size() - 1);  // periods and units are words too
}

QVector<EntryId> ComparisonModel::memberEntries(EntryId leaving) const
{
    QVector<EntryId> out;
    for (EntryId id : m_store->ids()) {
        if (id != leaving && m_store->table(id, m_kind))
            out.append(id);
    }
    return out;
}

void ComparisonModel::rebuild()
{
    beginResetModel();
    m_headings.clear();
    m_entries = memberEntries();
    QVector<const Table *> tables;
    for (EntryId id : m_entries)
        tables.append(m_store->table(id, m_kind));
    m_rows = layoutOf(m_entries);
    m_cols.clear();
    for (const ComparisonColumn &c : ComparisonLayout::columns(tables))
        m_cols.append({m_entries[c.table], c.table, c.column});
    m_failing.clear();
    for (EntryId id : m_entries)
        m_failing.insert(id, failingCells(id));
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
    const QVector<CellAddress> restated = restatedCells();
    emit dataChanged(idx, idx);
    // Restatement marks of the other reports' cells may flip with it.
    announceRestated(restated);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rows.size(); }
int ComparisonModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_cols.size(); }

CellAddress ComparisonModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_cols.size())
        return {};
    const Col &c = m_cols[index.column()];
    const int row = m_rows[index.row()].sourceRows.value(c.entryIndex, -1);
    const Table *t = row < 0 ? nullptr : tableOf(c.entry);
    // Bounds too: mid-way through a re-sync rows may still point into a replaced table.
    if (!t || row >= t->items.size() || c.column >= t->columns.size())
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
        const int ti = m_cols[col].entryIndex;
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows[r].sourceRows.value(ti, -1) == cell.row || m_rows[r].folded.value(ti).contains(cell.row))
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
