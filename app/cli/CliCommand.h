#pragma once

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

// Exit codes shared by the commands.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitUnreadable = 2 };

} // namespace ledgerlens::cli
