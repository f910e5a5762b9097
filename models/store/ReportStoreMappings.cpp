// ReportStore: the analyst's user mappings, applied under every report of the
// company they were made for.
#include "ReportStorePrivate.h"

namespace ledgerlens {

namespace {

std::optional<UserMapping> mappingOf(const UserMappings &mappings, const QString &company, TableKind kind,
                                     const LineItem &item)
{
    if (item.kind == RowKind::Heading)
        return std::nullopt;
    if (auto m = mappings.find(company, kind, item.label))
        return m;
    return item.labelZh.isEmpty() ? std::nullopt : mappings.find(company, kind, item.labelZh);
}

} // namespace

void ReportStore::applyUserMappings(const ReportEntry &e, Table &t) const
{
    if (d->mappings.isEmpty())
        return;
    const QString company = UserMappings::companyOf(e.extracted);
    if (company.isEmpty())
        return;
    for (LineItem &item : t.items) {
        const auto m = mappingOf(d->mappings, company, t.kind, item);
        if (!m)
            continue;
        if (item.canonical != m->key)
            item.ifrs.clear(); // the element belonged to the extracted key
        item.canonical = m->key;
        item.userMapped = true;
    }
}

const UserMappings &ReportStore::userMappings() const { return d->mappings; }

std::optional<UserMapping> ReportStore::userMappingFor(EntryId id, TableKind kind, int row) const
{
    const ReportEntry *e = d->find(id);
    const Table *t = e ? e->extracted.table(kind) : nullptr;
    if (!t || row < 0 || row >= t->items.size())
        return std::nullopt;
    return mappingOf(d->mappings, UserMappings::companyOf(e->extracted), kind, t->items[row]);
}

UserMappings ReportStore::workspaceMappings() const
{
    QSet<QString> compared;
    for (const auto &e : d->entries)
        if (e->state.phase == LoadState::Ready)
            compared.insert(UserMappings::companyOf(e->extracted));
    UserMappings out;
    for (const UserMapping &m : d->mappings.all())
        if (m.inWorkspace || compared.contains(m.company))
            out.set(m);
    return out;
}

void ReportStore::mergeUserMappings(const UserMappings &mappings)
{
    const UserMappings before = d->mappings;
    d->mappings.merge(mappings);
    if (d->mappings == before)
        return;
    QSet<QPair<QString, int>> touched;
    for (const UserMapping &m : mappings.all())
        touched.insert({m.company, int(m.table)});
    for (const auto &[company, kind] : touched)
        rekeyCompany(company, TableKind(kind));
    emit userMappingsChanged();
    touchStructure();
}

void ReportStore::applyUserMapping(const QString &company, TableKind kind, const QString &label,
                                   const std::optional<UserMapping> &state)
{
    if (d->muted)
        return;
    if (state)
        d->mappings.set(*state);
    else
        d->mappings.remove(company, kind, label);
    rekeyCompany(company, kind);
    emit userMappingsChanged();
    touchStructure();
}

// Re-applies mappings and corrections to the company's tables of one kind,
// announcing the rows whose key changed.
void ReportStore::rekeyCompany(const QString &company, TableKind kind)
{
    for (const auto &e : d->entries) {
        if (e->state.phase != LoadState::Ready || UserMappings::companyOf(e->extracted) != company
            || !e->effective.tables.contains(kind))
            continue;
        const Table old = e->effective.tables.value(kind);
        rebuildTable(*e, kind);
        const Table &now = e->effective.tables[kind];
        bool any = false;
        for (int r = 0; r < now.items.size() && r < old.items.size(); ++r) {
            if (now.items[r].canonical == old.items[r].canonical && now.items[r].userMapped == old.items[r].userMapped)
                continue;
            any = true;
            emit rowChanged(e->id, kind, r);
        }
        if (any) {
            refreshChecks(*e);
            for (TableKind k : e->effective.tables.keys())
                emit checksChanged(e->id, k);
        }
    }
}

} // namespace ledgerlens
