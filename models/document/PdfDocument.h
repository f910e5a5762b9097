#pragma once

#include "PdfWord.h"

#include <QString>
#include <memory>

namespace ledgerlens {

// Why a PDF could not be opened.
enum class PdfOpenStatus {
    Ok,
    NotFound,
    EmptyFile,
    NotPdf,
    Damaged,        // truncated or malformed
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
    QSizeF pageSize(int page) const;        // page is 1-based
    PdfPage words(int page) const;          // page is 1-based

private:
    PdfDocument();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ledgerlens
