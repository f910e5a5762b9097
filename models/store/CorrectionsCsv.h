#pragma once

#include "ReportStore.h"

#include <QString>

namespace ledgerlens {

// Audit export of corrections as CSV (RFC 4180, UTF-8), one line per
// correction, mismatched ones included with status "mismatched":
// report,stock code,table,line item,period,field,extracted,corrected,note,who,when (UTC ISO),page,status
namespace CorrectionsCsv {
QString toCsv(const ReportStore &store);
bool write(const ReportStore &store, const QString &path, QString *error = nullptr);
} // namespace CorrectionsCsv

} // namespace ledgerlens
