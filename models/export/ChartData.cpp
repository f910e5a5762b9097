#include "ChartData.h"

#include <QAbstractItemModel>

namespace ledgerlens {

namespace {
QString headerText(const QAbstractItemModel &m, int section, Qt::Orientation o)
{
    return m.headerData(section, o, Qt::DisplayRole).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

std::optional<double> number(const QVariant &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return v.isValid() && ok ? std::optional<double>(d) : std::nullopt;
}
} // namespace

ChartData ChartData::fromModel(const QAbstractItemModel &m, Type type, const QString &title,
                               const QString &valueTitle)
{
    ChartData d;
    d.type = type;
    d.title = title;
    d.valueTitle = valueTitle;
    for (int c = 0; c < m.columnCount(); ++c)
        d.categories << headerText(m, c, Qt::Horizontal);
    for (int r = 0; r < m.rowCount(); ++r) {
        ChartSeriesData s;
        s.name = headerText(m, r, Qt::Vertical);
        s.colour = m.headerData(r, Qt::Vertical, Qt::DecorationRole).value<QColor>();
        for (int c = 0; c < m.columnCount(); ++c)
            s.values << number(m.data(m.index(r, c)));
        d.series << s;
    }
    return d;
}

ChartData ChartData::pieFromModel(const QAbstractItemModel &m, int column, const QString &title)
{
    ChartData d;
    d.type = Type::Pie;
    d.title = title;
    ChartSeriesData s;
    s.name = headerText(m, column, Qt::Horizontal);
    for (int r = 0; r < m.rowCount(); ++r) {
        const auto v = number(m.data(m.index(r, column)));
        if (!v)
            continue;   // a pie has no gaps: leave out segments without a figure
        d.categories << headerText(m, r, Qt::Vertical);
        d.pointColours << m.headerData(r, Qt::Vertical, Qt::DecorationRole).value<QColor>();
        s.values << v;
    }
    d.series << s;
    return d;
}

} // namespace ledgerlens
