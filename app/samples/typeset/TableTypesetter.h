#pragma once

#include "FilingDocument.h"
#include "FilingTypesetter.h"

#include <QFontMetricsF>

namespace ledgerlens::typeset {

class PageCanvas;

// Lays out one financial table as filings print it: a label column (labels
// wrap, figures sit on the last line), an optional Notes column, right-aligned
// figure columns under stacked and spanning headers, rules above subtotals, a
// double rule under totals, and "(continued)" with the header repeated when the
// table runs onto a new page.
class TableTypesetter
{
public:
    TableTypesetter(PageCanvas &canvas, const FilingTable &table, const QString &continuedSuffix);
    PlacedTable draw();
    // Title, header and the first rows: what must fit before the table starts.
    double openingHeight() const;

private:
    void measureColumns();
    double headerHeight() const;
    double rowHeight(int row) const;
    void drawTitle(bool continued);
    void drawHeader();
    void drawRow(int row, PlacedTable &placed);
    void figureRule(double y, int column, double offset = 0);
    double colLeft(int c) const { return m_colRight[c] - m_colWidth[c]; }
    void notePage(PlacedTable &placed);

    PageCanvas &m_canvas;
    const FilingTable &m_table;
    QString m_suffix;
    QFontMetricsF m_fm;
    QFontMetricsF m_fmBold;
    double m_lineHeight;
    QVector<double> m_colRight;
    QVector<double> m_colWidth;
    double m_notesLeft = 0;
    double m_notesRight = 0;
    double m_labelRight = 0;
    QVector<QStringList> m_labelLines;
};

} // namespace ledgerlens::typeset
