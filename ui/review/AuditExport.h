#pragma once

#include <QString>

namespace ledgerlens {

class ReportStore;
struct TableData;

// File > Export Audit Sheet: every correction (applied, waiting for its
// report, and mismatched) with what was printed, what it became, the note,
// who and when, as CSV (CorrectionsCsv) or XLSX (the export layer's writer).
namespace AuditExport {
// The same lines as the CSV, as a grid for the XLSX writer; figures stay numbers.
TableData toTable(const ReportStore &store);
// By the path's suffix: ".xlsx" writes a workbook, anything else CSV.
bool write(const ReportStore &store, const QString &path, QString *error);
} // namespace AuditExport

} // namespace ledgerlens
