#include "CorrectionsModel.h"

#include "store/DisplayNames.h"


namespace ledgerlens {

using namespace ItemRoles;

CorrectionsModel::CorrectionsModel(ReportStore *store, QObject *parent)
    : SyncedTableModel(parent), m_store(store)
{
    connect(store, &ReportStore::correctionsChanged, this, &CorrectionsModel::rebuild);
    connect(store, &ReportStore::mismatchedCorrectionsChanged, this, &CorrectionsModel::rebuild);
    connect(store, &ReportStore::entryMoved, this, &CorrectionsModel::rebuild);
    connect(store, &ReportStore::entryRemoved, this, &CorrectionsModel::rebuild);
    connect(store, &ReportStore::reportChanged, this, &CorrectionsModel::rebuild);
    connect(store, &ReportStore::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(store, &ReportStore::cleared, this, [this] {
        m_rows.clear();
        endResetModel();
    });
    rebuild();
}

// The corrections that came or went are inserted or removed; the others keep
// their rows (and a view its selection).
void CorrectionsModel::rebuild()
{
    QVector<Row> next;
    for (EntryId id : m_store->ids()) {
        for (const Correction &c : m_store->corrections(id))
            next.append({c, false});
        for (const Correction &c : m_store->pendingCorrections(id))
            next.append({c, false});
    }
    for (const Correction &c : m_store->mismatchedCorrections())
        next.append({c, true});
    syncRowList(m_rows, next,
                [](const Row &r) {
                    return QStringLiteral("%1|%2|%3|%4|%5|%6")
                        .arg(r.c.entry).arg(int(r.c.table)).arg(int(r.c.field)).arg(r.c.row).arg(r.c.column)
                        .arg(r.mismatched);
                },
                [](const Row &a, const Row &b) { return a.mismatched == b.mismatched && a.c == b.c; });
}

Correction CorrectionsModel::correctionAt(int row) const { return m_rows.value(row).c; }

int CorrectionsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rows.size(); }
int CorrectionsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CorrectionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const Correction &c = row.c;
    switch (role) {
    case EntryIdRole: return c.entry;
    case TableKindRole: return int(c.table);
    case RowRole: return c.row;
    case ColumnIndexRole: return c.column;
    case FieldRole: return int(c.field);
    case MismatchedRole: return row.mismatched;
    case SourcePageRole: return c.page;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case ReportColumn: {
        const ReportEntry *e = m_store->entry(c.entry);
        if (!e)
            return {};
        return DisplayNames::report(*e);
    }
    case TableColumn: {
        const Table *t = m_store->table(c.entry, c.table);
        return t && !t->title.isEmpty() ? t->title : tableKey(c.table);
    }
    case LineItemColumn: return c.rowLabel;
    case PeriodColumn:
        switch (c.field) {
        case Correction::Field::Value: return c.columnLabel;
        case Correction::Field::Label: return tr("(label)");
        case Correction::Field::Canonical: return tr("(mapping)");
        }
        return {};
    case ExtractedColumn: return c.extractedDisplay();
    case CorrectedColumn: return c.correctedDisplay();
    case NoteColumn: return c.note;
    case WhoColumn: return c.user;
    case WhenColumn: return c.timestamp;
    case PageColumn: return c.page > 0 ? QVariant(c.page) : QVariant();
    case StatusColumn:
        if (row.mismatched)
            return tr("Mismatched: the PDF changed");
        return m_store->report(c.entry) ? tr("Applied") : tr("Pending load");
    }
    return {};
}

QVariant CorrectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReportColumn: return tr("Report");
    case TableColumn: return tr("Table");
    case LineItemColumn: return tr("Line item");
    case PeriodColumn: return tr("Period");
    case ExtractedColumn: return tr("Extracted");
    case CorrectedColumn: return tr("Corrected");
    case NoteColumn: return tr("Note");
    case WhoColumn: return tr("Who");
    case WhenColumn: return tr("When (UTC)");
    case PageColumn: return tr("Page");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> CorrectionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(TableKindRole, "tableKind");
    names.insert(RowRole, "row");
    names.insert(ColumnIndexRole, "columnIndex");
    names.insert(FieldRole, "field");
    names.insert(MismatchedRole, "mismatched");
    names.insert(SourcePageRole, "sourcePage");
    return names;
}

} // namespace ledgerlens
