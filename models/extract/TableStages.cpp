#include "TableStages.h"

#include <QRegularExpression>
#include <algorithm>

namespace ledgerlens::TableStages {

bool isNotesHeader(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:notes?|附[註注])(?:\\s*(?:notes?|附[註注]))?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

// Prose runs from the label area into the figure columns in one piece; a
// header line has separate cells, a spanning header sits over the figures only.
// A run of header words set close together ("(Unaudited) (Unaudited) ...",
// "2024 2023 2024 2023") is a header line, however long.
bool isProse(const TextLine &l, double figureLeft)
{
    static const QRegularExpression headerWords(QStringLiteral(
        "[\\(（]?\\s*(?:un)?audited\\s*[\\)）]?|[\\(（]?\\s*(?:未經)?審核\\s*[\\)）]?|(?:19|20)\\d{2}|[〇零○一二三四五六七八九]{4}年"
        "|(?:RMB|HK\\$|US\\$|S\\$)\\s*'?\\s*000|港幣千元|人民幣千元|千港元|千元|notes?|附註|restated|經重列"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Chunk &c : l.chunks) {
        if (c.box.left() >= figureLeft - 10 || c.box.right() <= figureLeft + 4)
            continue;
        const int cjk = std::count_if(c.text.begin(), c.text.end(), Layout::isCjk);
        if (c.text.size() <= 30 && !(cjk > 10 && c.text.size() > 12))
            continue;
        QString rest = c.text;
        rest.remove(headerWords);
        if (std::count_if(rest.begin(), rest.end(), [](QChar ch) { return ch.isLetter(); }) >= 4)
            return true;
    }
    return false;
}

QVector<Band> clusterBands(const QVector<FigureToken> &tokens)
{
    QVector<FigureToken> sorted = tokens;
    std::sort(sorted.begin(), sorted.end(), [](const FigureToken &a, const FigureToken &b) {
        return a.box.right() < b.box.right();
    });
    QVector<Band> bands;
    for (const FigureToken &t : sorted) {
        if (!bands.isEmpty() && t.box.right() - bands.back().anchor < 10) {
            Band &b = bands.back();
            b.anchor = (b.anchor * b.count + t.box.right()) / (b.count + 1);
            b.left = qMin(b.left, t.box.left());
            b.right = qMax(b.right, t.box.right());
            b.noteLike = b.noteLike && Figures::looksLikeNote(t.text);
            ++b.count;
        } else {
            bands.append(Band{t.box.left(), t.box.right(), t.box.right(), 1, Figures::looksLikeNote(t.text)});
        }
    }
    return bands;
}

// The widest label of each script left of the figures: where wrapped labels
// break (a bilingual table prints an English and a Chinese label column).
LabelColumns labelColumns(const QVector<BilingualLabel> &labels, double figuresLeft)
{
    double en = 0, zh = 0, zhLeft = figuresLeft;
    for (const BilingualLabel &l : labels) {
        if (l.isBilingual())
            zhLeft = qMin(zhLeft, l.zhBox.left());
        if (!l.en.isEmpty() && l.enBox.right() < figuresLeft)
            en = qMax(en, l.enBox.right());
        if (!l.zh.isEmpty() && l.zhBox.right() < figuresLeft)
            zh = qMax(zh, l.zhBox.right());
    }
    return {en > 0 ? en : figuresLeft, zh > 0 ? zh : figuresLeft, zhLeft};
}

// Label-only lines right above the first figure row, in the label column, at
// the body's line pitch, whose words plainly go on into the line below: the
// start of its wrapped label, not part of the column header. (A heading
// there stays out, as before: nothing says it is not one.)
int labelLinesAbove(const QVector<TextLine> &lines, const QVector<LineParts> &parts, int firstData, double labelsEnd)
{
    int k = firstData;
    while (k > 0) {
        const TextLine &l = lines[k - 1];
        const LineParts &p = parts[k - 1];
        const double gap = lines[k].box.top() - l.box.bottom();
        if (!p.figures.isEmpty() || p.label.isEmpty() || TableReader::isHeaderLike(p) || l.box.right() > labelsEnd - 2
            || gap > 1.2 * qMax(l.fontSize, lines[k].fontSize) + 2 || l.page != lines[k].page
            || parts[k].label.isEmpty())
            break;
        // In the script both lines print (a bilingual table: the English).
        const BilingualLabel above = BilingualLabels::split(p.labelWords), below = BilingualLabels::split(parts[k].labelWords);
        const bool english = !above.en.isEmpty() && !below.en.isEmpty();
        if (!RowAssembler::plainlyContinues(english ? above.en : above.zh, english ? below.en : below.zh))
            break;
        --k;
    }
    return k;
}

// A header chunk whose words sit over two or more columns, cut into one
// chunk per printed cell at the boundaries of the dates, years and audit
// marks it runs together ("六月三十日十二月三十一日"). A chunk over one
// column, or one header spanning several, stays whole.
QVector<Chunk> splitAcrossBands(const Chunk &c, const QVector<Band> &bands)
{
    QVector<int> over;
    for (int i = 0; i < bands.size(); ++i)
        if (c.box.left() < bands[i].right - 2 && c.box.right() > bands[i].left + 2)
            over.append(i);
    if (over.size() < 2 || c.words.size() < 2)
        return {c};
    // Where each word starts in the chunk's text (joined as Layout joins it).
    QVector<int> starts;
    QString text;
    for (const PdfWord &w : c.words) {
        const QString joined = Layout::joinText(text, w.text);
        starts.append(int(joined.size() - w.text.size()));
        text = joined;
    }
    static const QRegularExpression cell(QStringLiteral(
        "[〇零○一二三四五六七八九十\\d]{1,3}\\s*月\\s*[〇零○一二三四五六七八九十\\d]{1,3}\\s*日|[〇零○一二三四五六七八九]{4}\\s*年"
        "|[\\(（]?(?:未經)?審核[\\)）]?|\\d{1,2}\\s+[A-Z][a-z]+|[A-Z][a-z]+\\s+\\d{1,2}|(?:19|20)\\d{2}|[\\(（]?(?:un)?audited[\\)）]?"),
        QRegularExpression::CaseInsensitiveOption);
    QVector<int> cellOf(c.words.size(), -1);
    int cells = 0;
    for (auto it = cell.globalMatch(text); it.hasNext(); ++cells) {
        const auto m = it.next();
        for (int i = 0; i < c.words.size(); ++i)
            if (starts[i] >= m.capturedStart() && starts[i] < m.capturedEnd())
                cellOf[i] = cells;
    }
    // Otherwise it is one header spanning the columns ("For the six months ended").
    if (cells < 2 || cellOf.contains(-1))
        return {c};
    QVector<Chunk> out;
    int current = -2;
    for (int i = 0; i < c.words.size(); ++i) {
        const PdfWord &w = c.words[i];
        const int key = cellOf[i];
        if (key != current || out.isEmpty()) {
            out.append(Chunk{w.text, w.box, {w}});
            current = key;
        } else {
            Chunk &last = out.back();
            last.text = Layout::joinText(last.text, w.text);
            last.box = last.box.united(w.box);
            last.words.append(w);
        }
    }
    return out;
}

bool spannedColumns(const QRectF &box, const QVector<Band> &bands, int *first, int *last)
{
    if (bands.size() < 2)
        return false;
    // The narrowest pitch between neighbouring columns: a header no wider
    // than that is one column's.
    double pitch = 1e9;
    for (int i = 0; i + 1 < bands.size(); ++i)
        pitch = qMin(pitch, bands[i + 1].right - bands[i].right);
    if (box.width() <= pitch)
        return false;
    auto cellStart = [&](int i) { return i > 0 ? bands[i - 1].right : bands[0].right - pitch; };
    const double cx = box.center().x();
    // The smallest run it fits in whose middle it is centred on (a quarter
    // of a column either way: a centred header, not one that is merely wide).
    for (int span = 2; span <= bands.size(); ++span)
        for (int a = 0; a + span <= bands.size(); ++a) {
            const int b = a + span - 1;
            const double left = cellStart(a), right = bands[b].right;
            if (box.width() > right - left + box.height() || qAbs(cx - (left + right) / 2) > 0.25 * pitch)
                continue;
            *first = a;
            *last = b;
            return true;
        }
    return false;
}

} // namespace ledgerlens::TableStages
