#pragma once

#include <QStringList>

namespace ledgerlens {
class ReportStore;
}

namespace ledgerlens::cli {

// Extracts each PDF in-process (Extractor) into the store, in order. An
// unreadable file gets one "error: <file>: <reason>" line on stderr and is
// skipped; returns false when any file failed.
bool loadReports(ReportStore &store, const QStringList &files);

} // namespace ledgerlens::cli
