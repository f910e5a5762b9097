#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <optional>

namespace ledgerlens {

// The line protocol between the workbench and `ledgerlens-worker render-server`,
// which draws PDF pages in a process of its own so that a PDF that crashes or
// hangs the renderer cannot take the workbench down.
//
//   request:  "render <page> <dpi> <base64 path> <base64 password, or - for none>\n"
//   reply:    "image <width> <height> <dpi drawn at>\n" + width*height*4 bytes (QImage::Format_RGB32)
//          or "error <text>\n"
//
// Both sides check what they read: the reply comes from a process that has
// just parsed an untrusted PDF.
namespace RenderProtocol {

struct Request
{
    QString path;
    QString password;
    int page = 0;      // 1-based
    double dpi = 0;
};

constexpr int kMaxDpi = 600;
constexpr int kMaxSide = 16384;             // pixels per side of a reply
constexpr qint64 kMaxPixels = 40'000'000;   // an A4 page at 600 dpi is 35 million

QByteArray requestLine(const Request &request);
std::optional<Request> parseRequest(const QByteArray &line);

// The reply header for an image converted to Format_RGB32 and drawn at dpi
// (which may be less than asked), then its bits.
QByteArray imageHeader(const QImage &rgb32, double dpi);
QByteArray errorLine(const QString &text);

struct ReplyHeader
{
    bool ok = false;
    int width = 0, height = 0;
    double dpi = 0;   // as drawn; 0 when the reply does not say
    QString error;
    qint64 imageBytes() const { return qint64(width) * height * 4; }
};
// nullopt: not a reply this protocol knows (the caller gives up on the process).
std::optional<ReplyHeader> parseReplyHeader(const QByteArray &line);

} // namespace RenderProtocol
} // namespace ledgerlens
