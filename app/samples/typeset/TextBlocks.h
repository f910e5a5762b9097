#pragma once

#include <QFont>
#include <QPaintDevice>
#include <QString>
#include <QStringList>

namespace ledgerlens::typeset {

class PageCanvas;

// Line breaking by Unicode rules (spaces for English, between characters for
// Chinese), as the lines a text of `width` points would print.
QStringList wrapText(const QString &text, const QFont &font, double width, QPaintDevice *device);

// Prose blocks flowing down the canvas, breaking pages between lines.
namespace TextBlocks {
void drawTitle(PageCanvas &canvas, const QString &text);
void drawHeading(PageCanvas &canvas, const QString &text);
void drawParagraph(PageCanvas &canvas, const QString &text);
// The height drawHeading / drawParagraph will take (for keeping a lead-in with
// the table it introduces).
double headingHeight(PageCanvas &canvas, const QString &text);
double paragraphHeight(PageCanvas &canvas, const QString &text);
} // namespace TextBlocks

} // namespace ledgerlens::typeset
