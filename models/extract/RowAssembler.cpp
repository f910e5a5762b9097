#include "RowAssembler.h"

#include <QRegularExpression>
#include <algorithm>

namespace ledgerlens {

RowAssembler::RowAssembler(const QVector<Band> &bands, const std::optional<Band> &notes)
    : m_bands(bands), m_notes(notes)
{
    double spacing = 1e9;
    for (int i = 1; i < bands.size(); ++i)
        spacing = qMin(spacing, bands[i].anchor - bands[i - 1].anchor);
    m_tolerance = qMin(40.0, spacing < 1e9 ? spacing * 0.5 : 40.0);
    m_figuresLeft = bands.isEmpty() ? 0 : bands.front().left;
    if (notes)
        m_figuresLeft = qMin(m_figuresLeft, notes->left);
    m_columns = {m_figuresLeft, m_figuresLeft, m_figuresLeft};
}

void RowAssembler::setLabelColumns(const LabelColumns &columns)
{
    m_columns = columns;
}

int RowAssembler::bandOf(const FigureToken &t) const
{
    int best = -1;
    double bestDist = m_tolerance;
    for (int i = 0; i < m_bands.size(); ++i) {
        const double d = qAbs(t.box.right() - m_bands[i].anchor);
        const bool inside = t.box.right() >= m_bands[i].left - 2 && t.box.left() <= m_bands[i].right + 2;
        if (d < bestDist || (inside && best < 0)) {
            best = i;
            bestDist = d;
        }
    }
    return best;
}

static bool startsWithDash(const QString &s)
{
    static const QString dashes = QStringLiteral("-\u2010\u2011\u2012\u2013\u2014\u2015\uFF0D\u2022\u00B7*");
    return !s.isEmpty() && dashes.contains(s.front());
}

namespace {

bool inCapitals(const QString &t)
{
    return std::any_of(t.begin(), t.end(), [](QChar c) { return c.isUpper(); })
        && std::none_of(t.begin(), t.end(), [](QChar c) { return c.isLower(); });
}

} // namespace

bool RowAssembler::plainlyContinues(const QString &prevText, const QString &nextText)
{
    if (prevText.isEmpty() || nextText.isEmpty())
        return false;
    if (nextText.front().isLower())
        return true;
    static const QRegularExpression connector(QStringLiteral(
        "(?:\\b(?:and|of|the|for|to|in|on|from|at|by|with|or|using|upon|through|as|less|into|under|over|between|net|other|non)|[,&/(-])$"),
        QRegularExpression::CaseInsensitiveOption);
    if (connector.match(prevText).hasMatch())
        return true;
    // A label set in capitals goes on with a word that cannot start one
    // ("CASH AND CASH EQUIVALENTS" / "AT BEGINNING OF THE PERIOD").
    static const QRegularExpression leadingConnector(QStringLiteral(
        "^(?:and|of|the|for|to|in|on|from|at|by|with|or|less|into|under|over|between|net of|during|arising|attributable)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (inCapitals(prevText) && inCapitals(nextText) && leadingConnector.match(nextText).hasMatch())
        return true;
    // An abbreviation defined on a line of its own: ("FVTPL"), (“ECL”).
    static const QRegularExpression parenthetical(QStringLiteral("^[\\(（][^()（）]{1,30}[\\)）]$"));
    return parenthetical.match(nextText.trimmed()).hasMatch();
}

bool RowAssembler::continues(const QRectF &prev, const QString &prevText, const QRectF &next,
                             const QString &nextText, double labelRight, double figuresLeft, double fontSize)
{
    if (prevText.isEmpty() || nextText.isEmpty())
        return false;
    if (prevText.endsWith(QLatin1Char(':')) || startsWithDash(nextText))
        return false;
    const double gap = next.top() - prev.bottom();
    if (gap > 1.2 * fontSize + 2)
        return false;
    if (plainlyContinues(prevText, nextText))
        return true;
    const bool indented = next.left() > prev.left() + 2;
    // A heading in capitals over items in mixed case ("CURRENT LIABILITIES" /
    // "Trade payables") is a heading, however long.
    if (inCapitals(prevText) && !inCapitals(nextText) && std::any_of(nextText.begin(), nextText.end(), [](QChar c) { return c.isLower(); }))
        return false;
    // Indented under a line that ran out of room: the next line's first word
    // would not have fitted after it inside the label column (whose right
    // edge is the widest label the table prints).
    // CJK text breaks after any character; Latin text at a space.
    const int space = int(nextText.indexOf(QLatin1Char(' ')));
    const int firstWord = Layout::isCjk(nextText.front()) ? 1 : space < 0 ? int(nextText.size()) : qMax(1, space);
    const double firstWordWidth = next.width() * firstWord / qMax(1, int(nextText.size()));
    const bool wrapped = prev.right() + firstWordWidth + 0.5 * fontSize > labelRight;
    // ...and a long one: a short heading that happens to be the widest label
    // of a narrow column is still a heading.
    const bool longPrev = prev.width() > 0.55 * (figuresLeft - prev.left());
    return indented && wrapped && longPrev;
}

void RowAssembler::flushPending()
{
    for (const Pending &p : m_pending) {
        LineItem h;
        h.label = p.label.en.isEmpty() ? p.label.zh : p.label.en;
        if (p.label.isBilingual())
            h.labelZh = p.label.zh;
        h.kind = RowKind::Heading;
        h.cells.resize(m_bands.size());
        m_items.append(h);
    }
    m_pending.clear();
}

bool RowAssembler::chains(const Pending &prev, const BilingualLabel &next, double fontSize) const
{
    // The English column ends where the Chinese one starts.
    const double enRoom = qMin(m_figuresLeft, m_columns.zhLeft);
    if (!prev.label.en.isEmpty() && !next.en.isEmpty())
        return continues(prev.label.enBox, prev.label.en, next.enBox, next.en, m_columns.enRight, enRoom, fontSize);
    if (!prev.label.zh.isEmpty() && !next.zh.isEmpty()) {
        if (continues(prev.label.zhBox, prev.label.zh, next.zhBox, next.zh, m_columns.zhRight, m_figuresLeft, fontSize))
            return true;
        // One script running a line longer than the other: a Chinese-only line
        // right under a bilingual one, in its column, finishes that label.
        const double gap = next.zhBox.top() - prev.label.zhBox.bottom();
        return prev.label.isBilingual() && next.en.isEmpty() && gap < 0.6 * fontSize
            && next.zhBox.left() >= prev.label.zhBox.left() - 1 && next.zhBox.left() < prev.label.zhBox.right();
    }
    return false;
}

bool RowAssembler::finishesLastItem(const BilingualLabel &label, double fontSize) const
{
    if (m_items.isEmpty() || !m_pending.isEmpty() || m_items.back().kind == RowKind::Heading)
        return false;
    const LineItem &last = m_items.back();
    const double gap = (label.en.isEmpty() ? label.zhBox : label.enBox).top() - m_lastBottom;
    if (gap > 0.6 * fontSize)
        return false;
    // English going on in lower case, indented under its first line...
    if (!label.en.isEmpty() && label.zh.isEmpty())
        return label.en.front().isLower() && !last.label.isEmpty() && label.enBox.left() > m_lastEnBox.left() + 1;
    // ...or the Chinese half of a bilingual row wrapping on its own.
    return label.en.isEmpty() && !last.labelZh.isEmpty() && label.zhBox.left() >= m_lastZhBox.left() - 1
        && label.zhBox.left() < m_lastZhBox.right();
}

void RowAssembler::addLine(const TextLine &line, const LineParts &parts, const BilingualLabel &label)
{
    QVector<Cell> cells(m_bands.size());
    QVector<double> dist(m_bands.size(), 1e9);
    QString note, unit;
    bool any = false;
    for (const FigureToken &t : parts.figures) {
        if (m_notes && t.box.right() <= m_notes->right + 6 && t.box.left() >= m_notes->left - 12
            && Figures::looksLikeNote(t.text)) {
            note = note.isEmpty() ? t.text : note + QLatin1Char(',') + t.text;
            continue;
        }
        if (!t.figure)
            continue;
        const int b = bandOf(t);
        if (b < 0)
            continue;
        const double d = qAbs(t.box.right() - m_bands[b].anchor);
        if (d >= dist[b])
            continue;
        dist[b] = d;
        if (!t.unit.isEmpty())
            unit = t.unit;
        cells[b].value = t.figure->value;
        cells[b].source = SourceRef{line.page, t.box};
        any = true;
    }
    if (!any) {
        if (finishesLastItem(label, line.fontSize)) {
            LineItem &last = m_items.back();
            if (label.en.isEmpty())
                last.labelZh = Layout::joinText(last.labelZh, label.zh).simplified();
            else
                last.label = Layout::joinText(last.label, label.en).simplified();
            m_lastBottom = line.box.bottom();
            return;
        }
        if (!label.isEmpty())
            m_pending.append(Pending{label, line.fontSize});
        return;
    }
    // Join the wrapped lines printed above this figure row onto its label,
    // following whichever script each pair of lines shares.
    int first = m_pending.size();
    BilingualLabel cur = label;
    while (first > 0) {
        const Pending &p = m_pending[first - 1];
        if (!chains(p, cur, qMax(p.fontSize, line.fontSize)))
            break;
        --first;
        // A line in one script only keeps the other script's position.
        if (!p.label.en.isEmpty())
            cur.en = p.label.en, cur.enBox = p.label.enBox;
        if (!p.label.zh.isEmpty())
            cur.zh = p.label.zh, cur.zhBox = p.label.zhBox;
    }
    QString en, zh;
    for (int i = first; i < m_pending.size(); ++i) {
        en = Layout::joinText(en, m_pending[i].label.en);
        zh = Layout::joinText(zh, m_pending[i].label.zh);
    }
    en = Layout::joinText(en, label.en).simplified();
    zh = Layout::joinText(zh, label.zh).simplified();
    m_pending.resize(first);
    flushPending();
    LineItem item;
    item.label = en.isEmpty() ? zh : en;
    if (!en.isEmpty())
        item.labelZh = zh;
    item.note = note;
    item.valueUnit = unit;
    item.cells = cells;
    static const QRegularExpression total(QStringLiteral("^(total|net |合計|總計|小計|總)"), QRegularExpression::CaseInsensitiveOption);
    item.kind = (item.label.isEmpty() || total.match(item.label).hasMatch()) ? RowKind::Subtotal : RowKind::Item;
    m_items.append(item);
    m_lastEnBox = label.en.isEmpty() ? QRectF() : label.enBox;
    m_lastZhBox = label.zh.isEmpty() ? QRectF() : label.zhBox;
    if (m_lastEnBox.isNull() && !m_items.back().label.isEmpty())
        m_lastEnBox = parts.labelBox;
    m_lastBottom = line.box.bottom();
    ++m_dataRows;
}

} // namespace ledgerlens
