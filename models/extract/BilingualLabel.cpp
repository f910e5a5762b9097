#include "BilingualLabel.h"

#include <algorithm>

namespace ledgerlens {

namespace {

bool isIdeograph(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

int countIf(const QString &s, bool (*pred)(QChar))
{
    return int(std::count_if(s.begin(), s.end(), pred));
}

void append(QString &text, QRectF &box, const PdfWord &w)
{
    text = Layout::joinText(text, w.text);
    box = box.isNull() ? w.box : box.united(w.box);
}

} // namespace

BilingualLabel BilingualLabels::split(const QVector<PdfWord> &words)
{
    BilingualLabel out;
    int cut = int(words.size());
    // The Chinese part starts at the first word holding an ideograph ("-以銀行…"
    // keeps its leading dash).
    for (int i = 0; i < words.size() && cut == int(words.size()); ++i)
        if (std::any_of(words[i].text.begin(), words[i].text.end(), isIdeograph))
            cut = i;
    QString latin, cjk;
    for (int i = 0; i < words.size(); ++i)
        (i < cut ? latin : cjk) += words[i].text;
    const bool bilingual = countIf(latin, [](QChar c) { return c.isLetter() && c.unicode() < 0x250; }) >= 2
        && countIf(cjk, isIdeograph) >= 2;
    if (!bilingual) {
        const bool chinese = countIf(latin + cjk, isIdeograph) > 0;
        for (const PdfWord &w : words)
            chinese ? append(out.zh, out.zhBox, w) : append(out.en, out.enBox, w);
        return out;
    }
    for (int i = 0; i < words.size(); ++i)
        i < cut ? append(out.en, out.enBox, words[i]) : append(out.zh, out.zhBox, words[i]);
    return out;
}

} // namespace ledgerlens
