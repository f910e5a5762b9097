#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace ledgerlens::CategoryNames {

// Company names for chart categories that fit the room each category has.
// A name loses its legal words first ("Holdings", "Limited", "Co., Ltd."),
// then words from the end, and is elided only when one word is too wide;
// it never shortens to what another company's name reads, so "China
// Resources Land" and "China Overseas Land" stay apart. Names equal in
// `companies` are one company (several periods) and read the same.
// `width` measures a text in the units of `room` (pixels, points).
QStringList fit(const QStringList &companies, double room, const std::function<double(const QString &)> &width);

} // namespace ledgerlens::CategoryNames
