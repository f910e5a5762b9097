#include "TextRules.h"

#include <algorithm>

namespace ledgerlens::Layout {

bool isTextRule(const QString &word)
{
    // Three or more: a single dash is a nil figure, two may be "--" in prose.
    static const QString rule = QStringLiteral("-_=~\u2010\u2011\u2012\u2013\u2014\u2015\u2500\u2501\u2550\uFF0D\uFF3F\uFF1D");
    return word.size() >= 3 && std::all_of(word.begin(), word.end(), [](QChar c) { return rule.contains(c); });
}

namespace {

// Text and box of a chunk from its words, or of a line from its chunks.
template <typename Part>
void rejoin(const QVector<Part> &parts, QString *text, QRectF *box)
{
    text->clear();
    *box = QRectF();
    for (const Part &p : parts) {
        *text = joinText(*text, p.text);
        *box = box->isNull() ? p.box : box->united(p.box);
    }
}

} // namespace

void dropTextRules(QVector<TextLine> &lines)
{
    for (int i = lines.size() - 1; i >= 0; --i) {
        TextLine &l = lines[i];
        bool changed = false;
        for (int c = l.chunks.size() - 1; c >= 0; --c) {
            Chunk &chunk = l.chunks[c];
            const auto removed = std::remove_if(chunk.words.begin(), chunk.words.end(),
                                                [](const PdfWord &w) { return isTextRule(w.text); });
            if (removed == chunk.words.end())
                continue;
            chunk.words.erase(removed, chunk.words.end());
            changed = true;
            if (chunk.words.isEmpty()) {
                l.chunks.removeAt(c);
                continue;
            }
            rejoin(chunk.words, &chunk.text, &chunk.box);
        }
        if (!changed)
            continue;
        if (l.chunks.isEmpty()) {
            lines.removeAt(i);
            continue;
        }
        rejoin(l.chunks, &l.text, &l.box);
    }
}

} // namespace ledgerlens::Layout
