#include "Settings.h"

#include <QDir>
#include <QSettings>
#include <QVariant>

namespace ledgerlens {

namespace {
// The keys as written on disk: renaming one loses every user's value.
namespace Key {
const char WindowGeometry[] = "window/geometry";
const char WindowState[] = "window/state";
const char DisplayUnit[] = "ui/displayUnit";
const char StandardisedRows[] = "ui/standardisedRows";
const char CurrentTable[] = "ui/table";
const char SessionFiles[] = "session/files";
const char Language[] = "ui/language";
const char LastOpenDir[] = "ui/lastDir";
const char TableExportDir[] = "statements/exportDir";
const char AuditExportDir[] = "review/exportDir";
const char RecentFiles[] = "recent/files";
const char RecentWorkspaces[] = "recent/workspaces";
const char UserMappings[] = "mappings/user";
} // namespace Key

QVariant value(const char *key, const QVariant &fallback = {})
{
    return QSettings().value(QLatin1String(key), fallback);
}

void setValue(const char *key, const QVariant &v) { QSettings().setValue(QLatin1String(key), v); }

QString dirOrHome(const char *key) { return value(key, QDir::homePath()).toString(); }
} // namespace

QByteArray Settings::windowGeometry() { return value(Key::WindowGeometry).toByteArray(); }
QByteArray Settings::windowState() { return value(Key::WindowState).toByteArray(); }

void Settings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    setValue(Key::WindowGeometry, geometry);
    setValue(Key::WindowState, state);
}

void Settings::clearWindowLayout()
{
    QSettings s;
    s.remove(QLatin1String(Key::WindowGeometry));
    s.remove(QLatin1String(Key::WindowState));
}

qint64 Settings::displayUnit(qint64 fallback) { return value(Key::DisplayUnit, fallback).toLongLong(); }
void Settings::setDisplayUnit(qint64 unit) { setValue(Key::DisplayUnit, unit); }
bool Settings::standardisedRows() { return value(Key::StandardisedRows, true).toBool(); }
void Settings::setStandardisedRows(bool on) { setValue(Key::StandardisedRows, on); }
QString Settings::currentTable() { return value(Key::CurrentTable).toString(); }
void Settings::setCurrentTable(const QString &key) { setValue(Key::CurrentTable, key); }
bool Settings::hasSessionFiles() { return QSettings().contains(QLatin1String(Key::SessionFiles)); }
QStringList Settings::sessionFiles() { return value(Key::SessionFiles).toStringList(); }
void Settings::setSessionFiles(const QStringList &paths) { setValue(Key::SessionFiles, paths); }

QString Settings::language() { return value(Key::Language).toString(); }
void Settings::setLanguage(const QString &code) { setValue(Key::Language, code); }

QString Settings::lastOpenDir() { return dirOrHome(Key::LastOpenDir); }
void Settings::setLastOpenDir(const QString &dir) { setValue(Key::LastOpenDir, dir); }
QString Settings::tableExportDir() { return dirOrHome(Key::TableExportDir); }
void Settings::setTableExportDir(const QString &dir) { setValue(Key::TableExportDir, dir); }
QString Settings::auditExportDir() { return dirOrHome(Key::AuditExportDir); }
void Settings::setAuditExportDir(const QString &dir) { setValue(Key::AuditExportDir, dir); }

QStringList Settings::recentFiles() { return value(Key::RecentFiles).toStringList(); }
void Settings::setRecentFiles(const QStringList &paths) { setValue(Key::RecentFiles, paths); }
QStringList Settings::recentWorkspaces() { return value(Key::RecentWorkspaces).toStringList(); }
void Settings::setRecentWorkspaces(const QStringList &paths) { setValue(Key::RecentWorkspaces, paths); }

QByteArray Settings::userMappings() { return value(Key::UserMappings).toByteArray(); }
void Settings::setUserMappings(const QByteArray &json) { setValue(Key::UserMappings, json); }

} // namespace ledgerlens
