// ReportStore: reviewer edits (through undo commands), corrections, review.
#include "ReportStore.h"

#include "ReportStorePrivate.h"
#include "StoreCommands.h"

namespace ledgerlens {

namespace {
int findTarget(const QVector<Correction> &list, const Correction &target)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].sameTarget(target))
            return i;
    }
    return -1;
}

Correction targetOf(EntryId id, TableKind kind, Correction::Field field, int row, int column)
{
    Correction c;
    c.entry = id;
    c.table = kind;
    c.field = field;
    c.row = row;
    c.column = field == Correction::Field::Value ? column : -1;
    return c;
}
} // namespace

bool ReportStore::pushCorrection(const EditAddress &address, const std::optional<Correction> &after,
                                 const QString &text)
{
    const Correction target = address.target();
    const std::optional<Correction> before = target.field == Correction::Field::Value
        ? correctionAt({target.entry, target.table, target.row, target.column})
        : rowCorrection(target.entry, target.table, target.field, target.row);
    if (before == after)
        return false;
    d->undo->push(new CorrectionCommand(this, address, before, after, text));
    return true;
}

bool ReportStore::setValue(const CellAddress &cell, const std::optional<Decimal> &value, const QString &note)
{
    const ReportEntry *e = d->find(cell.entry);
    if (!e || e->state.phase != LoadState::Ready)
        return false;
    const Table *t = e->extracted.table(cell.table);
    if (!t || cell.row < 0 || cell.row >= t->items.size() || cell.column < 0
        || cell.column >= t->items[cell.row].cells.size())
        return false;
    const LineItem &item = t->items[cell.row];
    const EditAddress address = EditAddress::at(e->extracted, cell.entry, cell.table, Correction::Field::Value,
                                                cell.row, cell.column);
    Correction c = address.target();
    const std::optional<Correction> existing = correctionAt(cell);
    const QString text = EditTexts::correctValue(item.label, t->columns.value(cell.column).label, cell.table);
    // Re-typing a figure without a note keeps the note already given.
    const QString keptNote = note.isEmpty() && existing ? existing->note : note;
    if (value == item.cells[cell.column].value && keptNote.isEmpty())
        return pushCorrection(address, std::nullopt, text);
    if (existing && existing->correctedValue == value && existing->note == keptNote)
        return false;
    c.rowLabel = item.label;
    c.columnLabel = t->columns.value(cell.column).label;
    c.page = item.cells[cell.column].source.page;
    c.extractedValue = item.cells[cell.column].value;
    c.correctedValue = value;
    c.note = keptNote;
    c.user = currentUserName();
    c.timestamp = QDateTime::currentDateTimeUtc();
    return pushCorrection(address, c, text);
}

namespace {
// Shared by label and canonical fixes: both are row-level text.
std::optional<Correction> rowTextCorrection(const ReportEntry &e, TableKind kind, Correction::Field field,
                                            int row, const QString &value, const QString &note,
                                            const std::optional<Correction> &existing, bool *revert)
{
    *revert = false;
    const Table *t = e.extracted.table(kind);
    if (!t || row < 0 || row >= t->items.size())
        return std::nullopt;
    const LineItem &item = t->items[row];
    const QString extracted = field == Correction::Field::Label ? item.label : item.canonical;
    const QString keptNote = note.isEmpty() && existing ? existing->note : note;
    if (value == extracted && keptNote.isEmpty()) {
        *revert = true;
        return std::nullopt;
    }
    Correction c = targetOf(e.id, kind, field, row, -1);
    c.rowLabel = item.label;
    c.page = item.cells.isEmpty() ? (t->pages.isEmpty() ? 0 : t->pages.first()) : item.cells.first().source.page;
    c.extractedText = extracted;
    c.correctedText = value;
    c.note = keptNote;
    c.user = currentUserName();
    c.timestamp = QDateTime::currentDateTimeUtc();
    if (existing && existing->correctedText == value && existing->note == keptNote)
        return existing;
    return c;
}
} // namespace

bool ReportStore::setLabel(EntryId id, TableKind kind, int row, const QString &label, const QString &note)
{
    const ReportEntry *e = d->find(id);
    if (!e || e->state.phase != LoadState::Ready)
        return false;
    const auto existing = rowCorrection(id, kind, Correction::Field::Label, row);
    bool revert = false;
    const auto c = rowTextCorrection(*e, kind, Correction::Field::Label, row, label.simplified(), note, existing, &revert);
    if (!c && !revert)
        return false;
    return pushCorrection(EditAddress::at(e->extracted, id, kind, Correction::Field::Label, row), c,
                          EditTexts::rename(label.simplified(), kind));
}

bool ReportStore::setCanonical(EntryId id, TableKind kind, int row, const QString &canonical, const QString &note,
                               bool remember)
{
    const ReportEntry *e = d->find(id);
    if (!e || e->state.phase != LoadState::Ready)
        return false;
    const QString key = canonical.trimmed();
    const auto existing = rowCorrection(id, kind, Correction::Field::Canonical, row);
    bool revert = false;
    const auto c = rowTextCorrection(*e, kind, Correction::Field::Canonical, row, key, note, existing, &revert);
    // The company's choice for this caption, kept for its other filings.
    std::optional<UserMapping> before, after;
    const QString company = UserMappings::companyOf(e->extracted);
    const Table *extracted = e->extracted.table(kind);
    const QString label = extracted && row >= 0 && row < extracted->items.size() ? extracted->items[row].label : QString();
    if (remember && !company.isEmpty() && !label.trimmed().isEmpty()) {
        before = d->mappings.find(company, kind, label);
        after = UserMapping{company, kind, label, key, currentUserName(), QDateTime::currentDateTimeUtc(), true};
        if (before && before->key == key)
            after = before;
    }
    const bool mappingChanges = before != after;
    if (!c && !revert && !mappingChanges)
        return false;
    const QString text = EditTexts::mapRow(key, kind);
    const EditAddress address = EditAddress::at(e->extracted, id, kind, Correction::Field::Canonical, row);
    if (!mappingChanges)
        return pushCorrection(address, c, text);
    d->undo->beginMacro(text);
    pushCorrection(address, c, text);
    d->undo->push(new UserMappingCommand(this, company, kind, label, before, after));
    d->undo->endMacro();
    return true;
}

bool ReportStore::revert(EntryId id, TableKind kind, Correction::Field field, int row, int column)
{
    const ReportEntry *e = d->find(id);
    const EditAddress target = e ? EditAddress::at(e->extracted, id, kind, field, row, column)
                                 : EditAddress::at(Report{}, id, kind, field, row, column);
    const auto mapping = field == Correction::Field::Canonical ? userMappingFor(id, kind, row) : std::nullopt;
    if (!mapping)
        return pushCorrection(target, std::nullopt, EditTexts::revert(kind));
    // Back to the extractor's key: the company's remembered choice goes too.
    d->undo->beginMacro(EditTexts::revertMapping(kind));
    pushCorrection(target, std::nullopt, EditTexts::revert(kind));
    d->undo->push(new UserMappingCommand(this, mapping->company, kind, mapping->label, mapping, std::nullopt));
    d->undo->endMacro();
    return true;
}

bool ReportStore::setReviewStatus(EntryId id, TableKind kind, ReviewStatus status)
{
    const ReportEntry *e = d->find(id);
    if (!e || e->reviewStatus(kind) == status)
        return false;
    d->undo->push(new ReviewStatusCommand(this, id, kind, e->reviewStatus(kind), status));
    return true;
}

void ReportStore::applyCorrection(const EditAddress &address, const std::optional<Correction> &state)
{
    const EntryId id = address.entry;
    const Correction target = address.target();
    ReportEntry *e = d->find(id);
    if (d->muted || !e || e->state.phase != LoadState::Ready)
        return;
    QVector<Correction> &applied = d->corrections[id].applied;
    const int at = findTarget(applied, target);
    if (state) {
        if (at >= 0)
            applied[at] = *state;
        else
            applied.append(*state);
    } else if (at >= 0) {
        applied.removeAt(at);
    }
    rebuildTable(*e, target.table);
    refreshChecks(*e);
    if (target.field == Correction::Field::Value)
        emit valueChanged(id, target.table, target.row, target.column);
    else
        emit rowChanged(id, target.table, target.row);
    for (TableKind kind : e->effective.tables.keys())
        emit checksChanged(id, kind);
    emit correctionsChanged(id);
    touchStructure();
}

void ReportStore::applyReviewStatus(EntryId id, TableKind kind, ReviewStatus status)
{
    ReportEntry *e = d->find(id);
    if (d->muted || !e)
        return;
    if (status == ReviewStatus::Unreviewed)
        e->review.remove(kind);
    else
        e->review.insert(kind, status);
    emit reviewStatusChanged(id, kind);
    touchStructure();
}

QVector<Correction> ReportStore::corrections() const
{
    QVector<Correction> out;
    d->visits += d->entries.size();
    for (const auto &e : d->entries)
        out += d->corrections.value(e->id).applied;
    return out;
}

QVector<Correction> ReportStore::corrections(EntryId id) const { return d->corrections.value(id).applied; }

std::optional<Correction> ReportStore::correctionAt(const CellAddress &cell) const
{
    const auto &list = d->corrections.value(cell.entry).applied;
    const int at = findTarget(list, targetOf(cell.entry, cell.table, Correction::Field::Value, cell.row, cell.column));
    return at >= 0 ? std::optional<Correction>(list[at]) : std::nullopt;
}

std::optional<Correction> ReportStore::rowCorrection(EntryId id, TableKind kind, Correction::Field field, int row) const
{
    const auto &list = d->corrections.value(id).applied;
    const int at = findTarget(list, targetOf(id, kind, field, row, -1));
    return at >= 0 ? std::optional<Correction>(list[at]) : std::nullopt;
}

QVector<Correction> ReportStore::pendingCorrections(EntryId id) const { return d->corrections.value(id).pending; }

QVector<Correction> ReportStore::mismatchedCorrections(EntryId id) const
{
    return d->corrections.value(id).mismatched;
}

QVector<Correction> ReportStore::mismatchedCorrections() const
{
    QVector<Correction> out;
    d->visits += d->entries.size();
    for (const auto &e : d->entries)
        out += d->corrections.value(e->id).mismatched;
    return out;
}

bool ReportStore::dismissMismatchedCorrection(EntryId id, int index)
{
    auto it = d->corrections.find(id);
    if (it == d->corrections.end() || index < 0 || index >= it->mismatched.size())
        return false;
    it->mismatched.removeAt(index);
    d->structureDirty = true;
    emit mismatchedCorrectionsChanged(id);
    touchStructure();
    return true;
}

int ReportStore::reviewableTableCount(EntryId id) const
{
    const Report *r = report(id);
    if (!r)
        return 0;
    int n = 0;
    for (const Table &t : r->tables)
        n += t.isEmpty() ? 0 : 1;
    return n;
}

int ReportStore::reviewedTableCount(EntryId id) const
{
    const Report *r = report(id);
    const ReportEntry *e = d->find(id);
    if (!r || !e)
        return 0;
    int n = 0;
    for (const Table &t : r->tables)
        n += !t.isEmpty() && e->reviewStatus(t.kind) == ReviewStatus::Reviewed ? 1 : 0;
    return n;
}

QString ReportStore::reviewProgressText(EntryId id) const
{
    return tr("%1 of %2 tables reviewed").arg(reviewedTableCount(id)).arg(reviewableTableCount(id));
}

void ReportStore::restoreCorrections(EntryId id, const QVector<Correction> &corrections)
{
    ReportEntry *e = d->find(id);
    // Nothing to restore: nothing changed (a workspace of thousands of
    // reports would otherwise rebuild the corrections list once per report).
    if (!e || corrections.isEmpty())
        return;
    EntryCorrections &c = d->corrections[id];
    for (Correction k : corrections) {
        k.entry = id;
        c.pending.append(k);
    }
    if (e->state.phase == LoadState::Ready) {
        // Match now against the extraction already there.
        const QVector<Correction> toMatch = c.pending;
        c.pending.clear();
        bool mismatched = false;
        QList<TableKind> touched;
        for (const Correction &k : toMatch) {
            if (auto m = matchCorrection(e->extracted, k)) {
                const int at = findTarget(c.applied, *m);
                if (at >= 0)
                    c.applied[at] = *m;
                else
                    c.applied.append(*m);
                rebuildTable(*e, m->table);
                if (!touched.contains(m->table))
                    touched.append(m->table);
            } else {
                c.mismatched.append(k);
                mismatched = true;
            }
        }
        refreshChecks(*e);
        for (TableKind kind : touched)
            emit tableReplaced(id, kind);
        emit reportChanged(id);
        if (mismatched)
            emit mismatchedCorrectionsChanged(id);
    }
    emit correctionsChanged(id);
}

void ReportStore::restoreReviewStatus(EntryId id, TableKind kind, ReviewStatus status)
{
    ReportEntry *e = d->find(id);
    if (!e)
        return;
    if (status == ReviewStatus::Unreviewed)
        e->review.remove(kind);
    else
        e->review.insert(kind, status);
    emit reviewStatusChanged(id, kind);
}

} // namespace ledgerlens
