#pragma once

#include "ItemRoles.h"
#include "store/ReportStore.h"

#include "SyncedTableModel.h"

namespace ledgerlens {

// The audit list: every applied correction, then mismatched ones (PDF changed).
// Columns: Report, Table, Line item, Period, Extracted, Corrected, Note, Who,
// When, Page, Status. Extracted/Corrected DisplayRole are text ("1,234" or the
// label), When is a QDateTime (UTC).
class CorrectionsModel : public SyncedTableModel
{
    Q_OBJECT
public:
    enum Column { ReportColumn, TableColumn, LineItemColumn, PeriodColumn, ExtractedColumn,
                  CorrectedColumn, NoteColumn, WhoColumn, WhenColumn, PageColumn, StatusColumn, ColumnCount };

    explicit CorrectionsModel(ReportStore *store, QObject *parent = nullptr);

    Correction correctionAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row { Correction c; bool mismatched; };
    void rebuild();

    ReportStore *m_store;
    QVector<Row> m_rows;
};

} // namespace ledgerlens
