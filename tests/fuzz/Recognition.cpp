#include "Recognition.h"

#include "extract/Extractor.h"

namespace ledgerlens::fuzz {

Report recognise(const DocumentText &doc)
{
    Report report;
    report.pageCount = doc.size();
    Extractor::recognise(doc, &report);
    return report;
}

} // namespace ledgerlens::fuzz
