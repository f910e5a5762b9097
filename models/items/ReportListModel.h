#pragma once

#include "ItemRoles.h"
#include "store/ReportStore.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace ledgerlens {

// One row per store entry in comparison order. Columns: Company, Stock code,
// Period, Kind, Pages, Status (a Ready report's review progress, and how many
// warnings the extractor gave; the tooltip lists them). moveRows() and
// drag-and-drop (MIME type "application/x-ledgerlens-entry") reorder the store
// itself. Loading progress repaints the Pages and Status cells at most four
// times a second.
class ReportListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CompanyColumn, StockCodeColumn, PeriodColumn, KindColumn, PagesColumn, StatusColumn, ColumnCount };

    explicit ReportListModel(ReportStore *store, QObject *parent = nullptr);

    EntryId entryAt(int row) const;
    int rowOf(EntryId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onEntryChanged(EntryId id);
    void showProgress();

    ReportStore *m_store;
    QVector<EntryId> m_ids;   // mirror of the store order, so begin/end pairs stay consistent
    QSet<EntryId> m_progressed;   // pages read since showProgress()
    QTimer m_progressTimer;
};

} // namespace ledgerlens
