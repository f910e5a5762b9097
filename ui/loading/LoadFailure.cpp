#include "LoadFailure.h"

#include <QCoreApplication>

namespace ledgerlens {

LoadFailure LoadFailures::classify(const QString &workerMessage)
{
    const QString m = workerMessage.toLower();
    auto has = [&](const char *word) { return m.contains(QLatin1String(word)); };
    // Most specific first: "wrong password" also mentions "password".
    if (has("wrong password") || has("incorrect password") || has("invalid password"))
        return LoadFailure::WrongPassword;
    if (has("encrypted") || has("password"))
        return LoadFailure::NeedsPassword;
    if (has("text layer") || has("ocr") || has("scanned") || has("image-only") || has("image only"))
        return LoadFailure::NoTextLayer;
    if (has("not a financial report") || has("no financial statement") || has("no statements"))
        return LoadFailure::NotFinancialReport;
    if (has("not a pdf"))
        return LoadFailure::NotPdf;
    if (has("empty"))
        return LoadFailure::EmptyFile;
    if (has("not found") || has("no such file") || has("cannot open") || has("can't open"))
        return LoadFailure::NotFound;
    if (has("truncated") || has("damaged") || has("malformed") || has("corrupt"))
        return LoadFailure::Damaged;
    return LoadFailure::Other;
}

QString LoadFailures::describe(LoadFailure failure)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("ledgerlens::LoadFailures", s); };
    switch (failure) {
    case LoadFailure::None: return QString();
    case LoadFailure::NotFound: return tr("file not found");
    case LoadFailure::EmptyFile: return tr("the file is empty");
    case LoadFailure::NotPdf: return tr("not a PDF file");
    case LoadFailure::Damaged: return tr("the PDF is damaged or truncated");
    case LoadFailure::NeedsPassword: return tr("encrypted: a password is needed to open it");
    case LoadFailure::WrongPassword: return tr("wrong password");
    case LoadFailure::NoTextLayer: return tr("no text layer: the figures cannot be read without OCR");
    case LoadFailure::NotFinancialReport: return tr("not a financial report: no statements were found");
    case LoadFailure::Crashed: return tr("the extractor crashed on this file");
    case LoadFailure::TimedOut: return tr("extraction took too long and was stopped");
    case LoadFailure::OutOfMemory: return tr("extraction used too much memory and was stopped");
    case LoadFailure::BadOutput: return tr("the extractor returned unreadable output");
    case LoadFailure::WorkerMissing: return tr("the extractor program (ledgerlens-cli) could not be started");
    case LoadFailure::Other: return tr("the file could not be read");
    }
    return QString();
}

} // namespace ledgerlens
