#pragma once

#include <QImage>
#include <QString>
#include <memory>

namespace ledgerlens {

// Renders pages of one PDF to images for the source viewer. Each instance owns
// its own poppler document, so create one per thread (e.g. in a worker).
class PageRenderer
{
public:
    explicit PageRenderer(const QString &path, const QString &password = {});
    ~PageRenderer();
    PageRenderer(const PageRenderer &) = delete;
    PageRenderer &operator=(const PageRenderer &) = delete;

    bool isOpen() const;
    int pageCount() const;
    QSizeF pageSize(int page) const;              // points, page 1-based
    QImage render(int page, double dpi) const;    // null image on failure

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ledgerlens
