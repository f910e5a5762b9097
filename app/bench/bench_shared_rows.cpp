// Benchmark (not a test): how far reports of different companies line up.
// Extracts the given reports, lays out each primary statement across them as
// printed and standardised (ComparisonLayout), and prints per statement how
// many rows hold figures of two or more reports, of the rows holding any.
//
//   ledgerlens-bench-shared-rows [--rows] REPORT.pdf...   (tools/bench-shared-rows.sh)
#include "extract/Extractor.h"
#include "items/ComparisonLayout.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

using namespace ledgerlens;

namespace {

bool hasFigure(const Table *t, int row)
{
    if (!t || row < 0 || row >= t->items.size())
        return false;
    for (const Cell &c : t->items[row].cells)
        if (c.value)
            return true;
    return false;
}

// Reports with a figure on the row (a fold row: on any line it folds).
int reportsWithFigures(const ComparisonRow &row, const QVector<const Table *> &tables)
{
    int n = 0;
    for (int ti = 0; ti < tables.size(); ++ti) {
        bool any = hasFigure(tables[ti], row.sourceRows.value(ti, -1));
        for (int r : row.folded.value(ti))
            any = any || hasFigure(tables[ti], r);
        n += any ? 1 : 0;
    }
    return n;
}

bool g_verbose = false;

void count(const char *layout, const QVector<ComparisonRow> &rows, const QVector<const Table *> &tables,
           int *sharedOut = nullptr, int *figureRowsOut = nullptr)
{
    int shared = 0, withFigures = 0;
    for (const ComparisonRow &row : rows) {
        const int n = reportsWithFigures(row, tables);
        shared += n >= 2 ? 1 : 0;
        withFigures += n >= 1 ? 1 : 0;
        if (g_verbose)
            std::printf("    %d %-8s %-30s %s\n", n, row.kind == RowKind::Subtotal ? "subtotal" : row.kind == RowKind::Heading ? "heading" : "",
                        qPrintable(row.isFold() ? QStringLiteral("[") + row.foldKey + u']' : row.canonical),
                        qPrintable(row.label.left(60)));
    }
    std::printf("  %-13s rows %4d  with figures %4d  of 2+ reports %4d  (%.0f%%)\n", layout, int(rows.size()),
                withFigures, shared, withFigures ? 100.0 * shared / withFigures : 0.0);
    if (sharedOut)
        *sharedOut = shared;
    if (figureRowsOut)
        *figureRowsOut = withFigures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QVector<Report> reports;
    QStringList args = app.arguments().mid(1);
    g_verbose = args.removeAll(QStringLiteral("--rows")) > 0;   // list each row: reports with figures, key, label
    for (const QString &path : args) {
        ExtractionResult r = Extractor::extract(path);
        if (!r.ok()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(r.message));
            continue;
        }
        std::printf("%s: %s\n", qPrintable(QFileInfo(path).fileName()), qPrintable(r.report.company));
        reports.append(r.report);
    }
    for (TableKind kind : {TableKind::ProfitOrLoss, TableKind::ComprehensiveIncome, TableKind::FinancialPosition,
                           TableKind::CashFlows}) {
        QVector<const Table *> tables;
        QVector<QVector<Check>> checks;
        for (const Report &r : reports) {
            const Table *t = r.table(kind);
            if (!t)
                continue;
            tables.append(t);
            checks.append(r.checks);
        }
        if (tables.isEmpty())
            continue;
        std::printf("%s (%d reports)\n", qPrintable(tableKey(kind)), int(tables.size()));
        const QVector<ComparisonRow> printed = ComparisonLayout::alignRows(tables);
        count("as printed", printed, tables);
        count("standardised", ComparisonLayout::standardise(printed, tables, checks), tables);
    }
    return 0;
}
