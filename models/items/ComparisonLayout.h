#pragma once

#include "domain/Report.h"
#include "store/StoreTypes.h"

#include <QString>
#include <QVector>

namespace ledgerlens {

// How the rows of one table kind line up across reports: rows with the same
// canonical key (and same occurrence of that key) share a comparison row;
// unmapped rows share one only when they print the same caption (once in
// each table); otherwise they stay separate in their report's order.
// Pure function of the tables, so it is tested without a store.
struct ComparisonRow
{
    QString canonical;        // empty for an unmapped row
    QString label;            // printed label of the first report that has it
    QString labelEn;          // English label of the first report printing one
    QString labelZh;          // Chinese label of the first report printing one
    QString derivedLabel;     // an unlabelled subtotal's derived name (first report's)
    QString valueUnit;        // a per-share row's own unit ("HK cents"); rows in other units are other rows
    RowKind kind = RowKind::Item;
    QVector<int> sourceRows;  // per input table: row index, or -1 (a fold row: its first folded line)
    // A standardised "Other ..." row (standardise()): its fold target's key,
    // and per input table the printed rows it sums, in table order.
    QString foldKey;
    QVector<QVector<int>> folded;

    bool isFold() const { return !foldKey.isEmpty(); }

    // The label to show in a Chinese or an English UI: that language's,
    // else the other; empty for an unlabelled row.
    QString labelIn(bool chinese) const;
    // The other language's label when it differs from labelIn(chinese), else empty.
    QString otherLabel(bool chinese) const;
};

struct ComparisonColumn
{
    int table = 0;            // index into the input tables
    int column = 0;           // column of that table
};

namespace ComparisonLayout {
// `tables` in comparison order (nullptr = the report has no such table).
// Merge order: the first report's order; each further report's new rows are
// inserted after the row of their predecessor in that report.
QVector<ComparisonRow> alignRows(const QVector<const Table *> &tables);
QVector<ComparisonColumn> columns(const QVector<const Table *> &tables);
// The standardised layout of alignRows()' rows: rows two or more reports
// print, keyed totals and shared headings stay; an item line only one report
// prints folds into the "Other ..." row of its block (FoldTargets). Never
// folded, so nothing is counted twice: subtotals, keyed totals, headings,
// per-share rows, and a line the arithmetic shows to be a breakdown of
// another line (a part of a check whose total is an item): such a line only
// one report prints is hidden, its figure being in the line it breaks down.
// An unkeyed subtotal or a heading only one report prints is hidden too, and
// so is a keyed row each of its reports printed further up (a repeated total).
// `checks` per input table: its report's checks (may be empty).
QVector<ComparisonRow> standardise(const QVector<ComparisonRow> &printed, const QVector<const Table *> &tables,
                                   const QVector<QVector<Check>> &checks = {});
} // namespace ComparisonLayout

} // namespace ledgerlens
