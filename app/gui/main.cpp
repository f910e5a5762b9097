#include "MainWindow.h"
#include "charts/ChartsController.h"
#include "review/ReviewController.h"
#include "session/LaunchRequest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

// An installed app opens its installed samples; a build tree its build's.
static QString samplesDir()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(LEDGERLENS_SAMPLES_FROM_BIN));
    return QFileInfo(installed).isDir() ? QDir::cleanPath(installed) : QStringLiteral(LEDGERLENS_SAMPLES_DIR);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ledgerlens"));
    QCoreApplication::setApplicationName(QStringLiteral("Ledgerlens"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ledgerlens"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compare HKEX financial reports side by side."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Report PDFs and a .ledgerlens workspace to open."),
                                 QStringLiteral("[workspace.ledgerlens] [report.pdf...]"));
    parser.process(app);
    const ledgerlens::LaunchRequest request = ledgerlens::LaunchRequest::fromArguments(parser.positionalArguments());

    ledgerlens::MainWindow window;
    ledgerlens::ReviewController review(&window);  // review dock, corrections, workspace, autosave
    new ledgerlens::ChartsController(&window);      // charts dock on the same models; owned by the window
    window.restoreLayout();                         // once: every dock exists now
    window.show();
    // After show(): the window paints first, loading runs in worker processes.
    QTimer::singleShot(0, &window, [&review, request] { review.launch(request, samplesDir()); });
    return app.exec();
}
