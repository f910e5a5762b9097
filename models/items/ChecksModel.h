#pragma once

#include "ItemRoles.h"
#include "store/ReportStore.h"

#include "SyncedTableModel.h"

namespace ledgerlens {

// Every arithmetic check of every Ready entry (effective report, so checks
// follow corrections), failures first, then store order, table order.
// Columns: Report, Table, Rule, Period, Expected, Computed, Difference, Result.
// Expected/Computed/Difference DisplayRole are doubles (table unit); exact in ExactRole.
class ChecksModel : public SyncedTableModel
{
    Q_OBJECT
public:
    enum Column { ReportColumn, TableColumn, RuleColumn, PeriodColumn, ExpectedColumn,
                  ComputedColumn, DifferenceColumn, ResultColumn, ColumnCount };

    explicit ChecksModel(ReportStore *store, QObject *parent = nullptr);

    int failedCount() const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row { EntryId entry; Check check; };
    void rebuild();

    ReportStore *m_store;
    QVector<Row> m_rows;
};

} // namespace ledgerlens
