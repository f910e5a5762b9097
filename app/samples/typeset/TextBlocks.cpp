#include "TextBlocks.h"

#include "PageCanvas.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

namespace ledgerlens::typeset {

QStringList wrapText(const QString &text, const QFont &font, double width, QPaintDevice *device)
{
    QStringList lines;
    if (text.isEmpty())
        return {QString()};
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

namespace {

// Lays `text` out justified over the canvas width and draws it line by line,
// moving to a new page when a line would cross the bottom margin.
void drawFlow(PageCanvas &canvas, const QString &text, const QFont &font, Qt::Alignment align,
              double lineHeight)
{
    QTextLayout layout(text, font, canvas.device());
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QVector<QTextLine> lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(canvas.width());
        line.setPosition(QPointF(0, 0));
        lines.append(line);
    }
    layout.endLayout();
    const QFontMetricsF fm = canvas.metrics(font);
    for (const QTextLine &line : lines) {
        canvas.ensureSpace(lineHeight);
        // QTextLine::draw puts the line's top at position.y.
        line.draw(&canvas.painter(), QPointF(canvas.left(), canvas.y() + (lineHeight - fm.height()) / 2));
        canvas.advance(lineHeight);
    }
}

} // namespace

void TextBlocks::drawTitle(PageCanvas &canvas, const QString &text)
{
    const QFont &font = canvas.fonts().title;
    const double lh = canvas.metrics(font).height() * 1.3;
    drawFlow(canvas, text, font, Qt::AlignHCenter, lh);
    canvas.advance(lh * 0.3);
}

void TextBlocks::drawHeading(PageCanvas &canvas, const QString &text)
{
    const QFont &font = canvas.fonts().bold;
    const double lh = canvas.metrics(font).height() * 1.35;
    // Keep a heading with at least three lines of what follows it.
    canvas.ensureSpace(lh * 5);
    if (!canvas.atPageTop())
        canvas.advance(lh * 0.6);
    drawFlow(canvas, text, font, Qt::AlignLeft, lh);
    canvas.advance(lh * 0.3);
}

void TextBlocks::drawParagraph(PageCanvas &canvas, const QString &text)
{
    const QFont &font = canvas.fonts().body;
    const double lh = canvas.metrics(font).height() * 1.4;
    drawFlow(canvas, text, font, Qt::AlignJustify, lh);
    canvas.advance(lh * 0.6);
}

double TextBlocks::headingHeight(PageCanvas &canvas, const QString &text)
{
    const QFont &font = canvas.fonts().bold;
    const double lh = canvas.metrics(font).height() * 1.35;
    return wrapText(text, font, canvas.width(), canvas.device()).size() * lh + lh * 0.9;
}

double TextBlocks::paragraphHeight(PageCanvas &canvas, const QString &text)
{
    const QFont &font = canvas.fonts().body;
    const double lh = canvas.metrics(font).height() * 1.4;
    return wrapText(text, font, canvas.width(), canvas.device()).size() * lh + lh * 0.6;
}

} // namespace ledgerlens::typeset
