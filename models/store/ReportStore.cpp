#include "ReportStore.h"

#include "FileHash.h"
#include "ReportStorePrivate.h"
#include "UndoRebinder.h"

namespace ledgerlens {

ReportStore::ReportStore(QObject *parent)
    : QObject(parent), d(new Private)
{
    qRegisterMetaType<ledgerlens::EntryId>("ledgerlens::EntryId");
    qRegisterMetaType<ledgerlens::TableKind>("ledgerlens::TableKind");
    d->undo = new QUndoStack(this);
    connect(d->undo, &QUndoStack::cleanChanged, this, [this] { touchStructure(); });
}

ReportStore::~ReportStore()
{
    delete d;
}

int ReportStore::count() const { return d->entries.size(); }

QVector<EntryId> ReportStore::ids() const
{
    QVector<EntryId> out;
    out.reserve(d->entries.size());
    d->visits += d->entries.size();
    for (const auto &e : d->entries)
        out.append(e->id);
    return out;
}

EntryId ReportStore::idAt(int index) const
{
    return index >= 0 && index < d->entries.size() ? d->entries[index]->id : 0;
}

int ReportStore::indexOf(EntryId id) const { return d->position(id); }

quint64 ReportStore::entriesVisited() const { return d->visits; }

const ReportEntry *ReportStore::entry(EntryId id) const { return d->find(id); }

const Report *ReportStore::report(EntryId id) const
{
    const ReportEntry *e = d->find(id);
    return e && e->state.phase == LoadState::Ready ? &e->effective : nullptr;
}

const Table *ReportStore::table(EntryId id, TableKind kind) const
{
    const Report *r = report(id);
    return r ? r->table(kind) : nullptr;
}

std::optional<Decimal> ReportStore::value(const CellAddress &cell) const
{
    const Table *t = table(cell.entry, cell.table);
    if (!t || cell.row < 0 || cell.row >= t->items.size())
        return std::nullopt;
    const auto &cells = t->items[cell.row].cells;
    return cell.column >= 0 && cell.column < cells.size() ? cells[cell.column].value : std::nullopt;
}

EntryId ReportStore::addEntry(const QString &path, int index)
{
    auto e = std::make_shared<ReportEntry>();
    e->id = d->nextId++;
    e->path = path;
    if (index < 0 || index > d->entries.size())
        index = d->entries.size();
    emit entryAboutToBeAdded(e->id, index);
    const bool append = index == d->entries.size();
    d->entries.insert(index, e);
    d->byId.insert(e->id, e.get());
    if (append && d->positionsValid)
        d->positions.insert(e->id, index);
    else
        d->positionsValid = false;
    d->corrections.insert(e->id, {});
    d->structureDirty = true;
    emit entryAdded(e->id, index);
    touchStructure();
    return e->id;
}

bool ReportStore::removeEntry(EntryId id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    emit entryAboutToBeRemoved(id, index);
    d->entries.removeAt(index);
    d->byId.remove(id);
    if (index == d->entries.size())
        d->positions.remove(id);   // the last one: the others keep their places
    else
        d->positionsValid = false;
    d->corrections.remove(id);
    d->decisions.remove(id);
    d->structureDirty = true;
    emit entryRemoved(id, index);
    emit correctionsChanged(id);
    touchStructure();
    return true;
}

bool ReportStore::moveEntry(EntryId id, int toIndex)
{
    const int from = indexOf(id);
    if (from < 0 || toIndex < 0 || toIndex >= d->entries.size() || from == toIndex)
        return false;
    emit entryAboutToBeMoved(id, from, toIndex);
    d->entries.move(from, toIndex);
    d->positionsValid = false;
    d->structureDirty = true;
    emit entryMoved(id, from, toIndex);
    touchStructure();
    return true;
}

void ReportStore::clear()
{
    emit aboutToBeCleared();
    d->undo->clear();
    d->entries.clear();
    d->byId.clear();
    d->positions.clear();
    d->positionsValid = true;
    d->corrections.clear();
    d->decisions.clear();
    d->loadedOnce.clear();
    d->nextId = d->nextId; // ids are never reused while the store lives
    d->structureDirty = false;
    d->display = {};
    // The user's mappings stay (they are the analyst's, not the workspace's);
    // none belongs to the next workspace until it uses or opens it.
    d->mappings.setInWorkspace(false);
    emit cleared();
    touchStructure();
}

void ReportStore::setLoading(EntryId id, int pagesDone, int pageCount)
{
    ReportEntry *e = d->find(id);
    if (!e)
        return;
    const bool started = e->state.phase != LoadState::Loading;
    e->state.phase = LoadState::Loading;
    e->state.pagesDone = pagesDone;
    e->state.pageCount = pageCount;
    e->state.reason.clear();
    // A page more is not a new state: the models over the tables ignore it.
    if (started)
        emit loadStateChanged(id);
    emit loadProgress(id, pagesDone, pageCount);
}

void ReportStore::setReport(EntryId id, const Report &report)
{
    ReportEntry *e = d->find(id);
    if (!e)
        return;
    EntryCorrections &c = d->corrections[id];
    const bool reloaded = d->loadedOnce.contains(id);
    d->loadedOnce.insert(id);
    const QList<TableKind> before = e->effective.tables.keys();
    Report &recognised = d->decisions[id].recognised;
    recognised = report;
    if (recognised.path.isEmpty())
        recognised.path = e->path;
    e->state = LoadState{LoadState::Ready, 0, 0, {}};
    if (e->sha256.isEmpty())
        e->sha256 = fileSha256Hex(e->path);
    checkDecisions(*e);
    composeExtracted(*e);

    QVector<Correction> toMatch = c.applied + c.pending;
    c.applied.clear();
    c.pending.clear();
    const int mismatchedBefore = c.mismatched.size();
    for (const Correction &old : toMatch) {
        if (auto m = matchCorrection(e->extracted, old))
            c.applied.append(*m);
        else
            c.mismatched.append(old);
    }
    if (reloaded) {
        // Undo commands follow their cells to the rows of this extraction
        // (the corrections themselves were re-matched above).
        d->muted = true;
        if (rebindUndoStack(d->undo, id, e->extracted) > 0)
            d->structureDirty = true;
        d->muted = false;
    }
    e->effective = e->extracted;
    for (TableKind kind : e->extracted.tables.keys())
        rebuildTable(*e, kind);
    refreshChecks(*e);
    emit loadStateChanged(id);
    announceTables(id, before);
    emit reportChanged(id);
    emit correctionsChanged(id);
    if (c.mismatched.size() != mismatchedBefore) {
        d->structureDirty = true; // the mismatch list is saved state the user must see
        emit mismatchedCorrectionsChanged(id);
        touchStructure();
    }
}

void ReportStore::setFailed(EntryId id, const QString &reason)
{
    ReportEntry *e = d->find(id);
    if (!e)
        return;
    const bool wasReady = e->state.phase == LoadState::Ready;
    e->state = LoadState{LoadState::Failed, 0, 0, reason};
    if (wasReady) {
        // Keep the corrections: they wait for a successful load again.
        EntryCorrections &c = d->corrections[id];
        c.pending = c.applied + c.pending;
        c.applied.clear();
        const QList<TableKind> before = e->effective.tables.keys();
        e->extracted = {};
        e->effective = {};
        announceTables(id, before);
        emit reportChanged(id);
        emit correctionsChanged(id);
    }
    emit loadStateChanged(id);
}

bool ReportStore::relocate(EntryId id, const QString &newPath)
{
    ReportEntry *e = d->find(id);
    if (!e || newPath.isEmpty())
        return false;
    e->path = newPath;
    if (e->state.phase == LoadState::Ready) {
        EntryCorrections &c = d->corrections[id];
        c.pending = c.applied + c.pending;
        c.applied.clear();
        const QList<TableKind> before = e->effective.tables.keys();
        e->extracted = {};
        e->effective = {};
        e->state = LoadState{};
        announceTables(id, before);
        emit reportChanged(id);
        emit correctionsChanged(id);
    }
    e->state = LoadState{};
    d->structureDirty = true;
    emit loadStateChanged(id);
    touchStructure();
    return true;
}

void ReportStore::setFileHash(EntryId id, const QByteArray &sha256Hex)
{
    if (ReportEntry *e = d->find(id)) {
        if (e->sha256 != sha256Hex) {
            e->sha256 = sha256Hex;
            d->structureDirty = true;
            touchStructure();
        }
    }
}

QUndoStack *ReportStore::undoStack() const { return d->undo; }

DisplaySettings ReportStore::displaySettings() const { return d->display; }

void ReportStore::setDisplaySettings(const DisplaySettings &settings)
{
    if (settings == d->display)
        return;
    d->display = settings;
    d->structureDirty = true;
    emit displaySettingsChanged();
    touchStructure();
}

void ReportStore::rememberDisplaySettings(const DisplaySettings &settings)
{
    if (settings == d->display)
        return;
    d->display = settings;
    emit displaySettingsChanged();
}

bool ReportStore::isModified() const
{
    return d->structureDirty || !d->undo->isClean();
}

void ReportStore::markSaved()
{
    d->structureDirty = false;
    d->undo->setClean();
    touchStructure();
}

void ReportStore::markModified()
{
    d->structureDirty = true;
    touchStructure();
}

// Emits contentChanged and, when it flips, modifiedChanged.
void ReportStore::touchStructure()
{
    const bool modified = isModified();
    if (modified != d->lastModified) {
        d->lastModified = modified;
        emit modifiedChanged(modified);
    }
    emit contentChanged();
}

void ReportStore::announceTables(EntryId id, const QList<TableKind> &before)
{
    const ReportEntry *e = d->find(id);
    QList<TableKind> kinds = before;
    for (TableKind k : e ? e->effective.tables.keys() : QList<TableKind>())
        if (!kinds.contains(k))
            kinds.append(k);
    for (TableKind k : kinds)
        emit tableReplaced(id, k);
}

void ReportStore::rebuildTable(ReportEntry &e, TableKind kind)
{
    const auto src = e.extracted.tables.constFind(kind);
    if (src == e.extracted.tables.constEnd())
        return;
    Table t = *src;
    applyUserMappings(e, t);
    for (const Correction &c : d->corrections.value(e.id).applied) {
        if (c.table != kind || c.row < 0 || c.row >= t.items.size())
            continue;
        LineItem &item = t.items[c.row];
        switch (c.field) {
        case Correction::Field::Value:
            if (c.column >= 0 && c.column < item.cells.size())
                item.cells[c.column].value = c.correctedValue;
            break;
        case Correction::Field::Label: item.label = c.correctedText; break;
        case Correction::Field::Canonical:
            // The element belonged to the extracted key; a hand-picked key has none.
            if (item.canonical != c.correctedText)
                item.ifrs.clear();
            item.canonical = c.correctedText;
            break;
        }
    }
    e.effective.tables[kind] = t;
}

// An uncorrected report keeps the extractor's checks; a corrected one is
// re-checked whole (checks may span tables), so undoing the last correction
// restores the extractor's checks exactly.
void ReportStore::refreshChecks(ReportEntry &e)
{
    bool mapped = false;
    for (const Table &t : e.effective.tables)
        for (const LineItem &it : t.items)
            mapped = mapped || it.userMapped;
    bool decided = false;
    for (const TableDecision &t : d->decisions.value(e.id).decisions)
        decided = decided || !t.stale;
    e.effective.checks = d->corrections.value(e.id).applied.isEmpty() && !mapped && !decided
        ? e.extracted.checks
        : rerunChecks(e.effective);
}

} // namespace ledgerlens
