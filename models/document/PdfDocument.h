#pragma once

#include "PdfWord.h"

#include <QString>
#include <functional>
#include <memory>

namespace ledgerlens {

// Why a PDF could not be opened.
enum class PdfOpenStatus {
    Ok,
    NotFound,
    NotAFile,       // a folder, device or pipe
    BadFileName,    // missing, and its name is not valid UTF-8
    EmptyFile,
    NotPdf,
    Truncated,      // no end-of-file marker near the end
    Damaged,        // malformed beyond poppler's repair
    NoPages,
    Encrypted,      // a password is needed
    WrongPassword,
};

// The one place poppler is used for text: open a PDF, read its pages as plain
// words. Not thread-safe; use one instance per thread.
class PdfDocument
{
public:
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    // Returns null and sets status (and a one-line message) on failure.
    static std::unique_ptr<PdfDocument> open(const QString &path, const QString &password,
                                             PdfOpenStatus *status, QString *message = nullptr);
    static QString messageFor(PdfOpenStatus status, const QString &path);

    int pageCount() const;
    QSizeF pageSize(int page) const;        // page is 1-based; empty when poppler cannot find the page
    PdfPage words(int page) const;          // page is 1-based; see PdfPage::found
    // Poppler rebuilt a broken cross-reference table (so far: it may do so
    // lazily, while pages are read). Pages it could not find are missing.
    bool wasRepaired() const;

    // Where poppler's own diagnostics go, for the whole process (poppler has
    // one hook). Unset: they are dropped, since the CLI promises one line per
    // unreadable file; `--verbose` sends them to stderr. Called from any thread.
    using Diagnostics = std::function<void(const QString &message)>;
    static void setDiagnostics(Diagnostics sink);

private:
    PdfDocument();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ledgerlens
