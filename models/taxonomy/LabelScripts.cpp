#include "LabelScripts.h"

#include "taxonomy/LabelNormalizer.h"

namespace ledgerlens {

namespace {

enum class Script { Neutral, Latin, Cjk };

Script scriptOf(QChar c)
{
    // Full-width forms (（ ） ╱ －) and CJK punctuation read with the Chinese text.
    const ushort u = c.unicode();
    if (LabelNormalizer::isCjk(c) || (u >= 0xFF00 && u <= 0xFFEF) || u == 0x2571)
        return Script::Cjk;
    if (c.isLetterOrNumber())
        return Script::Latin;
    return Script::Neutral;
}

// Trims spaces and the dashes and separators a split leaves at either end;
// brackets stay (they carry "(loss)" and the like).
QString tidy(const QString &s)
{
    QString out = s.simplified();
    static const QString loose = QStringLiteral(" -\u2013\u2014,;:/");
    while (!out.isEmpty() && loose.contains(out.back()))
        out.chop(1);
    return out.simplified();
}

bool hasLetters(const QString &s)
{
    for (QChar c : s) {
        if (c.isLetter())
            return true;
    }
    return false;
}

} // namespace

QStringList LabelScripts::split(const QString &label)
{
    QString latin, cjk;
    Script current = Script::Neutral;
    bool sawLatin = false, sawCjk = false;
    for (QChar c : label) {
        Script s = scriptOf(c);
        if (s == Script::Neutral)
            s = current == Script::Neutral ? Script::Latin : current;
        if (s == Script::Cjk && current == Script::Latin && !latin.isEmpty() && !latin.endsWith(QLatin1Char(' ')))
            latin += QLatin1Char(' '); // a run of English resumes later: keep its words apart
        current = scriptOf(c) == Script::Neutral ? current : s;
        (s == Script::Cjk ? cjk : latin) += c;
        sawLatin = sawLatin || (s == Script::Latin && c.isLetter());
        sawCjk = sawCjk || (s == Script::Cjk && c.isLetter());
    }
    const QString en = tidy(latin);
    const QString zh = tidy(cjk);
    if (!sawLatin || !sawCjk || !hasLetters(en) || !hasLetters(zh))
        return {};
    return {en, zh};
}

} // namespace ledgerlens
