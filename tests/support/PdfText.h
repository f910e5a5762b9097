#pragma once

// The text layer of a PDF as poppler extracts it, for tests that check what a
// user's extractor would see (words with page and box in PDF points).

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace PdfText {

struct Word
{
    int page = 0;     // 1-based
    QString text;
    QRectF box;       // PDF points, origin top-left
};

// -1 when poppler cannot open the file.
int pageCount(const QString &pdfPath);
// Every word on a 1-based page (empty when the page has no text layer).
QVector<Word> words(const QString &pdfPath, int page);
// The page's words joined by spaces, in poppler's reading order.
QString pageText(const QString &pdfPath, int page);
// The word whose box centre lies inside `box` grown by `slack` points.
const Word *wordAt(const QVector<Word> &words, const QRectF &box, double slack = 1.0);
// A printed figure as a number: "(1,234)" -> "-1234", "0.03" -> "0.03",
// dashes -> "" (nil). False when the text is not a figure.
bool parseFigure(const QString &printed, QString *machine);

} // namespace PdfText
