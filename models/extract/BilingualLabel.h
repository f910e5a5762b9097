#pragma once

#include "layout/TextLine.h"

#include <QRectF>
#include <QString>

namespace ledgerlens {

// A label line of a bilingual filing printed in two scripts side by side
// ("Inventories  存貨", or glued "Turnover營業額"): the English part and the
// Chinese part, each with its own box, so that each can be followed over its
// own wrapped lines. A line in one script has only `en` or only `zh`.
struct BilingualLabel
{
    QString en, zh;
    QRectF enBox, zhBox;
    bool isBilingual() const { return !en.isEmpty() && !zh.isEmpty(); }
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
};

namespace BilingualLabels {
// Splits label words at the first CJK word, when the line holds a Latin part
// (two letters or more) before a Chinese part (two ideographs or more).
// Otherwise the whole label is `en` for Latin text, `zh` for Chinese text.
BilingualLabel split(const QVector<PdfWord> &labelWords);
} // namespace BilingualLabels

} // namespace ledgerlens
