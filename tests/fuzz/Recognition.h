#pragma once

#include "domain/Report.h"
#include "extract/PageText.h"

namespace ledgerlens::fuzz {

// The recognition half of Extractor::extract (everything after the pages are
// read), over lines built from plain words, without poppler. It mirrors
// Extractor.cpp step by step; replace it with the engine's own entry point
// once Extractor offers one that takes a DocumentText.
Report recognise(const DocumentText &doc);

} // namespace ledgerlens::fuzz
