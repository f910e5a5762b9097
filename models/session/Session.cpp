#include "Session.h"

#include "Settings.h"
#include "store/ReportStore.h"

namespace ledgerlens {

Session::Session(ReportStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    setObjectName(QStringLiteral("session"));
    connect(store, &ReportStore::entryAdded, this, &Session::openReportsChanged);
    connect(store, &ReportStore::entryRemoved, this, &Session::openReportsChanged);
    connect(store, &ReportStore::loadStateChanged, this, &Session::openReportsChanged);
    connect(store, &ReportStore::cleared, this, &Session::openReportsChanged);
    rememberInStore();
}

qint64 Session::validUnit(qint64 unit)
{
    return unit == 1 || unit == 1000000 ? unit : 1000;
}

void Session::setDisplayUnit(qint64 unit)
{
    unit = validUnit(unit);
    if (unit == m_displayUnit)
        return;
    m_displayUnit = unit;
    rememberInStore();
    emit displayUnitChanged(unit);
}

void Session::setCurrentTable(TableKind kind)
{
    if (kind == m_currentTable)
        return;
    m_currentTable = kind;
    rememberInStore();
    emit currentTableChanged(kind);
}

QStringList Session::openReports() const
{
    QStringList paths;
    for (EntryId id : m_store->ids())
        if (const ReportEntry *e = m_store->entry(id); e && e->state.phase != LoadState::Failed)
            paths << e->path;
    return paths;
}

void Session::apply(const DisplaySettings &display)
{
    setDisplayUnit(display.displayUnit);
    setCurrentTable(display.currentTable);
    rememberInStore();
}

void Session::rememberInStore()
{
    // A view preference, not review work: saved with the workspace but not an unsaved change.
    DisplaySettings display;
    display.displayUnit = m_displayUnit;
    display.currentTable = m_currentTable;
    m_store->rememberDisplaySettings(display);
}

void Session::restoreFromSettings()
{
    setDisplayUnit(Settings::displayUnit(m_displayUnit));
    TableKind kind;
    if (tableKindFromKey(Settings::currentTable(), &kind))
        setCurrentTable(kind);
}

void Session::saveToSettings() const
{
    Settings::setDisplayUnit(m_displayUnit);
    Settings::setCurrentTable(tableKey(m_currentTable));
    Settings::setSessionFiles(openReports());
}

} // namespace ledgerlens
