#include "ExtractionError.h"

#include "document/PdfDocument.h"

#include <QFileInfo>
#include <QStringList>

namespace ledgerlens {

namespace {

struct KeyOf
{
    ExtractionError error;
    const char *key;
};

// The protocol's vocabulary: keys are never renamed, only added.
constexpr KeyOf kKeys[] = {
    {ExtractionError::NotFound, "not-found"},
    {ExtractionError::NotAFile, "not-a-file"},
    {ExtractionError::BadFileName, "bad-file-name"},
    {ExtractionError::EmptyFile, "empty"},
    {ExtractionError::NotPdf, "not-pdf"},
    {ExtractionError::Truncated, "truncated"},
    {ExtractionError::Damaged, "damaged"},
    {ExtractionError::NoPages, "no-pages"},
    {ExtractionError::DamagedPageTree, "damaged-page-tree"},
    {ExtractionError::PageTooLarge, "page-too-large"},
    {ExtractionError::StreamTooLarge, "too-large-or-slow"},
    {ExtractionError::Encrypted, "encrypted"},
    {ExtractionError::WrongPassword, "wrong-password"},
    {ExtractionError::NoTextLayer, "no-text-layer"},
    {ExtractionError::Cancelled, "cancelled"},
};

QString inches(const QSizeF &points)
{
    return QStringLiteral("%1 x %2 in").arg(points.width() / 72.0, 0, 'f', 0).arg(points.height() / 72.0, 0, 'f', 0);
}

} // namespace

QString ExtractionErrors::key(ExtractionError error)
{
    for (const KeyOf &k : kKeys)
        if (k.error == error)
            return QString::fromLatin1(k.key);
    return {};
}

ExtractionError ExtractionErrors::fromKey(QStringView key)
{
    for (const KeyOf &k : kKeys)
        if (key == QLatin1String(k.key))
            return k.error;
    return ExtractionError::None;
}

QString ExtractionErrors::protocolLine(ExtractionError error, const ErrorArgs &args)
{
    QString line = QStringLiteral("error ") + key(error);
    auto add = [&line](const char *name, qint64 value) {
        if (value > 0)
            line += QLatin1Char(' ') + QLatin1String(name) + QLatin1Char('=') + QString::number(value);
    };
    add("page", args.page);
    add("count", args.count);
    add("width", qRound64(args.pageSize.width()));
    add("height", qRound64(args.pageSize.height()));
    add("bytes", args.bytes);
    return line;
}

std::optional<ExtractionErrors::Parsed> ExtractionErrors::parseProtocolLine(QStringView line)
{
    const QList<QStringView> parts = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts[0] != QLatin1String("error"))
        return std::nullopt;
    Parsed p;
    p.error = fromKey(parts[1]);
    if (p.error == ExtractionError::None)
        return std::nullopt;
    for (const QStringView part : parts.mid(2)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QStringView name = part.left(eq);
        bool ok = false;
        const qint64 value = part.mid(eq + 1).toLongLong(&ok);
        if (!ok || value < 0)
            continue;
        const int small = int(qMin<qint64>(value, 1 << 30));
        if (name == QLatin1String("page"))
            p.args.page = small;
        else if (name == QLatin1String("count"))
            p.args.count = small;
        else if (name == QLatin1String("width"))
            p.args.pageSize.setWidth(double(value));
        else if (name == QLatin1String("height"))
            p.args.pageSize.setHeight(double(value));
        else if (name == QLatin1String("bytes"))
            p.args.bytes = value;
    }
    return p;
}

QString ExtractionErrors::englishMessage(ExtractionError error, const ErrorArgs &args, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    switch (error) {
    case ExtractionError::None: return {};
    // Opening failures: worded by the document layer (also for `lines`).
    case ExtractionError::NotFound: return PdfDocument::messageFor(PdfOpenStatus::NotFound, path);
    case ExtractionError::NotAFile: return PdfDocument::messageFor(PdfOpenStatus::NotAFile, path);
    case ExtractionError::BadFileName: return PdfDocument::messageFor(PdfOpenStatus::BadFileName, path);
    case ExtractionError::EmptyFile: return PdfDocument::messageFor(PdfOpenStatus::EmptyFile, path);
    case ExtractionError::NotPdf: return PdfDocument::messageFor(PdfOpenStatus::NotPdf, path);
    case ExtractionError::Truncated: return PdfDocument::messageFor(PdfOpenStatus::Truncated, path);
    case ExtractionError::Damaged: return PdfDocument::messageFor(PdfOpenStatus::Damaged, path);
    case ExtractionError::NoPages: return PdfDocument::messageFor(PdfOpenStatus::NoPages, path);
    case ExtractionError::DamagedPageTree:
        return QStringLiteral("%1: the PDF's page tree is damaged (it loops or points nowhere): %2 of its pages cannot be found, from page %3")
            .arg(name).arg(args.count).arg(args.page);
    case ExtractionError::PageTooLarge:
        return QStringLiteral("%1: page %2 is far too large to be a report page (%3)%4")
            .arg(name).arg(args.page).arg(inches(args.pageSize))
            .arg(args.count > 1 ? QStringLiteral(", and %1 more like it").arg(args.count - 1) : QString());
    case ExtractionError::StreamTooLarge:
        return QStringLiteral("%1: a stream in the PDF is too large or too slow to read (it decompresses to over %2 MB)")
            .arg(name).arg(args.bytes >> 20);
    case ExtractionError::Encrypted: return PdfDocument::messageFor(PdfOpenStatus::Encrypted, path);
    case ExtractionError::WrongPassword: return PdfDocument::messageFor(PdfOpenStatus::WrongPassword, path);
    case ExtractionError::NoTextLayer:
        // Scanned pages, or text drawn as shapes or with unreadable fonts: the
        // same for the analyst, and we cannot tell which without rendering.
        return QStringLiteral("%1: no text layer: the figures cannot be read without OCR "
                              "(scanned pages, or text without readable characters)").arg(path);
    case ExtractionError::Cancelled: return QStringLiteral("%1: extraction cancelled").arg(path);
    }
    return {};
}

} // namespace ledgerlens
