#pragma once

#include "TextLine.h"

#include <QVector>

namespace ledgerlens::Layout {

// Rules typed as text ("------------", "───", "═══", "____") under figures:
// drawn lines to the reader, so never part of a label or a row. Such words
// are removed from their lines, and lines left empty are dropped.
bool isTextRule(const QString &word);
void dropTextRules(QVector<TextLine> &lines);

} // namespace ledgerlens::Layout
