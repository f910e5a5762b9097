#pragma once

#include "domain/Report.h"
#include "extract/PageText.h"

namespace ledgerlens::fuzz {

// The recognition half of Extractor::extract (everything after the pages are
// read), over lines built from plain words, without poppler.
Report recognise(const DocumentText &doc);

} // namespace ledgerlens::fuzz
