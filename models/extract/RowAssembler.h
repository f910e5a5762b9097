#pragma once

#include "TableReader.h"

namespace ledgerlens {

// Turns the lines of a table body into line items: figures into their column,
// the Notes column into item.note, wrapped labels joined onto the figure row,
// label-only lines kept as headings.
class RowAssembler
{
public:
    RowAssembler(const QVector<Band> &bands, const std::optional<Band> &notes);
    // The right edge of the label column: the widest label the table prints.
    void setLabelColumnRight(double right);
    void addLine(const TextLine &line, const LineParts &parts);
    QVector<LineItem> items() const { return m_items; }
    int dataRows() const { return m_dataRows; }

    // Whether `next` continues the label printed on `prev` (a wrapped label).
    // Boxes are the labels' own (without their figures or notes).
    static bool continues(const QRectF &prev, const QString &prevText, const QRectF &next,
                          const QString &nextText, double labelRight, double figuresLeft, double fontSize);

private:
    int bandOf(const FigureToken &t) const;
    void flushPending();

    QVector<Band> m_bands;
    std::optional<Band> m_notes;
    double m_tolerance = 30;
    double m_labelRight = 0;    // the label column's right edge
    double m_figuresLeft = 0;   // where the Notes or figure columns begin
    struct Pending { QRectF box; QString text; double fontSize; };
    QVector<Pending> m_pending;
    QVector<LineItem> m_items;
    int m_dataRows = 0;
};

} // namespace ledgerlens
