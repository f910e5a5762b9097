#pragma once

#include <QSizeF>
#include <QString>
#include <optional>

namespace ledgerlens {

// Why a PDF could not be read: a code with its arguments. Nothing here is
// worded for the user: the workbench words each code in the user's language
// (ui/loading/LoadFailure), the CLI in English (englishMessage).
enum class ExtractionError {
    None,
    NotFound,
    NotAFile,        // a folder, device or pipe
    BadFileName,     // the name is not valid UTF-8, so the file cannot be opened by it
    EmptyFile,
    NotPdf,
    Truncated,       // the end of the file is missing
    Damaged,         // poppler cannot read its structure, even repaired
    NoPages,
    DamagedPageTree, // the page tree loops or points nowhere: its pages cannot be found
    PageTooLarge,    // pages far larger than any printed page
    StreamTooLarge,  // a stream decompresses to far more than a page needs (a "bomb")
    Encrypted,       // needs a password
    WrongPassword,
    NoTextLayer,     // scanned: the figures cannot be read without OCR
    Cancelled,
};

// What a code's sentence needs; each code uses only some of these.
struct ErrorArgs
{
    int page = 0;        // DamagedPageTree, PageTooLarge: the first page concerned (1-based)
    int count = 0;       // DamagedPageTree, PageTooLarge: how many pages
    QSizeF pageSize;     // PageTooLarge: in points
    qint64 bytes = 0;    // StreamTooLarge: it decoded to at least this many bytes
    bool operator==(const ErrorArgs &o) const
    {
        return page == o.page && count == o.count && pageSize == o.pageSize && bytes == o.bytes;
    }
};

namespace ExtractionErrors {

// The stable key of a code in the worker protocol: "encrypted", "no-text-layer", ...
QString key(ExtractionError error);
// None for an unknown key (a newer worker): the caller falls back to the sentence.
ExtractionError fromKey(QStringView key);

// The worker protocol's line for a failure, before the "error: <file>: <reason>"
// sentence:   error <key> [name=value ...]   e.g. "error page-too-large page=1 count=1 width=14400 height=14400"
QString protocolLine(ExtractionError error, const ErrorArgs &args);
struct Parsed
{
    ExtractionError error = ExtractionError::None;
    ErrorArgs args;
};
// Only lines in that form; "error: ..." sentences and unknown keys are not.
std::optional<Parsed> parseProtocolLine(QStringView line);

// The one-line English sentence of the CLI's contract, "<file>: <reason>".
QString englishMessage(ExtractionError error, const ErrorArgs &args, const QString &path);

} // namespace ExtractionErrors
} // namespace ledgerlens
