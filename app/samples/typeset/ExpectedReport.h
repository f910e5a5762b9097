#pragma once

#include "FilingDocument.h"
#include "FilingTypesetter.h"
#include "domain/Report.h"

#include <QJsonObject>

namespace ledgerlens::typeset {

// What an analyst would key in from a typeset filing: every keyed table
// (FilingTable::key) with its period columns, rows as printed, and the page and
// box where each figure landed. Built from the document and the typesetter's
// placement, so figures and pages never drift from the PDF.
namespace ExpectedReport {
Report build(const FilingDocument &document, const TypesetResult &placement, const QString &pdfPath);
// The extraction JSON contract (ReportJson), ready to write beside the PDF.
QJsonObject toJson(const FilingDocument &document, const TypesetResult &placement,
                   const QString &pdfPath);
} // namespace ExpectedReport

} // namespace ledgerlens::typeset
