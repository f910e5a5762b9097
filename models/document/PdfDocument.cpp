#include "PdfDocument.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <mutex>

namespace ledgerlens {

QString normalizePdfText(const QString &text)
{
    // ASCII is already in NFKC: skip the costly normalisation for most words.
    bool ascii = true;
    for (QChar c : text)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return text;
    QString s = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : s) {
        switch (c.unicode()) {
        case 0x2019: case 0x2018: case 0x2032: c = QLatin1Char('\''); break;
        case 0x201C: case 0x201D: c = QLatin1Char('"'); break;
        case 0x2212: c = QLatin1Char('-'); break;
        case 0x00A0: c = QLatin1Char(' '); break;
        default: break;
        }
    }
    return s;
}

struct PdfDocument::Impl
{
    std::unique_ptr<Poppler::Document> doc;
};

PdfDocument::PdfDocument() : d(new Impl) {}
PdfDocument::~PdfDocument() = default;

namespace {

QMutex g_diagnosticsLock;
PdfDocument::Diagnostics g_diagnostics;

void forwardDiagnostic(const QString &message, const QVariant &)
{
    QMutexLocker lock(&g_diagnosticsLock);
    if (g_diagnostics)
        g_diagnostics(message);
}

// Poppler's default sends every complaint to qDebug, i.e. stderr: hundreds
// of lines for one damaged file, in the middle of the CLI's one-line contract.
void takeOverDiagnostics()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(&forwardDiagnostic, QVariant()); });
}

// A PDF must start with %PDF- (allowing a little junk before it) and, unless
// truncated, end with %%EOF near its end (some tools pad the end with NULs).
PdfOpenStatus sniff(const QString &path)
{
    QFileInfo fi(path);
    if (fi.exists() && !fi.isFile())
        return PdfOpenStatus::NotAFile;
    if (!fi.exists())
        return path.contains(QChar(QChar::ReplacementCharacter)) ? PdfOpenStatus::BadFileName : PdfOpenStatus::NotFound;
    if (fi.size() == 0)
        return PdfOpenStatus::EmptyFile;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return PdfOpenStatus::NotFound;
    const QByteArray head = f.read(1024);
    if (!head.contains("%PDF-"))
        return PdfOpenStatus::NotPdf;
    const qint64 tail = qMin<qint64>(fi.size(), 64 * 1024);
    f.seek(fi.size() - tail);
    if (!f.read(tail).contains("%%EOF"))
        return PdfOpenStatus::Truncated;
    return PdfOpenStatus::Ok;
}

} // namespace

QString PdfDocument::messageFor(PdfOpenStatus status, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    switch (status) {
    case PdfOpenStatus::Ok: return {};
    case PdfOpenStatus::NotFound: return QStringLiteral("%1: file not found").arg(path);
    case PdfOpenStatus::NotAFile:
        return QStringLiteral("%1: file not found: this is a folder, device or pipe, not a file").arg(path);
    case PdfOpenStatus::BadFileName:
        return QStringLiteral("%1: file not found: its name is not valid UTF-8; rename the file").arg(path);
    case PdfOpenStatus::EmptyFile: return QStringLiteral("%1: the file is empty (0 bytes)").arg(name);
    case PdfOpenStatus::NotPdf: return QStringLiteral("%1: not a PDF file").arg(name);
    case PdfOpenStatus::Truncated:
        return QStringLiteral("%1: the PDF is damaged or truncated: its end is missing (an incomplete download?)").arg(name);
    case PdfOpenStatus::Damaged: return QStringLiteral("%1: the PDF is damaged or truncated").arg(name);
    case PdfOpenStatus::NoPages: return QStringLiteral("%1: the PDF has no pages (damaged)").arg(name);
    case PdfOpenStatus::Encrypted: return QStringLiteral("%1: the PDF is encrypted; give its password with --password-stdin").arg(name);
    case PdfOpenStatus::WrongPassword: return QStringLiteral("%1: wrong password for the encrypted PDF").arg(name);
    }
    return {};
}

std::unique_ptr<PdfDocument> PdfDocument::open(const QString &path, const QString &password,
                                               PdfOpenStatus *status, QString *message)
{
    auto fail = [&](PdfOpenStatus s) -> std::unique_ptr<PdfDocument> {
        if (status)
            *status = s;
        if (message)
            *message = messageFor(s, path);
        return nullptr;
    };
    takeOverDiagnostics();
    const PdfOpenStatus sniffed = sniff(path);
    if (sniffed != PdfOpenStatus::Ok)
        return fail(sniffed);
    const QByteArray pw = password.toUtf8();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path, pw, pw);
    if (!doc)
        return fail(PdfOpenStatus::Damaged);
    if (doc->isLocked())
        return fail(password.isEmpty() ? PdfOpenStatus::Encrypted : PdfOpenStatus::WrongPassword);
    if (doc->numPages() <= 0)
        return fail(PdfOpenStatus::NoPages);
    std::unique_ptr<PdfDocument> pdf(new PdfDocument);
    pdf->d->doc = std::move(doc);
    if (status)
        *status = PdfOpenStatus::Ok;
    return pdf;
}

int PdfDocument::pageCount() const { return d->doc->numPages(); }

bool PdfDocument::wasRepaired() const { return d->doc->xrefWasReconstructed(); }

void PdfDocument::setDiagnostics(Diagnostics sink)
{
    takeOverDiagnostics();
    QMutexLocker lock(&g_diagnosticsLock);
    g_diagnostics = std::move(sink);
}

QSizeF PdfDocument::pageSize(int page) const
{
    std::unique_ptr<Poppler::Page> p(d->doc->page(page - 1));
    return p ? p->pageSizeF() : QSizeF();
}

PdfPage PdfDocument::words(int page) const
{
    PdfPage out;
    out.page = page;
    std::unique_ptr<Poppler::Page> p(d->doc->page(page - 1));
    if (!p) {
        out.found = false;
        return out;
    }
    out.size = p->pageSizeF();
    const auto boxes = p->textList();
    out.words.reserve(int(boxes.size()));
    for (const auto &b : boxes) {
        QString text = normalizePdfText(b->text()).trimmed();
        if (text.isEmpty())
            continue;
        PdfWord w;
        w.text = text;
        w.page = page;
        w.box = b->boundingBox();
        w.fontSize = w.box.height();
        out.words.append(w);
    }
    return out;
}

} // namespace ledgerlens
