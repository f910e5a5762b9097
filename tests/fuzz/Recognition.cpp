#include "Recognition.h"

#include "checks/ArithmeticChecks.h"
#include "extract/AgeingRecogniser.h"
#include "extract/ReportMetadata.h"
#include "extract/RevenueMixRecogniser.h"
#include "extract/StatementRecogniser.h"
#include "taxonomy/Taxonomy.h"

namespace ledgerlens::fuzz {

Report recognise(const DocumentText &doc)
{
    Report report;
    report.pageCount = doc.size();
    ReportMetadata::fill(report, doc);
    report.tables = StatementRecogniser(doc).recognise(QDate());
    for (TableKind k : {TableKind::ProfitOrLoss, TableKind::FinancialPosition, TableKind::CashFlows}) {
        const Table *t = report.table(k);
        if (t && !t->columns.isEmpty() && t->columns.front().periodEnd.isValid()) {
            report.periodEnd = t->columns.front().periodEnd;
            break;
        }
    }
    const Table *pl = report.table(TableKind::ProfitOrLoss);
    const Table mix = RevenueMixRecogniser(doc).recognise(pl ? *pl : Table(), report.periodEnd);
    if (!mix.isEmpty())
        report.tables.insert(TableKind::RevenueMix, mix);
    const AgeingRecogniser ageing(doc);
    for (TableKind k : {TableKind::ReceivablesAgeing, TableKind::PayablesAgeing}) {
        const Table t = ageing.recognise(k, report.periodEnd);
        if (!t.isEmpty())
            report.tables.insert(k, t);
    }
    for (Table &t : report.tables)
        for (LineItem &item : t.items)
            if (item.kind != RowKind::Heading)
                item.canonical = Taxonomy::builtin().canonicalFor(t.kind, item.label);
    report.checks = ArithmeticChecks::run(report);
    return report;
}

} // namespace ledgerlens::fuzz
