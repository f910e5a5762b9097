#pragma once

#include "LoadJob.h"

#include <QString>

namespace ledgerlens {

// Turns what the worker process left behind into a LoadFailure. The worker
// prints one line on stderr when it gives up (exit code 2); the wording is the
// extractor's, so we classify it by keywords and keep the line as the message.
namespace LoadFailures {
LoadFailure classify(const QString &workerMessage);
// A short, translated explanation of a failure kind, used when the worker
// left no line of its own (crash, timeout) or to prefix one.
QString describe(LoadFailure failure);
// True when asking the user for a password and retrying makes sense.
inline bool wantsPassword(LoadFailure f) { return f == LoadFailure::NeedsPassword || f == LoadFailure::WrongPassword; }
} // namespace LoadFailures

} // namespace ledgerlens
