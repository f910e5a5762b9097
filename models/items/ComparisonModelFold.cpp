// ComparisonModel: the standardised layout's fold rows ("Other current
// assets"), which add up the printed lines only one report prints.
#include "ComparisonModel.h"

#include "store/FigureText.h"
#include "taxonomy/FoldTargets.h"

namespace ledgerlens {

using namespace ItemRoles;

void ComparisonModel::setStandardised(bool on)
{
    if (on == m_standardised)
        return;
    m_standardised = on;
    // The same reports, other rows: moved, removed and inserted, never a reset.
    sync(m_entries);
    emit standardisedChanged(on);
}

QVector<ComparisonRow> ComparisonModel::layoutOf(const QVector<EntryId> &entries) const
{
    QVector<const Table *> tables;
    QVector<QVector<Check>> checks;
    for (EntryId id : entries) {
        tables.append(m_store->table(id, m_kind));
        const Report *r = m_store->report(id);
        checks.append(r ? r->checks : QVector<Check>());
    }
    const QVector<ComparisonRow> printed = ComparisonLayout::alignRows(tables);
    return m_standardised ? ComparisonLayout::standardise(printed, tables, checks) : printed;
}

QVector<CellAddress> ComparisonModel::cellsAt(const QModelIndex &index) const
{
    const CellAddress first = cellAt(index);
    if (!first.isValid())
        return {};
    const ComparisonRow &row = m_rows[index.row()];
    if (!row.isFold())
        return {first};
    const Table *t = tableOf(first.entry);
    QVector<CellAddress> out;
    for (int r : row.folded.value(m_cols[index.column()].entryIndex))
        if (t && r >= 0 && r < t->items.size())
            out.append({first.entry, m_kind, r, first.column});
    return out;
}

QString ComparisonModel::foldRowLabel(const ComparisonRow &row) const
{
    const FoldTarget *target = FoldTargets::builtin().find(m_kind, row.foldKey);
    return target ? target->nameIn(m_uiLanguage) : row.label;
}

QVariant ComparisonModel::foldData(const QModelIndex &index, int role) const
{
    const ComparisonRow &row = m_rows[index.row()];
    const QVector<CellAddress> cells = cellsAt(index);
    const Table *t = cells.isEmpty() ? nullptr : tableOf(cells.first().entry);
    switch (role) {
    case TableRowRole: return cells.isEmpty() ? -1 : cells.first().row;
    case RowKindRole: return int(RowKind::Item);
    case CanonicalRole: return row.foldKey;
    case LabelRole: return foldRowLabel(row);
    case PerShareRole: return false;
    case ValueUnitRole: return QString();
    case RestatedRole: return false;
    case Qt::ToolTipRole: return foldToolTip(index);
    default: break;
    }
    if (!t)
        return {};
    const int exponent = exponentFor(*t);
    // The exact sum of the printed figures; nil when none prints one.
    std::optional<Decimal> sum, original;
    bool corrected = false, failed = false;
    QStringList notes;
    const Cell *source = nullptr;
    for (const CellAddress &c : cells) {
        const LineItem &item = t->items[c.row];
        if (c.column >= item.cells.size())
            continue;
        const Cell &cell = item.cells[c.column];
        if (cell.value) {
            sum = sum ? *sum + *cell.value : *cell.value;
            if (!source)
                source = &cell;
        }
        const auto corr = m_store->correctionAt(c);
        corrected = corrected || corr.has_value();
        if (corr && !corr->note.isEmpty())
            notes << corr->note;
        const std::optional<Decimal> printed = corr ? corr->extractedValue : cell.value;
        if (printed)
            original = original ? *original + *printed : *printed;
        failed = failed || m_failing.value(c.entry).contains((quint64(quint32(c.row)) << 32) | quint32(c.column));
    }
    if (!source) {
        const LineItem &item = t->items[cells.first().row];
        source = cells.first().column < item.cells.size() ? &item.cells[cells.first().column] : nullptr;
    }
    switch (role) {
    case Qt::DisplayRole: return sum ? QVariant(sum->shifted(exponent).toDouble()) : QVariant();
    case Qt::EditRole:
    case ExactValueRole: return sum ? sum->shifted(exponent).toString() : QString();
    case SourceRole: {
        const ReportEntry *e = m_store->entry(cells.first().entry);
        return QVariant::fromValue(CellSource{cells.first().entry, e ? e->path : QString(),
                                              source ? source->source : SourceRef()});
    }
    case SourcePageRole: return source ? source->source.page : 0;
    case SourceBoxRole: return source ? source->source.box : QRectF();
    case IsCorrectedRole: return corrected;
    case OriginalValueRole: return corrected ? QVariant(original ? original->shifted(exponent).toString() : QString()) : QVariant();
    case CorrectionNoteRole: return notes.join(QStringLiteral("; "));
    case CheckFailedRole: return failed;
    default: return {};
    }
}

// "Adds up 3 printed lines:" then each line's label and figure as printed
// (its table's unit), so the analyst sees what the one figure holds.
QString ComparisonModel::foldToolTip(const QModelIndex &index) const
{
    const QVector<CellAddress> cells = cellsAt(index);
    const Table *t = cells.isEmpty() ? nullptr : tableOf(cells.first().entry);
    if (!t)
        return {};
    QStringList lines;
    for (const CellAddress &c : cells) {
        const LineItem &item = t->items[c.row];
        const std::optional<Decimal> v = c.column < item.cells.size() ? item.cells[c.column].value : std::nullopt;
        QString label = chineseUi() && !item.labelZh.isEmpty() ? item.labelZh : item.label;
        if (label.isEmpty())
            label = item.derivedLabel;
        lines << tr("%1: %2").arg(label, FigureText::format(v));
    }
    return tr("Adds up %n printed line(s):", nullptr, int(cells.size())) + u'\n' + lines.join(u'\n');
}

} // namespace ledgerlens
