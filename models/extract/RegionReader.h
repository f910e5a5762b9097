#pragma once

#include "PageText.h"
#include "domain/TableRegion.h"
#include "domain/Report.h"

namespace ledgerlens {

// Why a region the analyst pointed at holds no table.
enum class RegionProblem {
    None,
    NoSuchPage,      // a page of the range is not in the PDF
    BoxOutsidePage,  // the box lies wholly off the first page
    NothingPrinted,  // no text in the box (or on the pages)
    NoFigureRows,    // text, but no rows of figures under a header
};

struct RegionRead
{
    Table table;
    RegionProblem problem = RegionProblem::None;
    int pageCount = 0;     // of the document, for NoSuchPage's sentence
    int page = 0;          // the page concerned
    QSizeF pageSize;       // BoxOutsidePage: the first page's size
    bool ok() const { return problem == RegionProblem::None; }
};

// Reads a table where the analyst says it is, with the stages the recogniser
// uses (TableReader: rows, columns, periods, units, labels, boxes); the
// caller keys its rows and runs the checks as for a recognised table.
namespace RegionReader {
RegionRead read(const DocumentText &doc, const TableRegion &region, const QDate &fallbackDate = {});
// The stable key of a problem ("no-such-page", ...), as ExtractionErrors::key.
QString problemKey(RegionProblem problem);
RegionProblem problemFromKey(QStringView key);
// The CLI's English sentence for a problem.
QString englishMessage(const RegionRead &read, const TableRegion &region);
} // namespace RegionReader

} // namespace ledgerlens
