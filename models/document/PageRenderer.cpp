#include "PageRenderer.h"

#include "PdfDocument.h"

#include <poppler-qt6.h>

namespace ledgerlens {

struct PageRenderer::Impl
{
    std::unique_ptr<Poppler::Document> doc;
};

PageRenderer::PageRenderer(const QString &path, const QString &password) : d(new Impl)
{
    PdfOpenStatus st;
    if (!PdfDocument::open(path, password, &st)) // same checks as extraction
        return;
    const QByteArray pw = password.toUtf8();
    d->doc = Poppler::Document::load(path, pw, pw);
    if (d->doc && d->doc->isLocked())
        d->doc.reset();
    if (d->doc) {
        d->doc->setRenderHint(Poppler::Document::Antialiasing);
        d->doc->setRenderHint(Poppler::Document::TextAntialiasing);
    }
}

PageRenderer::~PageRenderer() = default;

bool PageRenderer::isOpen() const { return bool(d->doc); }
int PageRenderer::pageCount() const { return d->doc ? d->doc->numPages() : 0; }

QSizeF PageRenderer::pageSize(int page) const
{
    if (!d->doc)
        return {};
    std::unique_ptr<Poppler::Page> p(d->doc->page(page - 1));
    return p ? p->pageSizeF() : QSizeF();
}

QImage PageRenderer::render(int page, double dpi) const
{
    if (!d->doc)
        return {};
    std::unique_ptr<Poppler::Page> p(d->doc->page(page - 1));
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

} // namespace ledgerlens
