#include "LoadFailure.h"

#include <QCoreApplication>

namespace ledgerlens {

namespace {
// The translations' context, as before this was a namespace of functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ledgerlens::LoadFailures)
};
} // namespace

QString LoadFailures::describe(LoadFailure failure, const FailureDetail &detail)
{
    const ErrorArgs &a = detail.args;
    const int decodedMb = int(qMin<qint64>(a.bytes >> 20, 1 << 30));
    switch (failure) {
    case LoadFailure::None: return QString();
    case LoadFailure::NotFound: return Text::tr("file not found");
    case LoadFailure::NotAFile: return Text::tr("not a file: this is a folder, device or pipe");
    case LoadFailure::BadFileName: return Text::tr("the file's name is not valid UTF-8; rename the file");
    case LoadFailure::EmptyFile: return Text::tr("the file is empty");
    case LoadFailure::NotPdf: return Text::tr("not a PDF file");
    case LoadFailure::Truncated: return Text::tr("the PDF is damaged or truncated: its end is missing (an incomplete download?)");
    case LoadFailure::Damaged: return Text::tr("the PDF is damaged or truncated");
    case LoadFailure::NoPages: return Text::tr("the PDF has no pages (damaged)");
    case LoadFailure::DamagedPageTree:
        return Text::tr("the PDF's page tree is damaged: %n page(s) cannot be found, from page %1", nullptr, a.count)
            .arg(a.page);
    case LoadFailure::PageTooLarge:
        return Text::tr("page %1 is far too large to be a report page (%2 x %3 in)")
            .arg(a.page)
            .arg(qRound(a.pageSize.width() / 72.0))
            .arg(qRound(a.pageSize.height() / 72.0));
    case LoadFailure::StreamTooLarge:
        return Text::tr("a stream in the PDF is too large or too slow to read (it decompresses to over %n MB)", nullptr,
                        decodedMb);
    case LoadFailure::NeedsPassword: return Text::tr("encrypted: a password is needed to open it");
    case LoadFailure::WrongPassword: return Text::tr("wrong password");
    case LoadFailure::NoTextLayer: return Text::tr("no text layer: the figures cannot be read without OCR");
    case LoadFailure::NotFinancialReport: return Text::tr("not a financial report: no statements were found");
    case LoadFailure::Crashed: return Text::tr("the extractor crashed on this file");
    case LoadFailure::TimedOut:
        // What a decompression bomb or a pathological page looks like from outside.
        return detail.limit > 0 ? Text::tr("extraction took too long and was stopped after %n s: a "
                                           "stream in the PDF is too large or too slow to read",
                                           nullptr, detail.limit)
                                : Text::tr("extraction took too long and was stopped");
    case LoadFailure::OutOfMemory:
        return detail.limit > 0 ? Text::tr("extraction used too much memory and was stopped at %n MB: "
                                           "a stream in the PDF is too large or too slow to read",
                                           nullptr, detail.limit)
                                : Text::tr("extraction used too much memory and was stopped");
    case LoadFailure::BadOutput:
        return detail.text.isEmpty() ? Text::tr("the extractor returned unreadable output")
                                     : Text::tr("the extractor returned unreadable output: %1").arg(detail.text);
    case LoadFailure::WorkerMissing:
        return Text::tr("the extractor program (ledgerlens-worker) could not be started: %1").arg(detail.text);
    case LoadFailure::Other:
        // A worker newer or older than us: its own (English) words are all there is.
        return detail.text.isEmpty() ? Text::tr("the file could not be read")
                                     : Text::tr("the file could not be read: %1").arg(detail.text);
    }
    return QString();
}

} // namespace ledgerlens
