#pragma once

#include "PageText.h"
#include "document/PdfDocument.h"

#include <atomic>
#include <functional>

namespace ledgerlens {

// Reads every page of a PDF into lines, on several threads: each thread opens
// its own PdfDocument (poppler documents are not shared across threads).
class PageReader
{
public:
    // progress(done, total) is called from worker threads, serialised;
    // returning false cancels. repaired (optional): poppler rebuilt the
    // file's cross-reference table on the way.
    using Progress = std::function<bool(int, int)>;
    static DocumentText read(const QString &path, const QString &password, int pageCount, int threads,
                             const Progress &progress, bool *cancelled, bool *repaired = nullptr);
};

} // namespace ledgerlens
