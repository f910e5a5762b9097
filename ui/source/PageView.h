#pragma once

#include <QImage>
#include <QRectF>
#include <QVector>
#include <QWidget>

namespace ledgerlens {

// One rendered PDF page with figure boxes drawn over it. Works in PDF points
// (origin top-left) for boxes and clicks; the image may be rendered at any
// DPI (screen DPI x devicePixelRatio, so it stays crisp on high-DPI screens).
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

    QPointF toPage(QPointF widgetPoint) const;
    QRectF toWidget(const QRectF &pageBox) const;

    QSize sizeHint() const override;

signals:
    void clicked(QPointF pagePoint);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QImage m_image;
    QSizeF m_pageSize{595, 842};
    QString m_placeholder;
    double m_zoom = 1.0;
    QRectF m_highlight;
    QVector<QRectF> m_boxes;
};

} // namespace ledgerlens
