#include "PageFurniture.h"

#include <QRegularExpression>

namespace ledgerlens::Layout {

namespace {

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:page\\s*)?[-\u2013\u2014]?\\s*\\d{1,4}\\s*[-\u2013\u2014]?$|^[ivxlc]{1,6}$|^第\\s*\\d{1,4}\\s*頁$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

// A running footer or header: the page number beside the report's name
// ("97  2016 Annual Report", "50 Capital VC Limited"), or alone.
bool isRunningLine(const TextLine &line)
{
    if (isPageNumber(line.text))
        return true;
    if (line.chunks.size() < 2)
        return false;
    const bool numberFirst = isPageNumber(line.chunks.front().text);
    const bool numberLast = isPageNumber(line.chunks.back().text);
    if (numberFirst == numberLast)
        return false;
    // The rest is a name, not figures.
    const QString rest = numberFirst ? line.text.mid(line.chunks.front().text.size())
                                     : line.text.left(line.text.size() - line.chunks.back().text.size());
    int letters = 0;
    for (QChar c : rest)
        letters += c.isLetter();
    return letters >= 4;
}

} // namespace

QVector<TextLine> dropPageNumbers(QVector<TextLine> &lines, const QSizeF &pageSize)
{
    QVector<TextLine> dropped;
    if (lines.size() < 2 || pageSize.height() <= 0)
        return dropped;
    // The outer eighth of the page: margins, where running furniture sits.
    const double margin = pageSize.height() / 8;
    const TextLine &last = lines.back();
    const TextLine &aboveLast = lines[lines.size() - 2];
    if (last.box.top() > pageSize.height() - margin && isRunningLine(last)
        && last.box.top() - aboveLast.box.bottom() > last.box.height())
        dropped.append(lines.takeLast());
    if (lines.size() < 2)
        return dropped;
    const TextLine &first = lines.front();
    if (first.box.bottom() < margin && isRunningLine(first) && lines[1].box.top() - first.box.bottom() > first.box.height())
        dropped.prepend(lines.takeFirst());
    return dropped;
}

} // namespace ledgerlens::Layout
