#include "ArithmeticChecks.h"

#include "checks/CheckSupport.h"
#include "checks/StatementIdentities.h"
#include "checks/SubtotalBlocks.h"
#include "taxonomy/Taxonomy.h"

namespace ledgerlens::ArithmeticChecks {

using namespace ledgerlens::checks;

namespace {

// 1000 -> 3; -1 when the unit is not a power of ten.
int powerOfTen(qint64 unit)
{
    int k = 0;
    while (unit > 1 && unit % 10 == 0) {
        unit /= 10;
        ++k;
    }
    return unit == 1 ? k : -1;
}

bool totalLike(const QString &text)
{
    return Taxonomy::builtin().canonicalFor(TableKind::RevenueMix, text) == QLatin1String("total_revenue");
}

// A revenue mix column that holds the whole of one income statement period:
// its label is the period's label, alone or with a total word ("Total 2021",
// "總計 二零二五年"), or (with no label evidence) the same period end.
bool sameWholePeriod(const Column &mix, const Column &pl)
{
    if (!mix.segment.isEmpty() && !totalLike(mix.segment))
        return false;
    const bool datesKnown = mix.periodEnd.isValid() && pl.periodEnd.isValid();
    if (datesKnown && (mix.periodEnd != pl.periodEnd || (mix.months && pl.months && mix.months != pl.months)))
        return false;
    QString rest = mix.label;
    if (!mix.segment.isEmpty())
        rest.remove(mix.segment, Qt::CaseInsensitive);
    const QString period = pl.label.simplified();
    if (!period.isEmpty() && rest.contains(period, Qt::CaseInsensitive))
        rest.remove(period, Qt::CaseInsensitive);
    else if (!datesKnown)
        return false;
    rest = rest.simplified();
    return rest.isEmpty() || totalLike(rest);
}

// Revenue mix total against the income statement's revenue, per period. The
// two are often printed at different precisions (RMB million to one decimal
// against RMB'000), so both are rounded to the coarser one before comparing.
void revenueAgreesWithMix(const Report &report, QVector<Check> *out)
{
    const Table *mix = report.table(TableKind::RevenueMix);
    const Table *pl = report.table(TableKind::ProfitOrLoss);
    if (!mix || !pl)
        return;
    const int total = listTotalRow(*mix);
    const int revenue = findRow(*pl, QStringLiteral("revenue"));
    const int kMix = powerOfTen(mix->unit);
    const int kPl = powerOfTen(pl->unit);
    if (total < 0 || revenue < 0 || kMix < 0 || kPl < 0)
        return;
    for (int c = 0; c < mix->columns.size(); ++c) {
        const auto printed = valueAt(*mix, total, c);
        if (!printed)
            continue;
        for (int p = 0; p < pl->columns.size(); ++p) {
            const auto rev = valueAt(*pl, revenue, p);
            if (!rev || !sameWholePeriod(mix->columns[c], pl->columns[p]))
                continue;
            const int precision = qMax(kMix - printed->scale(), kPl - rev->scale());
            const Decimal a = printed->shifted(kMix - precision).withScale(0);
            const Decimal b = rev->shifted(kPl - precision).withScale(0);
            Check check;
            check.table = TableKind::RevenueMix;
            check.rule = QStringLiteral("revenue_mix total = profit_or_loss revenue");
            check.column = c;
            check.expected = *printed;
            check.computed = rev->shifted(kPl - kMix).normalized();
            check.ok = a == b;
            check.rows = {total};
            out->append(check);
            break;
        }
    }
}

} // namespace

QVector<Check> runTable(const Table &table)
{
    QVector<Check> out;
    QSet<int> closed;
    switch (table.kind) {
    case TableKind::ProfitOrLoss:
        profitOrLossIdentities(table, &out, &closed);
        break;
    case TableKind::ComprehensiveIncome:
        comprehensiveIncomeIdentities(table, &out, &closed);
        break;
    case TableKind::FinancialPosition:
        financialPositionIdentities(table, &out, &closed);
        break;
    case TableKind::CashFlows:
        cashFlowIdentities(table, &out, &closed);
        break;
    case TableKind::RevenueMix:
        if (linesSumToTotal(table, QStringLiteral("revenue mix lines sum to total_revenue"), &out))
            return out;
        break;
    case TableKind::ReceivablesAgeing:
    case TableKind::PayablesAgeing:
        if (linesSumToTotal(table, QStringLiteral("ageing buckets sum to total"), &out))
            return out;
        break;
    }
    blockSums(table, closed, &out);
    return out;
}

QVector<Check> run(const Report &report)
{
    QVector<Check> out;
    for (TableKind kind : allTableKinds()) {
        const Table *t = report.table(kind);
        if (!t)
            continue;
        if (t->kind == kind) {
            out += runTable(*t);
        } else { // the map key is authoritative
            Table keyed = *t;
            keyed.kind = kind;
            out += runTable(keyed);
        }
    }
    revenueAgreesWithMix(report, &out);
    return out;
}

} // namespace ledgerlens::ArithmeticChecks
