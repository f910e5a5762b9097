#pragma once

#include "domain/TableKind.h"
#include "store/StoreTypes.h"

#include <QFrame>

class QLabel;

namespace ledgerlens {

class ReportStore;

// A line over a statement tab per extractor warning about that table
// ("Profit or loss statement not recognised in <report> (page 12)"), each
// with links to pick the table by hand (when the report lacks it) and to
// extract the report again. Hidden when nothing was said.
class TableWarningsBanner : public QFrame
{
    Q_OBJECT
public:
    TableWarningsBanner(ReportStore *store, TableKind kind, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    // The reports it names, in store order.
    QVector<EntryId> entries() const { return m_entries; }
    void refresh();

signals:
    void retryRequested(ledgerlens::EntryId entry);
    // "Pick table by hand…": the report lacks the table; the analyst points at it.
    void pickRequested(ledgerlens::EntryId entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    ReportStore *m_store;
    TableKind m_kind;
    QLabel *m_label;
    QVector<EntryId> m_entries;
};

} // namespace ledgerlens
