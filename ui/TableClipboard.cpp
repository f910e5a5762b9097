#include "TableClipboard.h"

#include "export/TableData.h"
#include "export/TableWriters.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMimeData>

namespace ledgerlens {

QMimeData *TableClipboard::mimeData(const QAbstractItemModel &model, const QModelIndexList &selection)
{
    const TableData table = TableData::fromSelection(model, selection);
    auto *mime = new QMimeData;
    mime->setText(TableWriters::toTsv(table));
    mime->setHtml(TableWriters::toHtml(table));
    return mime;
}

void TableClipboard::copy(const QAbstractItemModel &model, const QModelIndexList &selection)
{
    if (selection.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(mimeData(model, selection));
}

void TableClipboard::copySelection(const QAbstractItemView &view)
{
    if (!view.model() || !view.selectionModel())
        return;
    copy(*view.model(), view.selectionModel()->selectedIndexes());
}

} // namespace ledgerlens
