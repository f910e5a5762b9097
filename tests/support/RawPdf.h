#pragma once

// Hand-written PDFs for the hostile-file tests: each fixture is the smallest
// file showing one defect, written byte by byte (no PDF library would write
// them). Objects are numbered from 1 in the order given.

#include <QByteArray>
#include <QList>

namespace RawPdf {

// A PDF with a correct cross-reference table; the catalog is object 1.
QByteArray build(const QList<QByteArray> &objects);
QByteArray stream(const QByteArray &data, const QByteArray &dictionaryExtra = {});
// Page content: `lines` lines of words in Helvetica (resource /F1).
QByteArray textContent(int lines = 12);

// The page tree's Kids point back up: no page can be reached.
QByteArray loopingPageTree();
// One page of words, width x height points (14400 x 14400 is 200 x 200 in).
QByteArray pageOfSize(double width, double height, int lines = 0);
// One page whose content stream is Flate data decoding to `decodedBytes`
// of blanks: kilobytes on disk, a long read for poppler.
QByteArray flateBomb(qint64 decodedBytes);
// `pdf` with its startxref offset pointing into the middle of the file, so a
// reader must rebuild the cross-reference table by scanning.
QByteArray withBrokenXref(const QByteArray &pdf);

} // namespace RawPdf
