#pragma once

#include <QModelIndexList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

class QAbstractItemModel;

namespace ledgerlens {

// A grid to export: a header row, a label column, and cells that are either a
// number (kept exact as text: "-1234.5") or text. Built from any item model;
// numbers come from the model's exact-value role when it has one
// (ItemRoles::ExactValueRole, answered by the comparison and chart models),
// else from a numeric DisplayRole.
struct TableData
{
    struct Value
    {
        enum Kind { Empty, Number, Text } kind = Empty;
        QString text;        // Number: machine form "-1234.5"; Text: as shown
        double number() const { return text.toDouble(); }
    };

    QString title;
    QString cornerHeader;          // header of the label column ("Line item")
    QStringList columnHeaders;     // display unit included, e.g. "SenseTime 1H 2025 (RMB '000)"
    QStringList rowHeaders;
    QVector<QVector<Value>> cells; // [row][column]
    QVector<bool> emphasised;      // per row: totals/subtotals (bold in XLSX)

    // The whole model. `unitCaption(column)` may add the unit to a header;
    // by default a model with a "displayUnit" property and per-column
    // currency (header or cell CurrencyRole) gets "(RMB '000)" style captions.
    static TableData fromModel(const QAbstractItemModel &model, const QString &title = {});
    // Only the selected cells, as the bounding grid of the selection.
    static TableData fromSelection(const QAbstractItemModel &model, const QModelIndexList &selection);

    // "RMB '000", "HKD million", "RMB" for a unit of 1000000/1000/1 (empty currency: "'000"...).
    static QString unitCaption(const QString &currency, qint64 unit);
};

} // namespace ledgerlens
