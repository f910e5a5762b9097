#pragma once

#include "ChartData.h"

#include <QSet>
#include <QVector>

namespace ledgerlens::LabelFit {

// Which value labels a native (PPTX) bar chart must not draw because they
// would not fit: PowerPoint and LibreOffice draw every label they are given,
// so a thin stacked segment's label lands on its neighbours' and the labels
// of narrow side-by-side bars run into each other. The figures stay in the
// chart's workbook and on the axis. One set of point indices per series.
QVector<QSet<int>> hidden(const ChartData &chart);

// Category labels of a slide's bar chart: each company shortened by words to
// the room its category has on the slide (never to another's name, see
// CategoryNames), then its period. Labels that fit are not rotated, so the
// plot keeps the slide's height.
QStringList categoryLabels(const QStringList &companies, const QStringList &periods);

} // namespace ledgerlens::LabelFit
