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

} // namespace

void dropPageNumbers(QVector<TextLine> &lines, const QSizeF &pageSize)
{
    if (lines.size() < 2 || pageSize.height() <= 0)
        return;
    // The outer eighth of the page: margins, where running furniture sits.
    const double margin = pageSize.height() / 8;
    const TextLine &last = lines.back();
    const TextLine &aboveLast = lines[lines.size() - 2];
    if (last.box.top() > pageSize.height() - margin && isPageNumber(last.text)
        && last.box.top() - aboveLast.box.bottom() > last.box.height())
        lines.removeLast();
    if (lines.size() < 2)
        return;
    const TextLine &first = lines.front();
    if (first.box.bottom() < margin && isPageNumber(first.text) && lines[1].box.top() - first.box.bottom() > first.box.height())
        lines.removeFirst();
}

} // namespace ledgerlens::Layout
