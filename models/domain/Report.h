#pragma once

#include "Decimal.h"
#include "TableKind.h"

#include <QDate>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace ledgerlens {

// Where a figure is printed: 1-based page and box in PDF points, origin
// top-left. Stored once in page space; views scale it.
struct SourceRef
{
    int page = 0;
    QRectF box;
    bool isValid() const { return page > 0; }
    bool operator==(const SourceRef &o) const { return page == o.page && box == o.box; }
};

// One figure as printed. No value means nil (dash, blank).
struct Cell
{
    std::optional<Decimal> value;
    SourceRef source;
};

// A figure column of a table: a period, optionally narrowed to a segment
// ("Product segment 2021") when a table prints several figure columns per period.
struct Column
{
    QString label;        // as printed, whitespace folded
    QDate periodEnd;      // invalid when the header gave none
    int months = 0;       // length of a flow period; 0 for a point-in-time balance
    std::optional<bool> audited;
    QString segment;      // empty for a plain period column
};

enum class RowKind {
    Item,      // an ordinary line item
    Subtotal,  // a total or subtotal (often under a rule, sometimes unlabelled)
    Heading,   // a section heading without figures
};

struct LineItem
{
    QString label;        // as printed, whitespace folded, wrapped lines joined
    QString labelZh;      // a bilingual row's Chinese label (label then holds the English)
    QString valueUnit;    // a per-share row's own unit ("HK cents", "RMB"): never the table's unit
    QString derivedLabel; // an unlabelled subtotal's name, derived from the block it sums; label stays ""
    QString canonical;    // taxonomy key or empty: never guessed
    QString ifrs;         // IFRS Taxonomy (ifrs-full) element when the row is exactly that element
    bool userMapped = false; // canonical comes from the analyst's mapping for this company (store only)
    QString note;         // the Notes column, as printed
    RowKind kind = RowKind::Item;
    QVector<Cell> cells;  // one per column

    // A per-share figure (earnings, dividend per share): in its own unit,
    // never scaled with the table's or the display's unit.
    bool isPerShare() const { return !valueUnit.isEmpty() || canonical.startsWith(QLatin1String("eps_")); }
};

struct Table
{
    TableKind kind = TableKind::ProfitOrLoss;
    QString title;
    QVector<int> pages;   // 1-based, in order
    qint64 unit = 1;      // 1, 1000, 1000000: values are in currency * unit
    QString currency;     // ISO code: RMB, HKD, USD, SGD
    QVector<Column> columns;
    QVector<LineItem> items;

    bool isEmpty() const { return items.isEmpty(); }
    int rowOf(const QString &canonical) const;
};

// One arithmetic identity the extractor verified on one column of a table.
struct Check
{
    TableKind table = TableKind::ProfitOrLoss;
    QString rule;         // e.g. "revenue - cost_of_sales = gross_profit"
    int column = 0;
    bool ok = false;
    Decimal expected;     // the printed total
    Decimal computed;     // what the parts add up to
    QVector<int> rows;    // rows involved, the total last
};

// A table the recogniser also read for a kind but ranked below the one it
// chose (JSON "candidates"): where to look first when the choice is wrong.
struct TableCandidate
{
    TableKind kind = TableKind::ProfitOrLoss;
    int page = 0;         // 1-based, where its title is printed
    QString title;        // the title line as printed
    int score = 0;        // the recogniser's score (higher is likelier)

    bool operator==(const TableCandidate &o) const
    {
        return kind == o.kind && page == o.page && title == o.title && score == o.score;
    }
};

struct Report
{
    QString path;
    int pageCount = 0;
    QString company;
    QString stockCode;
    QString kind;         // "interim results announcement", "annual report", ...
    QDate periodEnd;
    QString currency;
    QMap<TableKind, Table> tables;
    QVector<Check> checks;
    QStringList warnings;
    QVector<TableCandidate> candidates;   // runners-up, best first per kind

    const Table *table(TableKind kind) const;
};

} // namespace ledgerlens
