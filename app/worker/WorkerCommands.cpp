#include "WorkerCommands.h"

#include "document/PdfDocument.h"

#include <QTextStream>

namespace ledgerlens::worker {

void takeVerboseFlag(QStringList &args)
{
    if (args.removeAll(QStringLiteral("--verbose")) > 0)
        PdfDocument::setDiagnostics([](const QString &message) {
            QTextStream(stderr) << "poppler: " << message << Qt::endl;
        });
}

} // namespace ledgerlens::worker
