#pragma once

#include <QImage>
#include <QRectF>
#include <QVector>
#include <QWidget>
#include <optional>

namespace ledgerlens {

// One rendered PDF page with figure boxes drawn over it. Works in PDF points
// (origin top-left) for boxes and clicks; the image may be rendered at any
// DPI (screen DPI x devicePixelRatio, so it stays crisp on high-DPI screens).
// A click selects a figure; a drag with the left button marks an area (the
// rubber band, kept drawn until cleared) for "Use as Table…".
class PageView : public QWidget
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);

    // pageSize in points; the image is drawn to fill it at the current zoom.
    void setPage(const QImage &image, QSizeF pageSize);
    void setPlaceholder(const QString &text, QSizeF pageSize);
    QString placeholder() const { return m_placeholder; }
    bool hasImage() const { return !m_image.isNull(); }

    void setZoom(double zoom);          // 1.0 = 72 dpi logical (one point per pixel)
    double zoom() const { return m_zoom; }
    QSizeF pageSize() const { return m_pageSize; }

    void setHighlight(const QRectF &box);     // the selected figure
    QRectF highlight() const { return m_highlight; }
    void setBoxes(const QVector<QRectF> &boxes);  // other linkable figures (faint)

    // The marked area in PDF points (invalid when none).
    QRectF markedArea() const { return m_mark; }
    void setMarkedArea(const QRectF &box);
    void clearMarkedArea() { setMarkedArea(QRectF()); }

    QPointF toPage(QPointF widgetPoint) const;
    QRectF toWidget(const QRectF &pageBox) const;

    QSize sizeHint() const override;

signals:
    void clicked(QPointF pagePoint);
    // A drag ended: `box` (PDF points, clipped to the page) is marked.
    void areaMarked(QRectF box);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QImage m_image;
    QSizeF m_pageSize{595, 842};
    QString m_placeholder;
    double m_zoom = 1.0;
    QRectF m_highlight;
    QVector<QRectF> m_boxes;
    QRectF m_mark;
    std::optional<QPointF> m_pressAt;   // widget point of a left press not yet released
    bool m_dragging = false;
};

} // namespace ledgerlens
