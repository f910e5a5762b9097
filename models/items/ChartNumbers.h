#pragma once

#include <QLocale>
#include <QString>

namespace ledgerlens {

// Figures on charts as analysts write them: grouped thousands, one decimal
// for percentages ("-1,450.0%"), "n/m" (not meaningful) for a ratio beyond
// any sane range, never an exponent. One place for views, tooltips and decks.
namespace ChartNumbers {
// A ratio whose magnitude reaches this is "n/m" (a margin on a revenue of almost nothing).
constexpr double kPercentLimit = 10000.0;
QString percent(double value, const QLocale &locale = QLocale());
QString amount(double value, int decimals, const QLocale &locale = QLocale());
// For axis ticks: "%.0f%%" style, no exponent.
QString axisFormat(bool percent);
// Excel / PowerPoint number format of the same.
QString excelFormat(bool percent);
} // namespace ChartNumbers

} // namespace ledgerlens
