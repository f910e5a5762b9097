#pragma once

#include "document/PdfWord.h"

#include <QRectF>
#include <QString>
#include <QVector>

namespace ledgerlens {

// Words that sit close together on one line: a label, a figure, a header cell.
struct Chunk
{
    QString text;
    QRectF box;
    QVector<PdfWord> words;
};

// One printed line in reading order (top to bottom, words left to right).
struct TextLine
{
    int page = 0;
    QRectF box;
    QString text;            // whole line, CJK runs joined without spaces
    QVector<Chunk> chunks;   // split at wide gaps
    double fontSize = 0;
};

namespace Layout {
// Groups a page's words into lines by vertical overlap, in reading order.
QVector<TextLine> buildLines(const QVector<PdfWord> &words);
// Joins two pieces of text the way they read: no space between CJK
// characters (poppler splits every CJK glyph into its own word).
QString joinText(const QString &left, const QString &right);
bool isCjk(QChar c);
// Splits a line's words into chunks wherever the gap is wider than
// gapFactor * font size.
QVector<Chunk> chunksOf(const QVector<PdfWord> &words, double gapFactor = 0.9);
} // namespace Layout

} // namespace ledgerlens
