// `ledgerlens-cli extract`: the worker's extraction (app/worker/ExtractCommand.cpp),
// the same options, output and --progress protocol, for a user's shell.
#include "CliCommand.h"

#include "WorkerCommands.h"

namespace {
const ledgerlens::cli::CommandRegistration registration{"extract", "extract statements from report PDFs as JSON",
                                                        &ledgerlens::worker::runExtract};
}
