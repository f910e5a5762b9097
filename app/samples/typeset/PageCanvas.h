#pragma once

#include "FilingFonts.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <memory>

namespace ledgerlens::typeset {

// A4 pages in PDF points, origin top-left: a running header (company name),
// a page-number footer, and a cursor `y` that flows down the text area.
class PageCanvas
{
public:
    static constexpr double PageWidth = 595.276;
    static constexpr double PageHeight = 841.89;
    static constexpr double MarginLeft = 64;
    static constexpr double MarginRight = 64;
    static constexpr double Top = 78;
    static constexpr double Bottom = 780;

    PageCanvas(const QString &path, const QString &runningHeader, const FilingFonts &fonts);
    ~PageCanvas();

    bool isOpen() const { return m_painter && m_painter->isActive(); }
    QPainter &painter() { return *m_painter; }
    QPaintDevice *device() const { return m_writer.get(); }
    // Metrics at the PDF's resolution (a font's own metrics assume the screen's).
    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, m_writer.get()); }
    const FilingFonts &fonts() const { return m_fonts; }

    int page() const { return m_page; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double dy) { m_y += dy; }
    double left() const { return MarginLeft; }
    double right() const { return PageWidth - MarginRight; }
    double width() const { return right() - left(); }
    double remaining() const { return Bottom - m_y; }
    bool atPageTop() const { return m_y <= Top + 0.1; }

    void newPage();
    // Starts a new page unless `height` still fits below the cursor.
    void ensureSpace(double height);
    bool finish();

private:
    void drawFurniture();

    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QString m_header;
    FilingFonts m_fonts;
    int m_page = 1;
    double m_y = Top;
};

} // namespace ledgerlens::typeset
