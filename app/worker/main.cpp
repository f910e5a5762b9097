// ledgerlens-worker: the helper process the workbench starts to extract one
// report (`extract FILE --progress`) or to draw pages (`render-server`). It
// links Qt Core, Gui and the engine only, so each start is cheap and a hostile
// PDF meets as little code as possible. Not meant to be run by hand; the same
// extraction is `ledgerlens-cli extract`.
#include "WorkerCommands.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace ledgerlens;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ledgerlens-worker"));
    QStringList args = app.arguments().mid(1);
    worker::takeVerboseFlag(args);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("extract"))
        return worker::runExtract(args);
    if (command == QLatin1String("render-server"))
        return worker::runRenderServer(args);
    const bool help = command == QLatin1String("--help") || command == QLatin1String("-h");
    QTextStream(help ? stdout : stderr)
        << "usage: ledgerlens-worker extract FILE.pdf [...] [--progress] | render-server [--verbose]\n"
           "  The workbench's helper process; `ledgerlens-cli extract` is the same extraction for a shell.\n";
    return help ? worker::ExitOk : worker::ExitUsage;
}
