// ReportStore: the analyst's table decisions (use this region / no such table).
#include "ReportStore.h"

#include "FileHash.h"
#include "ReportStorePrivate.h"
#include "StoreCommands.h"

namespace ledgerlens {

bool ReportStore::pushTableDecision(EntryId id, TableKind kind, const std::optional<TableDecision> &after)
{
    const ReportEntry *e = d->find(id);
    if (!e || e->state.phase != LoadState::Ready)
        return false;
    const std::optional<TableDecision> before = tableDecision(id, kind);
    if (before == after)
        return false;
    d->undo->push(new TableDecisionCommand(this, id, kind, before, after, EditTexts::tableDecision(kind, after)));
    return true;
}

namespace {
TableDecision newDecision(const ReportEntry &e, TableKind kind, const QString &note)
{
    TableDecision t;
    t.kind = kind;
    t.sha256 = e.sha256;
    t.note = note;
    t.user = currentUserName();
    t.timestamp = QDateTime::currentDateTimeUtc();
    return t;
}
} // namespace

bool ReportStore::useTableRegion(EntryId id, const TableRegion &region, const Table &read, const QString &note)
{
    const ReportEntry *e = d->find(id);
    if (!e || read.items.isEmpty())
        return false;
    TableDecision t = newDecision(*e, region.kind, note);
    t.region = region;
    Table table = read;
    table.kind = region.kind;
    d->decisions[id].read.insert(region.toString(), table);
    return pushTableDecision(id, region.kind, t);
}

bool ReportStore::rejectTable(EntryId id, TableKind kind, const QString &note)
{
    const ReportEntry *e = d->find(id);
    return e && pushTableDecision(id, kind, newDecision(*e, kind, note));
}

bool ReportStore::clearTableDecision(EntryId id, TableKind kind)
{
    return pushTableDecision(id, kind, std::nullopt);
}

std::optional<TableDecision> ReportStore::tableDecision(EntryId id, TableKind kind) const
{
    const auto it = d->decisions.constFind(id);
    if (it == d->decisions.constEnd() || !it->decisions.contains(kind))
        return std::nullopt;
    return it->decisions.value(kind);
}

QVector<TableDecision> ReportStore::tableDecisions(EntryId id) const
{
    const auto it = d->decisions.constFind(id);
    return it == d->decisions.constEnd() ? QVector<TableDecision>() : QVector<TableDecision>(it->decisions.begin(), it->decisions.end());
}

QVector<TableRegion> ReportStore::regionsToRead(EntryId id) const
{
    QVector<TableRegion> out;
    const auto it = d->decisions.constFind(id);
    if (it == d->decisions.constEnd())
        return out;
    for (const TableDecision &t : it->decisions)
        if (t.region && !t.stale && !it->read.contains(t.region->toString()))
            out.append(*t.region);
    return out;
}

void ReportStore::setRegionTable(EntryId id, const TableRegion &region, const Table &read)
{
    ReportEntry *e = d->find(id);
    if (!e)
        return;
    Table table = read;
    table.kind = region.kind;
    d->decisions[id].read.insert(region.toString(), table);
    if (e->state.phase == LoadState::Ready)
        applyTableDecision(id, region.kind, tableDecision(id, region.kind));
}

const Table *ReportStore::recognisedTable(EntryId id, TableKind kind) const
{
    const auto it = d->decisions.constFind(id);
    const ReportEntry *e = d->find(id);
    if (it == d->decisions.constEnd() || !e || e->state.phase != LoadState::Ready)
        return nullptr;
    return it->recognised.table(kind);
}

void ReportStore::restoreTableDecisions(EntryId id, const QVector<TableDecision> &decisions)
{
    EntryDecisions &x = d->decisions[id];
    for (const TableDecision &t : decisions)
        x.decisions.insert(t.kind, t);
    emit tableDecisionsChanged(id);
}

void ReportStore::applyTableDecision(EntryId id, TableKind kind, const std::optional<TableDecision> &state)
{
    ReportEntry *e = d->find(id);
    if (!e || d->muted)
        return;
    EntryDecisions &x = d->decisions[id];
    if (state)
        x.decisions.insert(kind, *state);
    else
        x.decisions.remove(kind);
    if (e->state.phase == LoadState::Ready) {
        const QList<TableKind> before = e->effective.tables.keys();
        composeExtracted(*e);
        e->effective = e->extracted;
        for (TableKind k : e->extracted.tables.keys())
            rebuildTable(*e, k);
        refreshChecks(*e);
        announceTables(id, before);
        for (TableKind k : e->effective.tables.keys())
            emit checksChanged(id, k);
        emit reportChanged(id);
    }
    emit tableDecisionsChanged(id);
    touchStructure();
}

void ReportStore::composeExtracted(ReportEntry &e)
{
    const EntryDecisions &x = d->decisions[e.id];
    e.extracted = x.recognised;
    for (const TableDecision &t : x.decisions) {
        if (t.stale)
            continue;   // made on other bytes: the recognised table until reviewed
        if (!t.region) {
            e.extracted.tables.remove(t.kind);
            continue;
        }
        // Not read yet (a workspace just opened): the recognised table meanwhile.
        const auto read = x.read.constFind(t.region->toString());
        if (read != x.read.constEnd())
            e.extracted.tables.insert(t.kind, *read);
    }
}

void ReportStore::checkDecisions(ReportEntry &e)
{
    EntryDecisions &x = d->decisions[e.id];
    if (x.decisions.isEmpty())
        return;
    // Hashed afresh: an in-session reload learns the new hash only after this.
    const QByteArray now = fileSha256Hex(e.path);
    bool changed = false;
    for (TableDecision &t : x.decisions) {
        if (t.stale || t.sha256.isEmpty() || now.isEmpty() || t.sha256 == now)
            continue;
        t.stale = true;
        changed = true;
        e.review.insert(t.kind, ReviewStatus::Flagged);
        emit reviewStatusChanged(e.id, t.kind);
    }
    if (!changed)
        return;
    x.read.clear();   // the regions' figures were the old PDF's
    d->structureDirty = true;
    emit tableDecisionsChanged(e.id);
}

} // namespace ledgerlens
