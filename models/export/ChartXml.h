#pragma once

#include "ChartData.h"

#include <QByteArray>

namespace ledgerlens {

// DrawingML chart parts for a ChartData: the c:chartSpace (bar, line or pie
// with c:cat/c:val caches whose formulas point into the embedded workbook) and
// that workbook itself (Sheet1: series in columns B.., categories in column A),
// so PowerPoint's "Edit Data" opens the same figures.
namespace ChartXml {
// `embeddedRelId`: relationship id of the embedded workbook ("rId1"); empty = none.
QByteArray chartSpace(const ChartData &chart, const QString &embeddedRelId);
// xlsx bytes written with libxlsxwriter; empty and *error set on failure.
QByteArray workbook(const ChartData &chart, QString *error);
// Excel column letters for a 0-based column (0 -> "A", 26 -> "AA").
QString columnName(int column);
} // namespace ChartXml

} // namespace ledgerlens
