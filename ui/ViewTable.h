#pragma once

#include "export/TableData.h"

class QAbstractItemView;

namespace ledgerlens {

// What an item view shows, as a grid to copy or export. Read from the
// innermost source model: a proxy (the line-item filter) forwards neither the
// model's Role enum nor its displayUnit property, so through it the exact
// figures and the unit in the headers would be lost.
namespace ViewTable {
// The selected cells, as the bounding grid of the selection (empty when none).
// `sourceColumns` receives the source-model column of each column header.
TableData selection(const QAbstractItemView &view, QVector<int> *sourceColumns = nullptr);
// Every row and column the view shows (filtered rows left out, as on screen).
TableData visible(const QAbstractItemView &view, const QString &title = {}, QVector<int> *sourceColumns = nullptr);
} // namespace ViewTable

} // namespace ledgerlens
