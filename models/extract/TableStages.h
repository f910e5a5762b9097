#pragma once

#include "BilingualLabel.h"
#include "RowAssembler.h"
#include "TableReader.h"

namespace ledgerlens::TableStages {

// The stages TableReader::read runs between finding the figure lines and
// assembling rows, each a pure function of the page's own lines and boxes.

// A line of prose running from the labels into the figure columns (ends a
// header or a body); a run of header words set close together is not prose.
bool isProse(const TextLine &l, double figureLeft);
// The Notes column's header: "Notes", 附註, or both on one line ("附註 Notes").
bool isNotesHeader(const QString &text);
// The figure columns: tokens clustered by their right edges.
QVector<Band> clusterBands(const QVector<FigureToken> &tokens);
// Where the English and Chinese label columns end (and the Chinese begins).
LabelColumns labelColumns(const QVector<BilingualLabel> &labels, double figuresLeft);
// The first line of the body: label lines above the first figure row that
// plainly go on into it belong to its label, not to the column header.
int labelLinesAbove(const QVector<TextLine> &lines, const QVector<LineParts> &parts, int firstData, double labelsEnd);
// A header chunk running two columns' cells together, cut into one chunk per cell.
QVector<Chunk> splitAcrossBands(const Chunk &c, const QVector<Band> &bands);

// The run of columns a header centred over several of them spans ("Six months
// ended" over its 2024 and 2023): figures are set flush right, so a column's
// cell runs from the previous column's right edge to its own. Returns false
// for a header that fits one column. first/last are band indexes.
bool spannedColumns(const QRectF &box, const QVector<Band> &bands, int *first, int *last);

} // namespace ledgerlens::TableStages
