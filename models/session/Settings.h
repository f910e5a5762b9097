#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ledgerlens {

// Every key the app keeps in QSettings, in one place: callers ask for a
// value by meaning, never by a string, so a key cannot be misspelt in one
// of the places that read it. Values are the user's preferences and the
// last session; review work lives in workspace files, not here.
class Settings
{
public:
    // The window: geometry and the dock layout (QMainWindow::saveState).
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
    static void clearWindowLayout();

    // View state of the last session (see Session).
    static qint64 displayUnit(qint64 fallback);
    static void setDisplayUnit(qint64 unit);
    static bool standardisedRows();                // View > Standardised Rows; on unless turned off
    static void setStandardisedRows(bool on);
    static QString currentTable();                 // a tableKey(); "" = none saved
    static void setCurrentTable(const QString &key);
    static bool hasSessionFiles();                 // false on a first start
    static QStringList sessionFiles();
    static void setSessionFiles(const QStringList &paths);

    static QString language();                     // "" = never chosen
    static void setLanguage(const QString &code);

    // Where the last file dialog of each kind was.
    static QString lastOpenDir();                  // home when none
    static void setLastOpenDir(const QString &dir);
    static QString tableExportDir();
    static void setTableExportDir(const QString &dir);
    static QString auditExportDir();
    static void setAuditExportDir(const QString &dir);

    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &paths);
    static QStringList recentWorkspaces();
    static void setRecentWorkspaces(const QStringList &paths);

    // The analyst's own row mappings (UserMappings JSON).
    static QByteArray userMappings();
    static void setUserMappings(const QByteArray &json);
};

} // namespace ledgerlens
