#pragma once

#include "Figures.h"
#include "Units.h"
#include "domain/Report.h"
#include "layout/TextLine.h"

#include <QDate>
#include <QVector>

namespace ledgerlens {

// What the caller knows about the table before reading it.
struct TableHints
{
    bool flow = true;          // a period table (months) rather than balances
    int months = 0;            // from the title area ("six months ended") or 0
    QDate contextDate;         // date printed in the title area, if any
    QDate fallbackDate;        // the report's period end, if known
    QString contextText;       // title-area text (units, periods)
    int expectColumns = 0;     // a continuation: the figure columns already known
};

// A figure printed on a line, with the box it occupies.
struct FigureToken
{
    QString text;
    QRectF box;
    std::optional<Figure> figure;  // empty for a note reference such as "4(a)"
    QString unit;                  // a per-share figure's own unit ("HK cents"), else empty
};

// A line split into its label (left) and its trailing figures.
struct LineParts
{
    QString label;
    QRectF labelBox;
    QVector<PdfWord> labelWords;
    QVector<FigureToken> figures;
};

// A column of figures: the span of right-aligned numbers under one header.
struct Band
{
    double left = 0, right = 0;   // extent of the figures
    double anchor = 0;            // mean right edge
    int count = 0;
    bool noteLike = true;         // every figure could be a note reference
};

// The result of reading one table region.
struct ReadTable
{
    QVector<Column> columns;
    QVector<LineItem> items;
    MoneyUnit unit;
    QVector<int> pages;
    QVector<Band> bands;          // value bands, left to right
    std::optional<Band> notes;    // the Notes column, if any
    int dataRows = 0;             // rows that carry at least one value
    int firstDataLine = -1;
    int endLine = 0;              // one past the last line read
    bool endedByMarker = false;   // "The above ... should be read", a new note...
    QStringList headerTexts;      // every header cell, for callers' heuristics
    bool hasPercentColumn = false;
    bool isEmpty() const { return dataRows == 0; }
};

namespace TableReader {
LineParts split(const TextLine &line);
// A line that can only be a header: years, units, "Notes", (Unaudited).
bool isHeaderLike(const LineParts &parts);
bool isDataLine(const LineParts &parts);
// A line that ends a table: "The above ... should be read", "Notes to the ...",
// a numbered note heading ("5. TURNOVER AND OTHER REVENUE").
bool isStopMarker(const QString &text);
// Reads the first table in `lines` (header above its first figure row).
ReadTable read(const QVector<TextLine> &lines, const TableHints &hints);
// Appends the rows of a continuation (next page) using the same columns.
void extend(ReadTable &table, const QVector<TextLine> &lines);
} // namespace TableReader

} // namespace ledgerlens
