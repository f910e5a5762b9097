#include "TableClipboard.h"

#include "ViewTable.h"

#include "export/TableData.h"
#include "export/TableWriters.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace ledgerlens {

QMimeData *TableClipboard::mimeData(const TableData &table)
{
    auto *mime = new QMimeData;
    mime->setText(TableWriters::toTsv(table));
    mime->setHtml(TableWriters::toHtml(table));
    return mime;
}

QMimeData *TableClipboard::mimeData(const QAbstractItemModel &model, const QModelIndexList &selection)
{
    return mimeData(TableData::fromSelection(model, selection));
}

void TableClipboard::copy(const QAbstractItemModel &model, const QModelIndexList &selection)
{
    if (selection.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(mimeData(model, selection));
}

void TableClipboard::copy(const TableData &table)
{
    if (!table.cells.isEmpty())
        QApplication::clipboard()->setMimeData(mimeData(table));
}

void TableClipboard::copySelection(const QAbstractItemView &view, const QString &cornerHeader)
{
    TableData table = ViewTable::selection(view);
    table.cornerHeader = cornerHeader;
    copy(table);
}

} // namespace ledgerlens
