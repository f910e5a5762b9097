#include "TextRules.h"

#include <algorithm>

namespace ledgerlens::Layout {

bool isTextRule(const QString &word)
{
    // Three or more: a single dash is a nil figure, two may be "--" in prose.
    static const QString rule = QStringLiteral("-_=~\u2010\u2011\u2012\u2013\u2014\u2015\u2500\u2501\u2550\uFF0D\uFF3F\uFF1D");
    return word.size() >= 3 && std::all_of(word.begin(), word.end(), [](QChar c) { return rule.contains(c); });
}

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
            chunk.text.clear();
            chunk.box = QRectF();
            for (const PdfWord &w : chunk.words) {
                chunk.text = joinText(chunk.text, w.text);
                chunk.box = chunk.box.isNull() ? w.box : chunk.box.united(w.box);
            }
        }
        if (!changed)
            continue;
        if (l.chunks.isEmpty()) {
            lines.removeAt(i);
            continue;
        }
        l.text.clear();
        l.box = QRectF();
        for (const Chunk &chunk : l.chunks) {
            l.text = joinText(l.text, chunk.text);
            l.box = l.box.isNull() ? chunk.box : l.box.united(chunk.box);
        }
    }
}

} // namespace ledgerlens::Layout
