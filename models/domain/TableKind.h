#pragma once

#include <QList>
#include <QString>

namespace ledgerlens {

// The tables Ledgerlens recognises, in the order the workbench shows them.
enum class TableKind {
    ProfitOrLoss,
    ComprehensiveIncome,
    FinancialPosition,
    CashFlows,
    RevenueMix,
    ReceivablesAgeing,
    PayablesAgeing,
};

const QList<TableKind> &allTableKinds();
// JSON key of the extraction contract ("profit_or_loss", "revenue_mix", ...).
QString tableKey(TableKind kind);
bool tableKindFromKey(const QString &key, TableKind *kind);
// The four primary statements live under "statements" in the JSON.
bool isPrimaryStatement(TableKind kind);

} // namespace ledgerlens
