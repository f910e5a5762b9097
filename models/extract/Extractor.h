#pragma once

#include "ExtractionError.h"
#include "PageText.h"
#include "RegionReader.h"
#include "domain/TableRegion.h"
#include "domain/Report.h"

#include <QString>
#include <functional>

namespace ledgerlens {

struct ExtractionOptions
{
    QString password;
    int threads = 0; // 0: one per core
    // Tables the analyst pointed at: each replaces (or fills) the recognised
    // table of its kind.
    QVector<TableRegion> regions;
};

// A region that held no table: the recognised table of its kind stays.
struct RegionIssue
{
    TableRegion region;
    RegionProblem problem = RegionProblem::None;
    int page = 0;
    QString message;  // the CLI's English line (RegionReader::englishMessage)
};

struct ExtractionResult
{
    Report report;
    ExtractionError error = ExtractionError::None;
    ErrorArgs args;   // what the error's sentence needs (page, size, ...)
    QString message;  // the CLI's English line (ExtractionErrors::englishMessage)
    QVector<RegionIssue> regionIssues;
    bool ok() const { return error == ExtractionError::None; }
};

// The whole engine behind one call: PDF in, Report out. Used by the CLI (and
// so by the app's worker process) and by tests.
class Extractor
{
public:
    // progress(pagesDone, pageCount); returning false cancels.
    using Progress = std::function<bool(int, int)>;
    static ExtractionResult extract(const QString &path, const ExtractionOptions &options = {},
                                    const Progress &progress = {});
    // The recognition half of extract(), after the pages are read: lines of
    // plain words in, metadata, tables, canonical keys, checks and warnings
    // out. No poppler, so the fuzz target drives exactly this.
    // regions replace the recognised tables of their kinds; those that hold
    // no table are listed in *issues.
    static void recognise(const DocumentText &doc, Report *report, const QVector<TableRegion> &regions = {},
                          QVector<RegionIssue> *issues = nullptr);
};

} // namespace ledgerlens
