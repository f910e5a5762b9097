#include "MarginsModel.h"

#include "ChartPalette.h"

#include <QLocale>

namespace ledgerlens {

using namespace ItemRoles;

namespace {

using Int = __int128;

Int pow10i(int n)
{
    Int r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

QString figure(const Decimal &d)
{
    return QLocale::c().toString(d.toDouble(), 'f', d.scale());
}

struct Input { std::optional<Decimal> value; SourceRef source; };

Input cellOf(const Table &t, const QString &canonical, int column)
{
    const int r = t.rowOf(canonical);
    if (r < 0 || column >= t.items[r].cells.size())
        return {};
    const Cell &c = t.items[r].cells[column];
    return {c.value, c.source};
}

ChartCell ratio(const Input &num, const Input &den)
{
    ChartCell out;
    if (!num.value || !den.value)
        return out;
    out.value = MarginsModel::percent(*num.value, *den.value);
    out.source = num.source.isValid() ? num.source : den.source;
    if (out.value)
        out.detail = QStringLiteral("%1 / %2").arg(figure(*num.value), figure(*den.value));
    return out;
}

struct SegmentRow { QString label; QVector<std::pair<int, ChartCell>> cells; };

} // namespace

MarginsModel::MarginsModel(ReportStore *store, QObject *parent)
    : ChartGridModel(store, parent)
{
    refresh();
}

QString MarginsModel::title() const
{
    return tr("Margins");
}

QString MarginsModel::valueTitle() const
{
    return tr("Margin (%)");
}

QString MarginsModel::metricName(Metric m)
{
    switch (m) {
    case GrossMargin: return tr("Gross margin");
    case OperatingMargin: return tr("Operating margin");
    case NetMargin: return tr("Net margin");
    }
    return {};
}

std::optional<Decimal> MarginsModel::percent(const Decimal &numerator, const Decimal &denominator, int scale)
{
    if (denominator.isZero())
        return std::nullopt;
    const int s = std::max(numerator.scale(), denominator.scale());
    const Int a = Int(numerator.withScale(s).mantissa()) * 100 * pow10i(scale);
    const Int b = denominator.withScale(s).mantissa();
    Int q = a / b;
    const Int r = a % b;
    const Int absR = r < 0 ? -r : r, absB = b < 0 ? -b : b;
    if (2 * absR >= absB)
        q += ((a < 0) != (b < 0)) ? -1 : 1;
    return Decimal(qint64(q), scale);
}

ChartGrid MarginsModel::build() const
{
    ChartGrid g;
    QVector<QVector<std::pair<int, ChartCell>>> metrics(3);
    QVector<SegmentRow> segments;

    for (EntryId id : entries()) {
        const ReportEntry *e = store()->entry(id);
        const Table *pl = store()->table(id, TableKind::ProfitOrLoss);
        if (!e || !pl)
            continue;
        const int first = g.columns.size();
        for (int c = 0; c < pl->columns.size(); ++c) {
            g.columns.append(columnHeader(id, *e, pl->columns[c]));
            const Input revenue = cellOf(*pl, QStringLiteral("revenue"), c);
            const char *keys[] = {"gross_profit", "operating_profit", "profit_for_period"};
            for (int m = 0; m < 3; ++m) {
                ChartCell cell = ratio(cellOf(*pl, QLatin1String(keys[m]), c), revenue);
                if (cell.value)
                    metrics[m].append({first + c, cell});
            }
        }
        // Segment gross margins: a revenue mix printing segments as columns with
        // a revenue row and a cost of sales (or gross profit) row.
        const Table *mix = store()->table(id, TableKind::RevenueMix);
        if (!mix)
            continue;
        for (int c = 0; c < mix->columns.size(); ++c) {
            const Column &col = mix->columns[c];
            if (col.segment.isEmpty() || isTotalLabel(col.segment))
                continue;
            int target = -1;
            for (int pc = 0; pc < pl->columns.size(); ++pc) {
                if (pl->columns[pc].periodEnd.isValid() && pl->columns[pc].periodEnd == col.periodEnd)
                    target = first + pc;
            }
            const Input revenue = cellOf(*mix, QStringLiteral("revenue"), c);
            Input gross = cellOf(*mix, QStringLiteral("gross_profit"), c);
            const Input cost = cellOf(*mix, QStringLiteral("cost_of_sales"), c);
            if (!gross.value && revenue.value && cost.value) {
                // Cost of sales is an expense whichever sign it is printed with.
                gross.value = *revenue.value - cost.value->abs();
                gross.source = cost.source;
            }
            ChartCell cell = ratio(gross, revenue);
            if (target < 0 || !cell.value)
                continue;
            const QString label = tr("Gross margin: %1").arg(col.segment.simplified());
            auto it = std::find_if(segments.begin(), segments.end(),
                                   [&](const SegmentRow &s) { return s.label == label; });
            if (it == segments.end())
                it = segments.insert(segments.end(), SegmentRow{label, {}});
            it->cells.append({target, cell});
        }
    }

    auto addRow = [&](const QString &label, const QColor &colour, const QVector<std::pair<int, ChartCell>> &cells) {
        if (cells.isEmpty())
            return;   // a margin no report can compute is not drawn
        g.rows.append({label, colour});
        QVector<ChartCell> row(g.columns.size());
        for (const auto &[c, cell] : cells)
            row[c] = cell;
        g.cells.append(row);
    };
    for (int m = 0; m < 3; ++m)
        addRow(metricName(Metric(m)), ChartPalette::metricColour(m), metrics[m]);
    QStringList names;
    for (const SegmentRow &s : segments)
        names << s.label;
    const auto colours = ChartPalette::segmentColours(names);
    for (const SegmentRow &s : segments)
        addRow(s.label, colours.value(s.label).lighter(115), s.cells);
    return g;
}

} // namespace ledgerlens
