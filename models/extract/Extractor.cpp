#include "Extractor.h"

namespace ledgerlens {

// Placeholder until the recognisers land.
ExtractionResult Extractor::extract(const QString &path, const ExtractionOptions &, const Progress &)
{
    ExtractionResult r;
    r.report.path = path;
    return r;
}

} // namespace ledgerlens
