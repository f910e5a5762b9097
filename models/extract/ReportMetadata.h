#pragma once

#include "PageText.h"
#include "domain/Report.h"

namespace ledgerlens {

// Company, stock code and kind of filing, read from the first pages; run
// after the statements are recognised (their pages and language count).
namespace ReportMetadata {
void fill(Report &report, const DocumentText &doc);
} // namespace ReportMetadata

} // namespace ledgerlens
