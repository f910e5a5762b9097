#include "MainWindow.h"
#include "charts/ChartsController.h"
#include "review/ReviewController.h"
#include "review/WorkspaceController.h"

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
    parser.addPositionalArgument(QStringLiteral("reports"), QStringLiteral("Report PDFs to open."), QStringLiteral("[report.pdf... | workspace.ledgerlens]"));
    parser.process(app);

    ledgerlens::MainWindow window;
    ledgerlens::ReviewController review(&window);  // review dock, corrections, workspace, autosave
    new ledgerlens::ChartsController(&window);      // charts dock on the same models; owned by the window
    window.show();
    const QStringList files = parser.positionalArguments();
    // After show(): the window paints first, loading runs in worker processes.
    QTimer::singleShot(0, &window, [&window, &review, files] {
        if (review.offerRecovery() && files.isEmpty())
            return;  // the recovered work has its own reports
        // A workspace named on the command line opens as File > Open Workspace does.
        if (files.size() == 1 && files.front().endsWith(QLatin1String(".ledgerlens"), Qt::CaseInsensitive))
            review.workspace()->openPath(files.front());
        else if (files.isEmpty())
            window.openStartupFiles(samplesDir());
        else
            window.openFiles(files);
    });
    return app.exec();
}
