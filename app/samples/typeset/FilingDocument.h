#pragma once

#include "domain/Decimal.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace ledgerlens::typeset {

// A plain description of a filing: built in code by tests, or loaded from a
// JSON spec (FilingSpec) by the sample generator. FilingTypesetter lays it out.

// One figure column. `header` is its own stack of lines, top to bottom, e.g.
// {"2024", "RMB'000", "(Unaudited)"}; stacks are bottom-aligned across columns.
struct FilingColumn
{
    QStringList header;
    // False for figure columns that are not a period (a "%" or "Change" column):
    // they are typeset but not keyed into the expected extraction.
    bool period = true;
    // What an analyst records for a period column (extraction contract).
    QString label;
    QDate periodEnd;
    int months = 0;                 // 0 for a point-in-time balance
    std::optional<bool> audited;
};

// A header centred over columns first..last (inclusive), above their own
// headers, with a thin rule under it: "For the six months ended 30 June".
// Level 0 sits right above the column headers, level 1 above level 0, ...
// ("For the six months ended 30 June" over "2024" over "RMB'000 | %").
struct HeaderSpan
{
    int first = 0;
    int last = 0;
    QStringList lines;
    int level = 0;
};

enum class RowStyle {
    Item,      // label and figures
    Heading,   // bold label, no figures (NON-CURRENT ASSETS)
    Subtotal,  // single rule above the figures
    Total,     // single rule above and double rule below the figures
};

struct FilingRow
{
    QString label;                           // may be empty (unlabelled subtotal)
    QString note;                            // Notes column
    QVector<std::optional<Decimal>> values;  // one per column; nullopt prints a dash
    RowStyle style = RowStyle::Item;
    bool bold = false;                       // bold label (PROFIT BEFORE TAX)
    int indent = 0;                          // label indent steps
    bool spaceBefore = false;                // a blank half-line above the row
    QString canonical;                       // taxonomy key for the expected JSON
};

struct FilingTable
{
    QStringList titleLines;   // printed above the table; the first line in bold
    QString key;              // contract key ("profit_or_loss"); empty: not keyed in
    QString title;            // the title an analyst records (default: first title line)
    qint64 unit = 1000;
    QString currency;
    bool notesColumn = false;
    QString notesHeader = QStringLiteral("Notes");
    QVector<HeaderSpan> spans;
    QVector<FilingColumn> columns;
    QVector<FilingRow> rows;
    double minFigureWidth = 64;  // points
    double maxLabelWidth = 0;    // points; 0: all the width the figures leave
                                 // (a narrow label column makes labels wrap)

    FilingRow &addRow(const QString &label, QVector<std::optional<Decimal>> values,
                      RowStyle style = RowStyle::Item);
    FilingRow &addHeading(const QString &label);
};

struct FilingBlock
{
    enum class Type { Title, Heading, Paragraph, Table, PageBreak };
    Type type = Type::Paragraph;
    QString text;
    FilingTable table;
};

struct FilingDocument
{
    QString runningHeader;      // company name printed at the top of every page
    bool chinese = false;       // typeset in the CJK font (labels, headers, prose)
    QString continuedSuffix;    // empty: " (continued)" or "（續）" by language
    // Report metadata for the expected extraction JSON.
    QString company;
    QString stockCode;
    QString kind;
    QDate periodEnd;
    QString currency;

    QVector<FilingBlock> blocks;

    void addTitle(const QString &text);
    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    void addTable(const FilingTable &table);
    void addPageBreak();
};

// Figures as a filing prints them: grouped thousands, parentheses for
// negatives, an en dash for nil. The Decimal's scale gives the decimals shown.
QString formatFigure(const std::optional<Decimal> &value);

} // namespace ledgerlens::typeset
