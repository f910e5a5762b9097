#pragma once

#include "layout/TextLine.h"

#include <QSizeF>
#include <QVector>

namespace ledgerlens {

// A page read into lines: what every recogniser works on.
struct PageText
{
    int page = 0;            // 1-based
    QSizeF size;
    QVector<TextLine> lines;
    QVector<TextLine> furniture; // running header and footer lines taken out of lines
    int wordCount = 0;
    bool found = true;       // false: poppler could not find the page (a damaged page tree)
};

using DocumentText = QVector<PageText>;

} // namespace ledgerlens
