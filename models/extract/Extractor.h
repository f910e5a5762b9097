#pragma once

#include "PageText.h"
#include "domain/Report.h"

#include <QString>
#include <functional>

namespace ledgerlens {

// Why a PDF could not be read; each has one clear user-facing message.
enum class ExtractionError {
    None,
    NotFound,
    EmptyFile,
    NotPdf,
    Damaged,        // truncated or malformed beyond repair
    Encrypted,      // needs a password
    WrongPassword,
    NoTextLayer,    // scanned: the figures cannot be read without OCR
};

struct ExtractionOptions
{
    QString password;
    int threads = 0; // 0: one per core
};

struct ExtractionResult
{
    Report report;
    ExtractionError error = ExtractionError::None;
    QString message; // one line, for stderr and the report list
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
    static void recognise(const DocumentText &doc, Report *report);
};

} // namespace ledgerlens
