#pragma once

#include <QModelIndexList>

class QAbstractItemModel;
class QAbstractItemView;
class QMimeData;

namespace ledgerlens {

// Copies selected cells so a paste into Excel or LibreOffice keeps the grid:
// text/plain as TSV and text/html as a table, numbers as plain numbers (exact),
// with the row labels and column headers (display unit included).
class TableClipboard
{
public:
    static QMimeData *mimeData(const QAbstractItemModel &model, const QModelIndexList &selection);
    static void copy(const QAbstractItemModel &model, const QModelIndexList &selection);
    // The view's selection (nothing happens when it is empty).
    static void copySelection(const QAbstractItemView &view);
};

} // namespace ledgerlens
