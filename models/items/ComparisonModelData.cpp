// ComparisonModel: what each cell and header says, and edits.
#include "ComparisonModel.h"

#include <algorithm>

#include "ColumnHeaderText.h"
#include "checks/SummedBlock.h"
#include "store/FigureText.h"
#include "taxonomy/Taxonomy.h"

#include <QFileInfo>

namespace ledgerlens {

using namespace ItemRoles;

namespace {
QString exactText(const std::optional<Decimal> &v, int exponent)
{
    return v ? v->shifted(exponent).toString() : QString();
}
} // namespace

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ComparisonRow &row = m_rows[index.row()];
    const Col &col = m_cols[index.column()];
    const CellAddress cell = cellAt(index);
    const Table *t = tableOf(col.entry);
    const LineItem *item = cell.isValid() && t ? &t->items[cell.row] : nullptr;
    if (row.isFold() && role != EntryIdRole && role != ColumnIndexRole && role != CurrencyRole)
        return foldData(index, role);

    switch (role) {
    case EntryIdRole: return col.entry;
    case ColumnIndexRole: return col.column;
    case TableRowRole: return cell.row;
    case RowKindRole: return int(item ? item->kind : row.kind);
    case CanonicalRole: return item ? item->canonical : row.canonical;
    case LabelRole: return item ? item->label : row.label;
    case CurrencyRole: return t ? t->currency : QString();
    case PerShareRole: return item ? item->isPerShare() : !row.valueUnit.isEmpty();
    case ValueUnitRole: return item ? item->valueUnit : row.valueUnit;
    default: break;
    }
    if (!item || cell.column >= item->cells.size())
        return {};
    const Cell &c = item->cells[cell.column];
    const int exponent = exponentFor(*t, *item);
    switch (role) {
    case Qt::DisplayRole:
        return c.value ? QVariant(c.value->shifted(exponent).toDouble()) : QVariant();
    case Qt::EditRole:
    case ExactValueRole:
        return exactText(c.value, exponent);
    case SourceRole: {
        const ReportEntry *e = m_store->entry(col.entry);
        return QVariant::fromValue(CellSource{col.entry, e ? e->path : QString(), c.source});
    }
    case SourcePageRole: return c.source.page;
    case SourceBoxRole: return c.source.box;
    case IsCorrectedRole: return m_store->correctionAt(cell).has_value();
    case OriginalValueRole: {
        const auto corr = m_store->correctionAt(cell);
        return corr ? QVariant(exactText(corr->extractedValue, exponent)) : QVariant();
    }
    case CorrectionNoteRole: {
        const auto corr = m_store->correctionAt(cell);
        return corr ? corr->note : QString();
    }
    case CheckFailedRole: {
        const Report *r = m_store->report(col.entry);
        if (!r)
            return false;
        for (const Check &ch : r->checks) {
            if (!ch.ok && ch.table == m_kind && ch.column == cell.column && ch.rows.contains(cell.row))
                return true;
        }
        return false;
    }
    case RestatedRole:
        return m_restated.contains((quint64(quint32(index.row())) << 32) | quint32(index.column()));
    default:
        return {};
    }
}

bool ComparisonModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const CellAddress cell = cellAt(index);
    const Table *t = tableOf(m_cols[index.column()].entry);
    if (!cell.isValid() || !t) {
        m_lastError = tr("This report has no such line item.");
        return false;
    }
    if (m_rows[index.row()].isFold() && cellsAt(index).size() != 1) {
        m_lastError = tr("This figure adds up several printed lines: turn off View > Standardised Rows to correct one of them.");
        return false;
    }
    const FigureText::Parsed parsed = FigureText::parse(value.toString());
    if (!parsed.ok) {
        m_lastError = parsed.error;
        return false;
    }
    m_store->setValue(cell, toTableUnit(cell, parsed.value));
    return true;
}

std::optional<Decimal> ComparisonModel::toTableUnit(const CellAddress &cell, const std::optional<Decimal> &typed) const
{
    const Table *t = m_store->table(cell.entry, cell.table);
    if (!typed || !t || cell.row < 0 || cell.row >= t->items.size())
        return typed;
    return typed->shifted(-exponentFor(*t, t->items[cell.row])).normalized();
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const ComparisonRow &row = m_rows[section];
        if (row.isFold()) {
            switch (role) {
            case Qt::DisplayRole: return foldRowLabel(row);
            case Qt::ToolTipRole:
                return tr("Lines only one report prints in this part of the statement, added up; "
                          "each figure\u2019s tooltip lists its lines");
            case LabelRole: return row.label;
            case CanonicalRole: return row.foldKey;
            case RowKindRole: return int(RowKind::Item);
            case DerivedLabelRole: return false;
            default: return {};
            }
        }
        switch (role) {
        case Qt::DisplayRole: return rowLabel(row);
        case Qt::ToolTipRole: return rowToolTip(row);
        case LabelRole: return row.label;
        case CanonicalRole: return row.canonical;
        case RowKindRole: return int(row.kind);
        case DerivedLabelRole: return row.labelIn(chineseUi()).isEmpty() && !row.derivedLabel.isEmpty();
        default: return {};
        }
    }
    if (section < 0 || section >= m_cols.size())
        return {};
    const Col &col = m_cols[section];
    const ReportEntry *e = m_store->entry(col.entry);
    const Table *t = tableOf(col.entry);
    if (!e || !t || col.column >= t->columns.size())
        return {};
    const Column &c = t->columns[col.column];
    switch (role) {
    case Qt::DisplayRole: return heading(section)->display;
    case Qt::ToolTipRole: return heading(section)->toolTip;
    case HeaderLinesRole: return heading(section)->lines;
    case HeaderPeriodFormsRole: return heading(section)->periodForms;
    case HeaderCompanyRole: return heading(section)->company;
    case HeaderPeriodRole: return c.label;
    case HeaderPeriodEndRole: return c.periodEnd;
    case HeaderSegmentRole: return c.segment;
    case EntryIdRole: return col.entry;
    case ColumnIndexRole: return col.column;
    case CurrencyRole: return t->currency;
    default: return {};
    }
}

const ComparisonModel::Heading *ComparisonModel::heading(int section) const
{
    const Col &col = m_cols[section];
    const quint64 key = (quint64(quint32(col.entry)) << 32) | quint32(col.column);
    auto it = m_headings.find(key);
    if (it == m_headings.end()) {
        const ColumnHeaderText text(*m_store->entry(col.entry), *tableOf(col.entry), col.column, m_displayUnit);
        it = m_headings.insert(key, {text.display(), text.toolTip(), text.company(), text.lines(), text.periodForms()});
    }
    return &*it;
}

void ComparisonModel::forgetHeadings(EntryId id)
{
    for (auto it = m_headings.begin(); it != m_headings.end();)
        it = quint32(it.key() >> 32) == quint32(id) ? m_headings.erase(it) : std::next(it);
}

QString ComparisonModel::rowLabel(const ComparisonRow &row) const
{
    const QString printed = row.labelIn(chineseUi());
    // A per-share row names its unit, which the column header does not.
    if (!row.valueUnit.isEmpty() && !printed.isEmpty() && !printed.contains(row.valueUnit, Qt::CaseInsensitive))
        return QStringLiteral("%1 (%2)").arg(printed, row.valueUnit);
    if (!printed.isEmpty() || row.derivedLabel.isEmpty())
        return printed;
    // The derived name is stored in English; a Chinese UI shows the key's Chinese variant.
    const QString zh = chineseUi() ? Taxonomy::builtin().chineseName(row.canonical, m_uiLanguage == QLatin1String("zh_CN"))
                                   : QString();
    return zh.isEmpty() ? row.derivedLabel : zh;
}

QString ComparisonModel::rowToolTip(const ComparisonRow &row) const
{
    // A key the analyst chose for the company says so.
    QString mapped;
    for (int ti = 0; ti < row.sourceRows.size() && ti < m_entries.size() && mapped.isEmpty(); ++ti) {
        const Table *t = tableOf(m_entries[ti]);
        const int r = row.sourceRows[ti];
        if (t && r >= 0 && r < t->items.size() && t->items[r].userMapped)
            mapped = tr("User mapping: %1 (your key for this company\u2019s filings)")
                         .arg(Taxonomy::builtin().displayName(row.canonical));
    }
    // An unmapped row holding several reports was lined up by its words alone.
    if (row.canonical.isEmpty() && row.kind != RowKind::Heading
        && std::count_if(row.sourceRows.cbegin(), row.sourceRows.cend(), [](int r) { return r >= 0; }) > 1)
        mapped = tr("No key: these reports print the same caption");
    const QString labels = rowLabelsToolTip(row);
    if (mapped.isEmpty())
        return labels;
    return labels.isEmpty() ? mapped : labels + u'\n' + mapped;
}

QString ComparisonModel::rowLabelsToolTip(const ComparisonRow &row) const
{
    if (!row.labelIn(chineseUi()).isEmpty())
        return row.otherLabel(chineseUi());
    if (row.derivedLabel.isEmpty())
        return {};
    // Why the name: the block of the first report whose row was named from it.
    for (int ti = 0; ti < row.sourceRows.size() && ti < m_entries.size(); ++ti) {
        const Table *t = tableOf(m_entries[ti]);
        const int r = row.sourceRows[ti];
        if (!t || r < 0 || r >= t->items.size() || t->items[r].derivedLabel.isEmpty())
            continue;
        const SummedBlock block = SummedBlock::of(*t, r);
        if (!block.isValid())
            break;
        return tr("Derived from the arithmetic: sums rows %1 to %2 (\u201c%3\u201d to \u201c%4\u201d)")
            .arg(block.first + 1)
            .arg(block.last + 1)
            .arg(t->items[block.first].label, t->items[block.last].label);
    }
    return tr("Derived from the arithmetic");
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const CellAddress cell = cellAt(index);
    const Table *t = cell.isValid() ? tableOf(cell.entry) : nullptr;
    if (t && cell.column < t->items[cell.row].cells.size() && t->items[cell.row].kind != RowKind::Heading
        && (!m_rows[index.row()].isFold() || cellsAt(index).size() == 1))
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> ComparisonModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ExactValueRole, "exactValue");
    names.insert(SourceRole, "source");
    names.insert(SourcePageRole, "sourcePage");
    names.insert(SourceBoxRole, "sourceBox");
    names.insert(EntryIdRole, "entryId");
    names.insert(TableRowRole, "tableRow");
    names.insert(ColumnIndexRole, "columnIndex");
    names.insert(RowKindRole, "rowKind");
    names.insert(IsCorrectedRole, "isCorrected");
    names.insert(OriginalValueRole, "originalValue");
    names.insert(CorrectionNoteRole, "correctionNote");
    names.insert(CheckFailedRole, "checkFailed");
    names.insert(RestatedRole, "restated");
    names.insert(CanonicalRole, "canonical");
    names.insert(LabelRole, "label");
    names.insert(CurrencyRole, "currency");
    names.insert(DerivedLabelRole, "derivedLabel");
    return names;
}

} // namespace ledgerlens
