#pragma once

#include <QStringList>

// The commands of `ledgerlens-worker`, the process the workbench starts for
// each report and for drawing pages. They link only Qt Core, Gui and the
// engine; `ledgerlens-cli extract` runs the same runExtract.
namespace ledgerlens::worker {

// Exit codes shared by the worker and the CLI.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitUnreadable = 2 };

// Removes --verbose from args; with it, poppler's own diagnostics go to stderr
// (the commands otherwise promise one line per unreadable file).
void takeVerboseFlag(QStringList &args);

// `extract FILE.pdf [FILE2.pdf ...] [--out DIR] [--password P | --password-stdin] [--progress] [--threads N]`
// (args after the command name).
int runExtract(const QStringList &args);

// `render-server`: pages on stdout for requests on stdin (models/document/RenderProtocol.h).
int runRenderServer(const QStringList &args);

} // namespace ledgerlens::worker
