#pragma once

#include <QHash>
#include <QString>

namespace ledgerlens {

// Folds a printed line-item label to the form the taxonomy matches on.
// The same fold is applied to the taxonomy's own variants, so any rewrite
// here only has to be consistent, not pretty. It never drops words that
// distinguish two line items; it only folds what does not (case, width,
// spacing, quotes, "(loss)/profit" style sign pairs, period phrases).
class LabelNormalizer
{
public:
    // simplifiedToTraditional maps single simplified Chinese characters to
    // their traditional form (from the taxonomy data).
    explicit LabelNormalizer(QHash<QChar, QChar> simplifiedToTraditional = {});

    QString normalize(const QString &printed) const;
    // The character-level part only: NFKC, case fold, quotes/dashes/slashes,
    // simplified->traditional, whitespace folded, no spaces beside CJK.
    QString fold(const QString &printed) const;

    // Only simplified -> traditional, character for character: the text keeps
    // its case, widths and spacing (for reading headers in either script).
    QString toTraditional(const QString &text) const;

    static bool isCjk(QChar c);
    // True when the text holds a character only simplified Chinese writes.
    bool hasSimplified(const QString &text) const;

private:
    QString foldCharacters(const QString &s) const;

    QHash<QChar, QChar> m_s2t;
};

} // namespace ledgerlens
