#include "CliReportLoader.h"

#include "extract/Extractor.h"
#include "store/ReportStore.h"

#include <QTextStream>

namespace ledgerlens::cli {

bool loadReports(ReportStore &store, const QStringList &files)
{
    QTextStream err(stderr);
    bool allOk = true;
    for (const QString &file : files) {
        const ExtractionResult r = Extractor::extract(file);
        if (!r.ok()) {
            err << "error: " << r.message << "\n";  // the message names the file
            allOk = false;
            continue;
        }
        const EntryId id = store.addEntry(file);
        store.setReport(id, r.report);
    }
    return allOk;
}

} // namespace ledgerlens::cli
