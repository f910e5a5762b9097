#pragma once

#include "process/LoadJob.h"

#include <QString>

namespace ledgerlens {

// Words a load failure for the user, in the UI language. The worker names
// what is wrong with the file by key (ExtractionError); its English sentence
// is never parsed. (fromExtraction, the key's kind, is in process/LoadJob.h.)
namespace LoadFailures {
// One translated sentence for a failure kind and what it needs.
QString describe(LoadFailure failure, const FailureDetail &detail = {});
// True when asking the user for a password and retrying makes sense.
inline bool wantsPassword(LoadFailure f) { return f == LoadFailure::NeedsPassword || f == LoadFailure::WrongPassword; }
} // namespace LoadFailures

} // namespace ledgerlens
