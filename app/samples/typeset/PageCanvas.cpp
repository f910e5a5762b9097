#include "PageCanvas.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>

namespace ledgerlens::typeset {

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
