#pragma once

#include "BilingualLabel.h"
#include "TableReader.h"

namespace ledgerlens {

// Where the label columns of a table end: the widest label of each script
// (a bilingual table prints an English and a Chinese label column), and where
// the Chinese column starts, which bounds the English one.
struct LabelColumns
{
    double enRight = 0, zhRight = 0;
    double zhLeft = 0;
};

// Turns the lines of a table body into line items: figures into their column,
// the Notes column into item.note, wrapped labels joined onto the figure row,
// label-only lines kept as headings.
class RowAssembler
{
public:
    RowAssembler(const QVector<Band> &bands, const std::optional<Band> &notes);
    void setLabelColumns(const LabelColumns &columns);
    void addLine(const TextLine &line, const LineParts &parts, const BilingualLabel &label);
    QVector<LineItem> items() const { return m_items; }
    int dataRows() const { return m_dataRows; }

    // Whether `next` continues the label printed on `prev` (a wrapped label).
    // Boxes are the labels' own (without their figures or notes).
    // The words alone say the label goes on: a lower-case start, a trailing
    // connector ("and", ","), a capitals line going on with "AT ...", an
    // abbreviation in parentheses on a line of its own.
    static bool plainlyContinues(const QString &prevText, const QString &nextText);
    static bool continues(const QRectF &prev, const QString &prevText, const QRectF &next,
                          const QString &nextText, double labelRight, double figuresLeft, double fontSize);

private:
    int bandOf(const FigureToken &t) const;
    void flushPending();

    QVector<Band> m_bands;
    std::optional<Band> m_notes;
    double m_tolerance = 30;
    struct Pending { BilingualLabel label; double fontSize; };
    // Whether the label line `next` goes on from `prev`, in the script both print.
    bool chains(const Pending &prev, const BilingualLabel &next, double fontSize) const;
    // A line under a figure row that finishes its label ("figures on the
    // first line, the label continuing below").
    bool finishesLastItem(const BilingualLabel &label, double fontSize) const;

    LabelColumns m_columns;
    double m_figuresLeft = 0;   // where the Notes or figure columns begin
    QRectF m_lastEnBox, m_lastZhBox;      // the last figure row's label boxes
    double m_lastBottom = -1;
    QVector<Pending> m_pending;
    QVector<LineItem> m_items;
    int m_dataRows = 0;
};

} // namespace ledgerlens
