#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
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

// A two-line category label: company over period.
struct Label
{
    QString company;   // empty when not even its first letter fits
    QString period;
};

// Labels for an axis that cuts a whole label when either line is too wide
// (Qt Charts does, period line and all). The period is kept readable: whole
// when it fits, else without spaces, else its year, never so that two periods
// of one company read the same. The company is shortened first (fit()) and
// left out when even its shortest form is too wide.
QVector<Label> fitLabels(const QStringList &companies, const QStringList &periods, double room,
                         const std::function<double(const QString &)> &width);

} // namespace ledgerlens::CategoryNames
