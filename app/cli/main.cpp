// ledgerlens-cli: a small dispatcher over sub-commands. Each command lives in
// its own file and registers itself (see CliCommand.h).
#include "CliCommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>
#include <memory>

namespace ledgerlens::cli {

QList<CliCommand> &registeredCommands()
{
    static QList<CliCommand> commands;
    return commands;
}

CommandRegistration::CommandRegistration(const char *name, const char *summary, int (*run)(const QStringList &))
{
    registeredCommands().append(CliCommand{QString::fromUtf8(name), QString::fromUtf8(summary), run});
}

} // namespace ledgerlens::cli

static void printUsage(QTextStream &out)
{
    out << "usage: ledgerlens-cli <command> [options]\n\ncommands:\n";
    auto commands = ledgerlens::cli::registeredCommands();
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const auto &c : commands)
        out << "  " << c.name.leftJustified(14) << ' ' << c.summary << "\n";
    out << "\n`ledgerlens-cli <command> --help` describes a command.\n"
           "--verbose (with any command) also prints poppler's own diagnostics on stderr.\n";
}

// `chart` draws with the workbench's Qt Charts views: it needs a widget
// application, off screen unless a platform is chosen. Other commands stay GUI-free.
static std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "chart") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char **argv)
{
    const auto application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("ledgerlens-cli"));
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout), err(stderr);
    // Poppler's complaints about a damaged file run to hundreds of lines; the
    // commands promise one line per unreadable file, so only on request.
    ledgerlens::worker::takeVerboseFlag(args);
    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? ledgerlens::cli::ExitUsage : ledgerlens::cli::ExitOk;
    }
    const QString name = args.takeFirst();
    for (const auto &c : ledgerlens::cli::registeredCommands())
        if (c.name == name)
            return c.run(args);
    err << "ledgerlens-cli: unknown command '" << name << "'\n";
    printUsage(err);
    return ledgerlens::cli::ExitUsage;
}
