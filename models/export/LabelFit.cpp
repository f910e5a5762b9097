#include "LabelFit.h"

#include <algorithm>
#include <cmath>

namespace ledgerlens::LabelFit {

namespace {
// The slide's chart frame (PptxParts: 11277600 x 4937760 EMU) less the value
// axis, category labels and legend, in points; labels are 10 pt.
constexpr double kPlotWidthPt = 760;
constexpr double kPlotHeightPt = 280;
constexpr double kLabelHeightPt = 14;
constexpr double kCharWidthPt = 6;
constexpr double kGapSlots = 0.6;   // ChartXml's gapWidth 60 (% of one bar)

double labelWidth(double v, bool percent)
{
    // "#,##0.0" (percent charts: the same and a literal "%"): digits, separators, one decimal, sign.
    const double digits = std::floor(std::log10(std::max(1.0, std::abs(v)))) + 1;
    const double chars = digits + std::floor((digits - 1) / 3) + 2 + (v < 0 ? 1 : 0) + (percent ? 1 : 0);
    return chars * kCharWidthPt + 4;
}
} // namespace

QVector<QSet<int>> hidden(const ChartData &chart)
{
    QVector<QSet<int>> out(chart.series.size());
    const int categories = int(chart.categories.size());
    if (chart.type == ChartData::Type::Pie || chart.type == ChartData::Type::Line || categories == 0)
        return out;
    const bool percent = chart.numberFormat.contains(QLatin1Char('%'));
    const bool stacked = chart.type == ChartData::Type::StackedColumn;
    const int barsPerCategory = stacked ? 1 : int(chart.series.size());
    const double slotPt = kPlotWidthPt / (categories * (barsPerCategory + kGapSlots));

    // The value axis spans the highest stack (or bar) to the lowest.
    double top = 0, bottom = 0;
    for (int c = 0; c < categories; ++c) {
        double up = 0, down = 0;
        for (const ChartSeriesData &s : chart.series) {
            const double v = s.values.value(c).value_or(0);
            if (stacked)
                (v >= 0 ? up : down) += v;
            else
                up = std::max(up, v), down = std::min(down, v);
        }
        top = std::max(top, up);
        bottom = std::min(bottom, down);
    }
    const double span = top - bottom;
    if (span <= 0)
        return out;

    // Left to right over every bar: a label is kept only clear of the last kept one.
    double lastRight = -1e9;
    for (int c = 0; c < categories; ++c) {
        for (int s = 0; s < chart.series.size(); ++s) {
            const std::optional<double> v = chart.series[s].values.value(c);
            if (!v)
                continue;
            const double width = labelWidth(*v, percent);
            const double slot = c * (barsPerCategory + kGapSlots) + (stacked ? 0 : s);
            const double centre = (slot + 0.5) * slotPt;
            bool fits = true;
            if (stacked)   // inside its segment: as tall as a line of text, as wide as the label
                fits = std::abs(*v) / span * kPlotHeightPt >= kLabelHeightPt && width <= slotPt;
            else           // beside its neighbours' labels
                fits = centre - width / 2 >= lastRight;
            if (!fits) {
                out[s].insert(c);
            } else if (!stacked) {
                lastRight = centre + width / 2;
            }
        }
    }
    return out;
}

} // namespace ledgerlens::LabelFit
