#include "TextLine.h"

#include <algorithm>

namespace ledgerlens {

bool Layout::isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
        || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2500 && u <= 0x257F) || (u >= 0x3000 && u <= 0x303F);
}

QString Layout::joinText(const QString &left, const QString &right)
{
    if (left.isEmpty())
        return right;
    if (right.isEmpty())
        return left;
    if (isCjk(left.back()) || isCjk(right.front()))
        return left + right;
    return left + QLatin1Char(' ') + right;
}

QVector<Chunk> Layout::chunksOf(const QVector<PdfWord> &words, double gapFactor)
{
    QVector<Chunk> out;
    for (const PdfWord &w : words) {
        if (!out.isEmpty()) {
            Chunk &c = out.back();
            const double gap = w.box.left() - c.box.right();
            const double em = qMax(4.0, qMin(w.fontSize, c.words.back().fontSize));
            if (gap < gapFactor * em) {
                c.text = joinText(c.text, w.text);
                c.box = c.box.united(w.box);
                c.words.append(w);
                continue;
            }
        }
        out.append(Chunk{w.text, w.box, {w}});
    }
    return out;
}

QVector<TextLine> Layout::buildLines(const QVector<PdfWord> &words)
{
    QVector<PdfWord> sorted = words;
    std::sort(sorted.begin(), sorted.end(), [](const PdfWord &a, const PdfWord &b) {
        return a.box.center().y() < b.box.center().y();
    });
    struct Group { double top, bottom; QVector<PdfWord> words; };
    QVector<Group> groups;
    for (const PdfWord &w : sorted) {
        const double cy = w.box.center().y();
        bool placed = false;
        // Join the latest group whose vertical band holds this word's centre.
        for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 3; --i) {
            Group &g = groups[i];
            const double h = g.bottom - g.top;
            if (cy >= g.top + 0.15 * h && cy <= g.bottom - 0.15 * h + 0.5) {
                g.words.append(w);
                placed = true;
                break;
            }
        }
        if (!placed)
            groups.append(Group{w.box.top(), w.box.bottom(), {w}});
    }
    QVector<TextLine> lines;
    lines.reserve(groups.size());
    for (Group &g : groups) {
        std::sort(g.words.begin(), g.words.end(), [](const PdfWord &a, const PdfWord &b) {
            return a.box.left() < b.box.left();
        });
        TextLine l;
        l.page = g.words.front().page;
        double fs = 0;
        for (const PdfWord &w : g.words) {
            l.box = l.box.isNull() ? w.box : l.box.united(w.box);
            l.text = joinText(l.text, w.text);
            fs = qMax(fs, w.fontSize);
        }
        l.fontSize = fs;
        l.chunks = chunksOf(g.words);
        lines.append(l);
    }
    std::sort(lines.begin(), lines.end(), [](const TextLine &a, const TextLine &b) {
        return a.box.center().y() < b.box.center().y();
    });
    return lines;
}

} // namespace ledgerlens
