#pragma once

#include <QString>
#include <QStringList>

namespace ledgerlens {

// A bilingual filing can print the English and Chinese captions of a row in
// one label, interleaved when both wrap ("Dividend income from investments
// 來自投資上市證券之in listed securities股息收入"). This splits such a label
// into its Latin-script text and its CJK text, so each can be matched on
// its own.
class LabelScripts
{
public:
    // The English and the Chinese parts, in that order; empty when the label
    // is in one script only (or either part has no letters).
    static QStringList split(const QString &label);
};

} // namespace ledgerlens
