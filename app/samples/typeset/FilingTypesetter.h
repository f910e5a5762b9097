#pragma once

#include "FilingDocument.h"
#include "domain/Report.h"

#include <QString>
#include <QVector>

namespace ledgerlens::typeset {

// Where one table landed in the PDF.
struct PlacedTable
{
    int block = -1;                      // index into FilingDocument::blocks
    QVector<int> pages;                  // 1-based, in order
    QVector<int> rowPages;               // page of each row
    QVector<QVector<SourceRef>> cells;   // [row][column]: box of each printed figure
                                         // (invalid for heading rows)
};

struct TypesetResult
{
    bool ok = false;
    QString error;
    int pageCount = 0;
    QVector<PlacedTable> tables;

    const PlacedTable *forBlock(int block) const;
};

// Typesets a FilingDocument into an A4 PDF with a real text layer (embedded
// fonts, so poppler extracts the characters), like an HKEX filing.
class FilingTypesetter
{
public:
    static TypesetResult write(const FilingDocument &document, const QString &pdfPath);
};

} // namespace ledgerlens::typeset
