#pragma once

#include "TextLine.h"

#include <QSizeF>
#include <QVector>

namespace ledgerlens::Layout {

// Removes the page number printed in the top or bottom margin ("3", "- 12 -",
// "Page 4", "第5頁", or beside the report's name: "97  2016 Annual Report"): a lone number under the last row of a table reads as a
// row, or as a Notes column. Only a line that stands apart from the text (its
// gap to its neighbour wider than its own height) in the outer part of the
// page goes; a figure row is never alone in a margin like that. Returns the
// lines dropped: a running footer still names the report and its company.
QVector<TextLine> dropPageNumbers(QVector<TextLine> &lines, const QSizeF &pageSize);

} // namespace ledgerlens::Layout
