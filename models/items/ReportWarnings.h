#pragma once

#include "domain/TableKind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace ledgerlens {

// One of the extractor's warnings (report JSON "warnings"), read back into
// what it is about, so the UI can say it in the UI language and show it
// where it matters: the report list, and the tab of the table it concerns.
struct ReportWarning
{
    enum Kind {
        NoStatements,     // no financial statement recognised at all
        TableMissing,     // "no <table> table was recognised"
        TableUnread,      // a statement's title was found on a page but its table not read
        UndatedColumns,   // columns without a period in their header
        Other,            // a warning this build does not know: shown as written
    };
    Kind kind = Other;
    std::optional<TableKind> table;
    int page = 0;         // 0 = not said
    QString title;        // TableUnread: the title as printed
    int undated = 0;      // UndatedColumns: how many, of `columns`
    int columns = 0;
    QString raw;          // as the extractor wrote it
};

class ReportWarnings
{
    Q_DECLARE_TR_FUNCTIONS(ReportWarnings)
public:
    static QVector<ReportWarning> parse(const QStringList &warnings);
    // The warnings about one table (missing, unread, undated columns).
    static QVector<ReportWarning> about(const QStringList &warnings, TableKind table);
    // A sentence in the UI language; `report` names the report ("" = leave it out).
    static QString text(const ReportWarning &warning, const QString &report = QString());
    // "profit or loss statement", "statement of financial position", ...
    static QString tableName(TableKind table);
};

} // namespace ledgerlens
