#include "TableTypesetter.h"

#include "PageCanvas.h"
#include "TextBlocks.h"

#include <QPainter>
#include <algorithm>

namespace ledgerlens::typeset {

namespace {
constexpr double ColumnGap = 12;   // white space left of each figure column
constexpr double IndentStep = 10;
constexpr double RuleInset = 8;    // rules start this far into a figure column

// Lines taken by each span level, level 0 first.
QVector<int> spanLevelRows(const FilingTable &t)
{
    QVector<int> rows;
    for (const HeaderSpan &s : t.spans) {
        if (s.level >= rows.size())
            rows.resize(s.level + 1);
        rows[s.level] = std::max(rows[s.level], int(s.lines.size()));
    }
    return rows;
}

int spanRows(const FilingTable &t)
{
    int n = 0;
    for (int r : spanLevelRows(t))
        n += r;
    return n;
}

int stackRows(const FilingTable &t)
{
    int n = 0;
    for (const FilingColumn &c : t.columns)
        n = std::max(n, int(c.header.size()));
    return n;
}
} // namespace

TableTypesetter::TableTypesetter(PageCanvas &canvas, const FilingTable &table, const QString &suffix)
    : m_canvas(canvas), m_table(table), m_suffix(suffix), m_fm(canvas.metrics(canvas.fonts().table)),
      m_fmBold(canvas.metrics(canvas.fonts().tableBold)), m_lineHeight(m_fm.height() * 1.3)
{
    measureColumns();
}

void TableTypesetter::measureColumns()
{
    const int n = m_table.columns.size();
    m_colWidth = QVector<double>(n, m_table.minFigureWidth);
    for (int c = 0; c < n; ++c) {
        for (const QString &h : m_table.columns[c].header)
            m_colWidth[c] = std::max(m_colWidth[c], m_fmBold.horizontalAdvance(h) + ColumnGap);
        for (const FilingRow &r : m_table.rows)
            if (c < r.values.size() && r.style != RowStyle::Heading)
                m_colWidth[c] = std::max(m_colWidth[c],
                                         m_fmBold.horizontalAdvance(formatFigure(r.values[c])) + ColumnGap);
    }
    // A spanning header wider than its columns widens them evenly.
    for (const HeaderSpan &s : m_table.spans) {
        if (s.first < 0 || s.last >= n || s.first > s.last)
            continue;
        double need = 0;
        for (const QString &l : s.lines)
            need = std::max(need, m_fm.horizontalAdvance(l) + ColumnGap);
        double have = 0;
        for (int c = s.first; c <= s.last; ++c)
            have += m_colWidth[c];
        if (need > have)
            for (int c = s.first; c <= s.last; ++c)
                m_colWidth[c] += (need - have) / (s.last - s.first + 1);
    }
    m_colRight = QVector<double>(n, m_canvas.right());
    for (int c = n - 2; c >= 0; --c)
        m_colRight[c] = m_colRight[c + 1] - m_colWidth[c + 1];
    const double figuresLeft = n > 0 ? colLeft(0) : m_canvas.right();
    if (m_table.notesColumn) {
        double w = m_fm.horizontalAdvance(m_table.notesHeader);
        for (const FilingRow &r : m_table.rows)
            w = std::max(w, m_fm.horizontalAdvance(r.note));
        m_notesRight = figuresLeft - 2;
        m_notesLeft = m_notesRight - w - 12;
        m_labelRight = m_notesLeft - 4;
    } else {
        m_labelRight = figuresLeft - 6;
    }
    if (m_table.maxLabelWidth > 0)
        m_labelRight = std::min(m_labelRight, m_canvas.left() + m_table.maxLabelWidth);
    for (const FilingRow &r : m_table.rows) {
        const QFont &f = r.bold ? m_canvas.fonts().tableBold : m_canvas.fonts().table;
        const double width = m_labelRight - m_canvas.left() - r.indent * IndentStep;
        m_labelLines.append(wrapText(r.label, f, std::max(width, 60.0), m_canvas.device()));
    }
}

double TableTypesetter::headerHeight() const
{
    const int spans = spanRows(m_table);
    return (spans + stackRows(m_table)) * m_lineHeight + spanLevelRows(m_table).size() * 3 + 6;
}

double TableTypesetter::rowHeight(int row) const
{
    const FilingRow &r = m_table.rows[row];
    double h = m_labelLines[row].size() * m_lineHeight;
    if (r.spaceBefore)
        h += m_lineHeight * 0.5;
    if (r.style == RowStyle::Subtotal || r.style == RowStyle::Total)
        h += 3;
    if (r.style == RowStyle::Total)
        h += 4;
    return h;
}

void TableTypesetter::drawTitle(bool continued)
{
    QPainter &p = m_canvas.painter();
    const double lh = m_canvas.metrics(m_canvas.fonts().bold).height() * 1.35;
    for (int i = 0; i < m_table.titleLines.size(); ++i) {
        if (continued && i > 0)
            break;
        QString text = m_table.titleLines[i];
        if (continued)
            text += m_suffix;
        p.setFont(i == 0 ? m_canvas.fonts().bold : m_canvas.fonts().body);
        const double w = m_canvas.metrics(p.font()).horizontalAdvance(text);
        m_canvas.advance(lh);
        p.drawText(QPointF(m_canvas.left() + (m_canvas.width() - w) / 2, m_canvas.y() - lh * 0.3), text);
    }
    if (!m_table.titleLines.isEmpty())
        m_canvas.advance(lh * 0.5);
}

void TableTypesetter::drawHeader()
{
    QPainter &p = m_canvas.painter();
    const double top = m_canvas.y();
    const double ascent = m_fm.ascent();
    const int spans = spanRows(m_table);
    const int stack = stackRows(m_table);
    p.setFont(m_canvas.fonts().table);
    // Levels stack upwards from the column headers; each ends in a rule.
    const QVector<int> levelRows = spanLevelRows(m_table);
    QVector<double> levelBottom(levelRows.size());
    double bottom = top;
    for (int level = levelRows.size() - 1; level >= 0; --level) {
        bottom += levelRows[level] * m_lineHeight + 3;
        levelBottom[level] = bottom;
    }
    for (const HeaderSpan &s : m_table.spans) {
        if (s.first < 0 || s.last >= m_table.columns.size() || s.first > s.last)
            continue;
        const double l = colLeft(s.first) + RuleInset, r = m_colRight[s.last];
        const double ruleY = levelBottom[s.level] - 2;
        for (int i = 0; i < s.lines.size(); ++i) {
            const double w = m_fm.horizontalAdvance(s.lines[i]);
            const double lineTop = ruleY - 1 - (s.lines.size() - i) * m_lineHeight;
            p.drawText(QPointF(l + (r - l - w) / 2, lineTop + ascent), s.lines[i]);
        }
        p.setPen(QPen(Qt::black, 0.5));
        p.drawLine(QPointF(l, ruleY), QPointF(r, ruleY));
    }
    const double stackTop = top + spans * m_lineHeight + levelRows.size() * 3;
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const QStringList &h = m_table.columns[c].header;
        const int offset = stack - h.size();
        for (int i = 0; i < h.size(); ++i) {
            // The first line of a stack (the year) is bold, as filings set it.
            p.setFont(i == 0 ? m_canvas.fonts().tableBold : m_canvas.fonts().table);
            const double w = m_canvas.metrics(p.font()).horizontalAdvance(h[i]);
            p.drawText(QPointF(m_colRight[c] - w, stackTop + (offset + i) * m_lineHeight + ascent), h[i]);
        }
    }
    if (m_table.notesColumn) {
        p.setFont(m_canvas.fonts().tableBold);
        const double w = m_fmBold.horizontalAdvance(m_table.notesHeader);
        // On the line of the years, as in "Notes  2024  2023".
        int first = stack;
        for (const FilingColumn &col : m_table.columns)
            first = std::min(first, int(stack - col.header.size()));
        p.drawText(QPointF((m_notesLeft + m_notesRight - w) / 2, stackTop + first * m_lineHeight + ascent),
                   m_table.notesHeader);
    }
    m_canvas.setY(top + headerHeight());
}

void TableTypesetter::figureRule(double y, int column, double offset)
{
    QPainter &p = m_canvas.painter();
    p.setPen(QPen(Qt::black, 0.5));
    p.drawLine(QPointF(colLeft(column) + RuleInset, y + offset), QPointF(m_colRight[column], y + offset));
}

void TableTypesetter::notePage(PlacedTable &placed)
{
    if (placed.pages.isEmpty() || placed.pages.last() != m_canvas.page())
        placed.pages.append(m_canvas.page());
}

void TableTypesetter::drawRow(int row, PlacedTable &placed)
{
    const FilingRow &r = m_table.rows[row];
    QPainter &p = m_canvas.painter();
    const QFont &font = r.bold ? m_canvas.fonts().tableBold : m_canvas.fonts().table;
    const QFontMetricsF fm = m_canvas.metrics(font);
    const bool ruled = r.style == RowStyle::Subtotal || r.style == RowStyle::Total;
    double top = m_canvas.y() + (r.spaceBefore ? m_lineHeight * 0.5 : 0);
    if (ruled) {
        for (int c = 0; c < m_table.columns.size(); ++c)
            figureRule(top + 0.5, c);
        top += 3;
    }
    p.setFont(font);
    const QStringList &lines = m_labelLines[row];
    const double labelX = m_canvas.left() + r.indent * IndentStep;
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QPointF(labelX, top + i * m_lineHeight + fm.ascent()), lines[i]);
    const double baseline = top + (lines.size() - 1) * m_lineHeight + fm.ascent();
    if (m_table.notesColumn && !r.note.isEmpty()) {
        p.setFont(m_canvas.fonts().table);
        const double w = m_fm.horizontalAdvance(r.note);
        p.drawText(QPointF((m_notesLeft + m_notesRight - w) / 2, baseline), r.note);
        p.setFont(font);
    }
    QVector<SourceRef> refs(m_table.columns.size());
    if (r.style != RowStyle::Heading) {
        for (int c = 0; c < m_table.columns.size(); ++c) {
            const QString text = formatFigure(c < r.values.size() ? r.values[c] : std::nullopt);
            const double w = fm.horizontalAdvance(text);
            // Parentheses hang into the gap so that digits align down the column.
            const double hang = text.endsWith(QLatin1Char(')')) ? fm.horizontalAdvance(QLatin1Char(')')) : 0;
            const double x = m_colRight[c] - w + hang;
            p.drawText(QPointF(x, baseline), text);
            refs[c].page = m_canvas.page();
            refs[c].box = QRectF(x, baseline - fm.ascent(), w, fm.ascent() + fm.descent());
        }
    }
    if (r.style == RowStyle::Total)
        for (int c = 0; c < m_table.columns.size(); ++c) {
            figureRule(baseline + fm.descent() + 1.5, c);
            figureRule(baseline + fm.descent() + 1.5, c, 1.6);
        }
    placed.cells.append(refs);
    placed.rowPages.append(m_canvas.page());
    notePage(placed);
    m_canvas.setY(m_canvas.y() + rowHeight(row));
}

double TableTypesetter::openingHeight() const
{
    const double titleLh = m_canvas.metrics(m_canvas.fonts().bold).height() * 1.35;
    const double titleHeight = m_table.titleLines.size() * titleLh + titleLh * 0.5;
    double firstRows = 0;
    for (int i = 0; i < std::min(3, int(m_table.rows.size())); ++i)
        firstRows += rowHeight(i);
    return titleHeight + headerHeight() + firstRows + m_lineHeight * 0.5;
}

PlacedTable TableTypesetter::draw()
{
    PlacedTable placed;
    m_canvas.ensureSpace(openingHeight());
    if (!m_canvas.atPageTop())
        m_canvas.advance(m_lineHeight * 0.5);
    drawTitle(false);
    drawHeader();
    for (int row = 0; row < m_table.rows.size(); ++row) {
        double need = rowHeight(row);
        // A heading keeps the row under it on the same page.
        if (m_table.rows[row].style == RowStyle::Heading && row + 1 < m_table.rows.size())
            need += rowHeight(row + 1);
        if (m_canvas.y() + need > PageCanvas::Bottom) {
            m_canvas.newPage();
            drawTitle(true);
            drawHeader();
        }
        drawRow(row, placed);
    }
    m_canvas.advance(m_lineHeight);
    return placed;
}

} // namespace ledgerlens::typeset
