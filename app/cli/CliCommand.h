#pragma once

#include "WorkerCommands.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace ledgerlens::cli {

// One sub-command of ledgerlens-cli. A command file registers itself with one
// line at namespace scope:
//   static const CommandRegistration reg{"extract", "summary", &runExtract};
// so adding a command never touches main.cpp.
struct CliCommand
{
    QString name;
    QString summary;   // one line for `ledgerlens-cli --help`
    std::function<int(const QStringList &args)> run;   // args after the command name
};

QList<CliCommand> &registeredCommands();

struct CommandRegistration
{
    CommandRegistration(const char *name, const char *summary, int (*run)(const QStringList &));
};

// Exit codes shared by the commands (and the worker's).
using worker::ExitCode;
using worker::ExitOk;
using worker::ExitUsage;
using worker::ExitUnreadable;

} // namespace ledgerlens::cli
