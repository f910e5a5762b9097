#include "PageCanvas.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>

namespace ledgerlens::typeset {

namespace {

QFont makeFont(const QString &family, double points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Design metrics keep advances identical on screen and in the PDF, so the
    // boxes we record match what poppler reports.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    // No shaping: no ligatures, so "profit" extracts as f-i, not U+FB01.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// The CJK face is registered from its file so that it is found even where the
// platform font database is minimal (offscreen test runs).
QString cjkFamily()
{
    static const QString family = [] {
        const int id = QFontDatabase::addApplicationFont(
            QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        return families.isEmpty() ? QStringLiteral("WenQuanYi Micro Hei") : families.first();
    }();
    return family;
}

} // namespace

FilingFonts FilingFonts::forLanguage(bool chinese)
{
    // Chinese filings are set entirely in one CJK face (it carries Latin
    // digits); WenQuanYi has no bold, so Qt emboldens it synthetically.
    const QString family = chinese ? cjkFamily() : QStringLiteral("DejaVu Serif Condensed");
    FilingFonts f;
    f.body = makeFont(family, 9.5);
    f.bold = makeFont(family, 9.5, true);
    f.table = makeFont(family, 8.5);
    f.tableBold = makeFont(family, 8.5, true);
    f.small = makeFont(family, 7.5);
    f.title = makeFont(family, 11, true);
    return f;
}

PageCanvas::PageCanvas(const QString &path, const QString &runningHeader, const FilingFonts &fonts)
    : m_writer(std::make_unique<QPdfWriter>(path)), m_header(runningHeader), m_fonts(fonts)
{
    m_writer->setResolution(72);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    m_writer->setCreator(QStringLiteral("Ledgerlens sample typesetter"));
    m_writer->setTitle(runningHeader);
    m_painter = std::make_unique<QPainter>();
    if (m_painter->begin(m_writer.get()))
        drawFurniture();
}

PageCanvas::~PageCanvas()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

void PageCanvas::newPage()
{
    m_writer->newPage();
    ++m_page;
    m_y = Top;
    drawFurniture();
}

void PageCanvas::ensureSpace(double height)
{
    if (!atPageTop() && m_y + height > Bottom)
        newPage();
}

bool PageCanvas::finish()
{
    return m_painter->end();
}

void PageCanvas::drawFurniture()
{
    QPainter &p = *m_painter;
    p.save();
    p.setFont(m_fonts.small);
    const QFontMetricsF fm = metrics(m_fonts.small);
    if (!m_header.isEmpty()) {
        p.drawText(QPointF(right() - fm.horizontalAdvance(m_header), 46), m_header);
        p.setPen(QPen(Qt::black, 0.4));
        p.drawLine(QPointF(left(), 50), QPointF(right(), 50));
    }
    const QString number = QStringLiteral("– %1 –").arg(m_page);
    p.drawText(QPointF((PageWidth - fm.horizontalAdvance(number)) / 2, 810), number);
    p.restore();
}

} // namespace ledgerlens::typeset
