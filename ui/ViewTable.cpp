#include "ViewTable.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QTableView>
#include <algorithm>

namespace ledgerlens::ViewTable {

namespace {

// Maps view indexes down through every proxy; returns the model they then belong to.
const QAbstractItemModel *toSource(const QAbstractItemModel *model, QModelIndexList &indexes)
{
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        if (!proxy->sourceModel())
            break;
        for (QModelIndex &i : indexes)
            i = proxy->mapToSource(i);
        model = proxy->sourceModel();
    }
    return model;
}

bool hidden(const QAbstractItemView &view, const QModelIndex &index)
{
    auto *table = qobject_cast<const QTableView *>(&view);
    return table && (table->isRowHidden(index.row()) || table->isColumnHidden(index.column()));
}

TableData build(const QAbstractItemView &view, QModelIndexList indexes, QVector<int> *sourceColumns)
{
    indexes.erase(std::remove_if(indexes.begin(), indexes.end(),
                                 [&view](const QModelIndex &i) { return !i.isValid() || hidden(view, i); }),
                  indexes.end());
    const QAbstractItemModel *model = toSource(view.model(), indexes);
    if (!model || indexes.isEmpty())
        return {};
    if (sourceColumns) {  // in TableData's order: ascending
        sourceColumns->clear();
        for (const QModelIndex &i : indexes)
            if (!sourceColumns->contains(i.column()))
                sourceColumns->append(i.column());
        std::sort(sourceColumns->begin(), sourceColumns->end());
    }
    return TableData::fromSelection(*model, indexes);
}

} // namespace

TableData selection(const QAbstractItemView &view, QVector<int> *sourceColumns)
{
    if (!view.model() || !view.selectionModel())
        return {};
    return build(view, view.selectionModel()->selectedIndexes(), sourceColumns);
}

TableData visible(const QAbstractItemView &view, const QString &title, QVector<int> *sourceColumns)
{
    const QAbstractItemModel *model = view.model();
    if (!model)
        return {};
    QModelIndexList all;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            all << model->index(r, c);
    TableData table = build(view, all, sourceColumns);
    table.title = title;
    return table;
}

} // namespace ledgerlens::ViewTable
