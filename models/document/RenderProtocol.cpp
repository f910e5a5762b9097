#include "RenderProtocol.h"

#include <QList>

namespace ledgerlens::RenderProtocol {

QByteArray requestLine(const Request &request)
{
    // "-" for no password: base64 of nothing is an empty field, lost to trimming.
    const QByteArray password = request.password.isEmpty() ? QByteArray("-") : request.password.toUtf8().toBase64();
    return "render " + QByteArray::number(request.page) + ' ' + QByteArray::number(request.dpi, 'f', 2) + ' '
        + request.path.toUtf8().toBase64() + ' ' + password + '\n';
}

std::optional<Request> parseRequest(const QByteArray &line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() != 5 || parts[0] != "render")
        return std::nullopt;
    Request r;
    bool okPage = false, okDpi = false;
    r.page = parts[1].toInt(&okPage);
    r.dpi = parts[2].toDouble(&okDpi);
    const auto path = QByteArray::fromBase64Encoding(parts[3], QByteArray::AbortOnBase64DecodingErrors);
    const auto password = QByteArray::fromBase64Encoding(parts[4] == "-" ? QByteArray() : parts[4],
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!okPage || !okDpi || r.page < 1 || !(r.dpi > 0 && r.dpi <= kMaxDpi) || !path || path.decoded.isEmpty() || !password)
        return std::nullopt;
    r.path = QString::fromUtf8(path.decoded);
    r.password = QString::fromUtf8(password.decoded);
    return r;
}

QByteArray imageHeader(const QImage &rgb32, double dpi)
{
    return "image " + QByteArray::number(rgb32.width()) + ' ' + QByteArray::number(rgb32.height()) + ' '
        + QByteArray::number(dpi, 'f', 2) + '\n';
}

QByteArray errorLine(const QString &text)
{
    QString oneLine = text;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return "error " + oneLine.toUtf8() + '\n';
}

std::optional<ReplyHeader> parseReplyHeader(const QByteArray &line)
{
    ReplyHeader h;
    const QByteArray text = line.trimmed();
    if (text.startsWith("error ") || text == "error") {
        h.error = QString::fromUtf8(text.mid(6)).left(300);
        return h;
    }
    const QList<QByteArray> parts = text.split(' ');
    if ((parts.size() != 3 && parts.size() != 4) || parts[0] != "image")
        return std::nullopt;
    bool okW = false, okH = false, okDpi = true;
    h.width = parts[1].toInt(&okW);
    h.height = parts[2].toInt(&okH);
    if (parts.size() == 4)
        h.dpi = parts[3].toDouble(&okDpi);
    if (!okW || !okH || !okDpi || h.width < 1 || h.height < 1 || h.width > kMaxSide || h.height > kMaxSide
        || qint64(h.width) * h.height > kMaxPixels || h.dpi < 0 || h.dpi > kMaxDpi)
        return std::nullopt;
    h.ok = true;
    return h;
}

} // namespace ledgerlens::RenderProtocol
