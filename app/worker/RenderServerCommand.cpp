// `ledgerlens-worker render-server`
//
// Draws PDF pages for the workbench's source viewer in a process of its own:
// reads requests on stdin and writes images on stdout, one reply per request,
// in the line protocol of models/document/RenderProtocol.h, until stdin closes.
// The workbench kills and restarts it when it crashes, hangs or answers
// nonsense, so a hostile PDF costs a placeholder, not the open workspace.
#include "WorkerCommands.h"

#include "document/PageRenderer.h"
#include "document/RenderProtocol.h"

#include <QTextStream>
#include <cmath>
#include <cstdio>
#include <list>
#include <memory>
#include <string>

using namespace ledgerlens;

namespace {

// A few open documents: the viewer mostly turns pages of one or two reports.
class OpenDocuments
{
public:
    PageRenderer &get(const QString &path, const QString &password)
    {
        for (auto it = m_open.begin(); it != m_open.end(); ++it) {
            if (it->path == path && it->password == password) {
                m_open.splice(m_open.begin(), m_open, it);
                return *m_open.front().renderer;
            }
        }
        if (m_open.size() >= 3)
            m_open.pop_back();
        m_open.push_front({path, password, std::make_unique<PageRenderer>(path, password)});
        return *m_open.front().renderer;
    }

private:
    struct Entry
    {
        QString path, password;
        std::unique_ptr<PageRenderer> renderer;
    };
    std::list<Entry> m_open;
};

bool writeAll(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
}

QByteArray reply(OpenDocuments &documents, const RenderProtocol::Request &request)
{
    PageRenderer &renderer = documents.get(request.path, request.password);
    if (!renderer.isOpen())
        return RenderProtocol::errorLine(QStringLiteral("the PDF cannot be opened"));
    if (request.page > renderer.pageCount())
        return RenderProtocol::errorLine(QStringLiteral("no page %1").arg(request.page));
    // A huge page box at a high resolution would be gigabytes: draw it smaller.
    const QSizeF points = renderer.pageSize(request.page);
    const double side = qMax(points.width(), points.height());
    const double area = points.width() * points.height();
    double dpi = request.dpi;
    if (side > 0 && side * dpi / 72.0 > RenderProtocol::kMaxSide)
        dpi = RenderProtocol::kMaxSide * 72.0 / side;
    const double pixels = 0.98 * RenderProtocol::kMaxPixels;  // room for rounding up to whole pixels
    if (area > 0 && area * (dpi / 72.0) * (dpi / 72.0) > pixels)
        dpi = 72.0 * std::sqrt(pixels / area);
    dpi = std::floor(dpi * 100) / 100;
    if (dpi < 2)  // a page hundreds of metres wide would be a dot
        return RenderProtocol::errorLine(QStringLiteral("the page is too large to draw (%1 x %2 m)")
                                             .arg(points.width() / 72 * 0.0254, 0, 'g', 3)
                                             .arg(points.height() / 72 * 0.0254, 0, 'g', 3));
    const QImage image = renderer.render(request.page, dpi).convertToFormat(QImage::Format_RGB32);
    if (image.isNull())
        return RenderProtocol::errorLine(QStringLiteral("page %1 cannot be drawn").arg(request.page));
    QByteArray out = RenderProtocol::imageHeader(image, dpi);
    out.reserve(out.size() + image.width() * image.height() * 4);
    for (int y = 0; y < image.height(); ++y)
        out.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width() * 4);
    return out;
}

} // namespace

int worker::runRenderServer(const QStringList &args)
{
    if (!args.isEmpty()) {
        QTextStream(args.front() == QLatin1String("--help") ? stdout : stderr)
            << "usage: ledgerlens-worker render-server\n"
               "  Draws PDF pages for the workbench: requests on stdin, images on stdout.\n";
        return args.front() == QLatin1String("--help") ? worker::ExitOk : worker::ExitUsage;
    }
    OpenDocuments documents;
    std::string line;
    int c;
    while (true) {
        line.clear();
        while ((c = std::fgetc(stdin)) != EOF && c != '\n')
            if (line.size() < 64 * 1024)
                line.push_back(char(c));
        if (c == EOF && line.empty())
            return worker::ExitOk;
        const auto request = RenderProtocol::parseRequest(QByteArray::fromStdString(line));
        const QByteArray out = request ? reply(documents, *request)
                                       : RenderProtocol::errorLine(QStringLiteral("bad request"));
        if (!writeAll(out) || std::fflush(stdout) != 0)
            return worker::ExitUnreadable;  // the workbench went away
        if (c == EOF)
            return worker::ExitOk;
    }
}

