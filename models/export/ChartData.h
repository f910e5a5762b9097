#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

class QAbstractItemModel;

namespace ledgerlens {

// A chart as data, independent of any widget: what a slide or a workbook needs
// to rebuild it natively. Series are the model's rows, categories its columns.
struct ChartSeriesData
{
    QString name;
    QColor colour;
    QVector<std::optional<double>> values;   // one per category; nullopt = no figure
};

struct ChartData
{
    enum class Type { StackedColumn, ClusteredColumn, Line, Pie };

    Type type = Type::StackedColumn;
    QString title;
    QString valueTitle;              // value axis title ("Revenue (millions, reporting currency)")
    QString numberFormat = QStringLiteral("#,##0.0");   // Excel format of the values
    QStringList categories;
    QVector<ChartSeriesData> series;
    QVector<QColor> pointColours;    // Pie: one per category (the model rows' colours)
    QStringList sources;             // filings the figures come from (footnote)

    // Rows -> series, columns -> categories; DisplayRole doubles (invalid = gap),
    // vertical header DecorationRole colours, horizontal header text with
    // newlines folded to spaces.
    static ChartData fromModel(const QAbstractItemModel &model, Type type, const QString &title,
                               const QString &valueTitle);
    // One column of the model as a pie: rows -> slices (categories).
    static ChartData pieFromModel(const QAbstractItemModel &model, int column, const QString &title);
};

} // namespace ledgerlens
