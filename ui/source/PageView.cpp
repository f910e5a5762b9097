#include "PageView.h"

#include <QGuiApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleHints>
#include <utility>

namespace ledgerlens {

namespace {
constexpr int kMargin = 8;
}

PageView::PageView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PageView::setPage(const QImage &image, QSizeF pageSize)
{
    m_image = image;
    m_placeholder.clear();
    if (!pageSize.isEmpty())
        m_pageSize = pageSize;
    updateGeometry();
    adjustSize();
    update();
}

void PageView::setPlaceholder(const QString &text, QSizeF pageSize)
{
    m_placeholder = text;
    if (!pageSize.isEmpty())
        m_pageSize = pageSize;
    // Keep the stale image (scaled) while a new zoom renders: less flicker.
    updateGeometry();
    adjustSize();
    update();
}

void PageView::setZoom(double zoom)
{
    m_zoom = qBound(0.1, zoom, 8.0);
    updateGeometry();
    adjustSize();
    update();
}

void PageView::setHighlight(const QRectF &box)
{
    m_highlight = box;
    update();
}

void PageView::setMarkedArea(const QRectF &box)
{
    m_mark = box;
    update();
}

void PageView::setBoxes(const QVector<QRectF> &boxes)
{
    m_boxes = boxes;
    update();
}

QSize PageView::sizeHint() const
{
    return QSize(qCeil(m_pageSize.width() * m_zoom) + 2 * kMargin, qCeil(m_pageSize.height() * m_zoom) + 2 * kMargin);
}

QPointF PageView::toPage(QPointF p) const
{
    return QPointF((p.x() - kMargin) / m_zoom, (p.y() - kMargin) / m_zoom);
}

QRectF PageView::toWidget(const QRectF &box) const
{
    return QRectF(kMargin + box.x() * m_zoom, kMargin + box.y() * m_zoom, box.width() * m_zoom,
                  box.height() * m_zoom);
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    const QRectF pageRect(kMargin, kMargin, m_pageSize.width() * m_zoom, m_pageSize.height() * m_zoom);
    p.fillRect(pageRect.translated(2, 2), QColor(0, 0, 0, 60));
    p.fillRect(pageRect, Qt::white);
    if (!m_image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(pageRect, m_image);
    }
    if (!m_placeholder.isEmpty()) {
        p.setPen(QColor(0x60, 0x60, 0x60));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        p.setFont(f);
        // In the part of the page on screen; on the view itself when the page
        // is too small there to hold a sentence (no page size known, a dot-sized page).
        const QRectF visible = QRectF(visibleRegion().boundingRect());
        QRectF box = pageRect.intersected(visible).adjusted(20, 20, -20, -20);
        if (box.width() < 240 || box.height() < 80)
            box = visible.adjusted(20, 20, -20, -20);
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(31, 111, 209, 70), 1));
    p.setBrush(Qt::NoBrush);
    for (const QRectF &b : m_boxes)
        p.drawRect(toWidget(b).adjusted(-1, -1, 1, 1));
    if (m_highlight.isValid()) {
        const QRectF r = toWidget(m_highlight).adjusted(-3, -2, 3, 2);
        p.setPen(QPen(QColor(0xe0, 0x8e, 0x00), 2));
        p.setBrush(QColor(255, 200, 0, 70));
        p.drawRect(r);
    }
    if (m_mark.isValid()) {
        p.setPen(QPen(QColor(31, 111, 209), 2, Qt::DashLine));
        p.setBrush(QColor(31, 111, 209, 40));
        p.drawRect(toWidget(m_mark));
    }
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QPointF point = toPage(event->position());
        if (QRectF(QPointF(0, 0), m_pageSize).contains(point))
            m_pressAt = event->position();
        m_dragging = false;
    }
    QWidget::mousePressEvent(event);
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressAt) {
        m_pressAt.reset();
        if (std::exchange(m_dragging, false)) {
            // A sliver is a slip of the hand, not an area.
            if (m_mark.width() >= 4 && m_mark.height() >= 4)
                emit areaMarked(m_mark);
            else
                clearMarkedArea();
        } else {
            // A click (on release, so a drag never selects the figure it starts on).
            clearMarkedArea();
            emit clicked(toPage(event->position()));
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressAt) {
        const int threshold = QGuiApplication::styleHints()->startDragDistance();
        if (m_dragging || (event->position() - *m_pressAt).manhattanLength() >= threshold) {
            m_dragging = true;
            const QRectF band = QRectF(toPage(*m_pressAt), toPage(event->position())).normalized();
            setMarkedArea(band.intersected(QRectF(QPointF(0, 0), m_pageSize)));
            setCursor(Qt::CrossCursor);
            return;
        }
    }
    // A hand over a linkable figure says "click me".
    const QPointF point = toPage(event->position());
    bool over = m_highlight.adjusted(-2, -2, 2, 2).contains(point);
    for (const QRectF &b : m_boxes)
        over = over || b.adjusted(-2, -2, 2, 2).contains(point);
    setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

} // namespace ledgerlens
