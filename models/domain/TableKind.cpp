#include "TableKind.h"

namespace ledgerlens {

const QList<TableKind> &allTableKinds()
{
    static const QList<TableKind> kinds = {
        TableKind::ProfitOrLoss,   TableKind::ComprehensiveIncome, TableKind::FinancialPosition,
        TableKind::CashFlows,      TableKind::RevenueMix,          TableKind::ReceivablesAgeing,
        TableKind::PayablesAgeing,
    };
    return kinds;
}

QString tableKey(TableKind kind)
{
    switch (kind) {
    case TableKind::ProfitOrLoss: return QStringLiteral("profit_or_loss");
    case TableKind::ComprehensiveIncome: return QStringLiteral("comprehensive_income");
    case TableKind::FinancialPosition: return QStringLiteral("financial_position");
    case TableKind::CashFlows: return QStringLiteral("cash_flows");
    case TableKind::RevenueMix: return QStringLiteral("revenue_mix");
    case TableKind::ReceivablesAgeing: return QStringLiteral("receivables_ageing");
    case TableKind::PayablesAgeing: return QStringLiteral("payables_ageing");
    }
    return {};
}

bool tableKindFromKey(const QString &key, TableKind *kind)
{
    for (TableKind k : allTableKinds()) {
        if (tableKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

bool isPrimaryStatement(TableKind kind)
{
    return kind == TableKind::ProfitOrLoss || kind == TableKind::ComprehensiveIncome
        || kind == TableKind::FinancialPosition || kind == TableKind::CashFlows;
}

} // namespace ledgerlens
