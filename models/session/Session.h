#pragma once

#include "domain/TableKind.h"

#include <QObject>
#include <QStringList>

namespace ledgerlens {

class ReportStore;
struct DisplaySettings;

// The one owner of what the analyst is looking at: the display unit, the
// current table and the reports open. Widgets show it and set it; nobody
// keeps a copy. The store gets the unit and table as the workspace's display
// settings (so a save or an autosave has them) from here only.
//
//   session.setDisplayUnit(1000000);     // every panel follows displayUnitChanged
//   session.apply(store.displaySettings());  // after a workspace was read
class Session : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 displayUnit READ displayUnit WRITE setDisplayUnit NOTIFY displayUnitChanged)
public:
    explicit Session(ReportStore *store, QObject *parent = nullptr);

    // 1, 1000 or 1000000; anything else reads as thousands, as statements print.
    qint64 displayUnit() const { return m_displayUnit; }
    void setDisplayUnit(qint64 unit);
    static qint64 validUnit(qint64 unit);

    TableKind currentTable() const { return m_currentTable; }
    void setCurrentTable(TableKind kind);

    // Paths of the reports in the store that did not fail, in comparison order.
    QStringList openReports() const;

    // A workspace's saved view (opened or recovered) becomes the current one.
    void apply(const DisplaySettings &display);

    // The app settings: the last session's unit, table and reports.
    void restoreFromSettings();
    void saveToSettings() const;

signals:
    void displayUnitChanged(qint64 unit);
    void currentTableChanged(ledgerlens::TableKind kind);
    void openReportsChanged();

private:
    void rememberInStore();

    ReportStore *m_store;
    qint64 m_displayUnit = 1000;
    TableKind m_currentTable = TableKind::ProfitOrLoss;
};

} // namespace ledgerlens
