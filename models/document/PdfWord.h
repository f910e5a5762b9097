#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

namespace ledgerlens {

// One word as printed, already NFKC-normalised (Kangxi radicals, full-width
// digits and curly quotes folded). Box in PDF points, origin top-left.
struct PdfWord
{
    QString text;
    int page = 0;         // 1-based
    QRectF box;
    double fontSize = 0;  // estimated from the box height
};

struct PdfPage
{
    int page = 0;         // 1-based
    QSizeF size;          // points
    QVector<PdfWord> words;
    bool found = true;    // false: poppler could not find the page (a damaged page tree)
};

// Folds the glyph variants PDF fonts produce into plain text: NFKC, curly
// quotes to straight ones, minus sign to '-'.
QString normalizePdfText(const QString &text);

} // namespace ledgerlens
