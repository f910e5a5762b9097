#pragma once

#include <QColor>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ledgerlens {

// Colours that stay with what they mean, so the same segment or the same age
// looks the same in every chart, report and export:
//  - segments: keyed by the segment's name (a stable hash into a qualitative
//    palette; a clash inside one chart moves the later name to a free slot);
//  - ageing buckets: a sequential ramp keyed by age (young = light, old = dark),
//    so "0-30 days" and "Within 1 month" share a hue across reports.
namespace ChartPalette {
QMap<QString, QColor> segmentColours(const QStringList &names);
QColor ageColour(double fromDays, double toDays);
QColor metricColour(int metric);   // MarginsModel's fixed metrics, by index
QString nameKey(const QString &name); // case/space-insensitive key of a name
} // namespace ChartPalette

} // namespace ledgerlens
