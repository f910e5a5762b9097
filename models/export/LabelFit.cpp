#include "LabelFit.h"

#include "items/CategoryNames.h"

#include <algorithm>
#include <cmath>

namespace ledgerlens::LabelFit {

namespace {
// The slide's chart frame (PptxParts: 11277600 x 5349240 EMU) less the value
// axis, category labels and legend, in points; labels are 10 pt.
constexpr double kPlotWidthPt = 760;
constexpr double kPlotHeightPt = 280;
constexpr double kLabelHeightPt = 14;
constexpr double kCharWidthPt = 6;
constexpr double kAxisCharPt = 6.2;   // ChartXml's 11 pt category axis, Latin; CJK is twice as wide
constexpr double kGapSlots = 0.6;   // ChartXml's gapWidth 60 (% of one bar)

double labelWidth(double v, bool percent)
{
    // "#,##0.0" (percent charts: the same and a literal "%"): digits, separators, one decimal, sign.
    const double digits = std::floor(std::log10(std::max(1.0, std::abs(v)))) + 1;
    const double chars = digits + std::floor((digits - 1) / 3) + 2 + (v < 0 ? 1 : 0) + (percent ? 1 : 0);
    return chars * kCharWidthPt + 4;
}
double axisTextWidth(const QString &text)
{
    double w = 0;
    for (const QChar ch : text)
        w += ch.unicode() >= 0x2e80 ? 2 * kAxisCharPt : kAxisCharPt;
    return w;
}
} // namespace

QStringList categoryLabels(const QStringList &companies, const QStringList &periods)
{
    if (companies.isEmpty())
        return {};
    const double room = kPlotWidthPt / companies.size() - 8;
    const QStringList fitted = CategoryNames::fit(companies, room, axisTextWidth);
    QStringList out;
    for (int i = 0; i < fitted.size(); ++i) {
        const QString period = periods.value(i);
        out << (fitted[i].isEmpty() ? period : period.isEmpty() ? fitted[i] : fitted[i] + QLatin1Char(' ') + period);
    }
    return out;
}

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

    // Largest figures first: a label is kept only clear of every kept one, so
    // a big bar keeps its label whatever small bar stands beside it.
    struct Bar { int series, category; double value; };
    QVector<Bar> bars;
    for (int c = 0; c < categories; ++c)
        for (int s = 0; s < chart.series.size(); ++s)
            if (const std::optional<double> v = chart.series[s].values.value(c))
                bars.append(Bar{s, c, *v});
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar &a, const Bar &b) { return std::abs(a.value) > std::abs(b.value); });
    QVector<std::pair<double, double>> kept;   // left and right edges, points
    for (const Bar &b : bars) {
        const double width = labelWidth(b.value, percent);
        const double slot = b.category * (barsPerCategory + kGapSlots) + (stacked ? 0 : b.series);
        const double centre = (slot + 0.5) * slotPt;
        const double left = centre - width / 2, right = centre + width / 2;
        bool fits = true;
        if (stacked)   // inside its segment: as tall as a line of text, as wide as the label
            fits = std::abs(b.value) / span * kPlotHeightPt >= kLabelHeightPt && width <= slotPt;
        else           // beside its neighbours' labels
            fits = std::none_of(kept.begin(), kept.end(),
                                [&](const auto &k) { return left < k.second && k.first < right; });
        if (!fits)
            out[b.series].insert(b.category);
        else if (!stacked)
            kept.append(std::make_pair(left, right));
    }
    return out;
}

} // namespace ledgerlens::LabelFit
