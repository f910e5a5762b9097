#pragma once

#include <QModelIndexList>

class QAbstractItemModel;
class QAbstractItemView;
class QMimeData;

namespace ledgerlens {

struct TableData;

// Copies selected cells so a paste into Excel or LibreOffice keeps the grid:
// text/plain as TSV and text/html as a table, numbers as plain numbers (exact),
// with the row labels and column headers (display unit included).
class TableClipboard
{
public:
    static QMimeData *mimeData(const TableData &table);
    static QMimeData *mimeData(const QAbstractItemModel &model, const QModelIndexList &selection);
    static void copy(const QAbstractItemModel &model, const QModelIndexList &selection);
    static void copy(const TableData &table);  // nothing happens for an empty table
    // The view's selection, read through its proxies (nothing happens when it
    // is empty); `cornerHeader` heads the label column ("Line item").
    static void copySelection(const QAbstractItemView &view, const QString &cornerHeader = {});
};

} // namespace ledgerlens
