// The undo history's texts: translated, the table named by its title.
#include "StoreCommands.h"

#include <QCoreApplication>

namespace ledgerlens::EditTexts {


QString tableTitle(TableKind kind)
{
    switch (kind) {
    case TableKind::ProfitOrLoss: return QCoreApplication::translate("EditTexts", "Profit or loss");
    case TableKind::ComprehensiveIncome: return QCoreApplication::translate("EditTexts", "Comprehensive income");
    case TableKind::FinancialPosition: return QCoreApplication::translate("EditTexts", "Financial position");
    case TableKind::CashFlows: return QCoreApplication::translate("EditTexts", "Cash flows");
    case TableKind::RevenueMix: return QCoreApplication::translate("EditTexts", "Revenue mix");
    case TableKind::ReceivablesAgeing: return QCoreApplication::translate("EditTexts", "Receivables ageing");
    case TableKind::PayablesAgeing: return QCoreApplication::translate("EditTexts", "Payables ageing");
    }
    return QString();
}

QString correctValue(const QString &row, const QString &column, TableKind kind)
{
    if (column.isEmpty())
        return QCoreApplication::translate("EditTexts", "Correct %1 in %2").arg(row, tableTitle(kind));
    return QCoreApplication::translate("EditTexts", "Correct %1 (%2) in %3").arg(row, column, tableTitle(kind));
}

QString rename(const QString &label, TableKind kind)
{
    return QCoreApplication::translate("EditTexts", "Rename \u201c%1\u201d in %2").arg(label, tableTitle(kind));
}

QString mapRow(const QString &key, TableKind kind)
{
    return QCoreApplication::translate("EditTexts", "Map row to \u201c%1\u201d in %2").arg(key, tableTitle(kind));
}

QString revert(TableKind kind)
{
    return QCoreApplication::translate("EditTexts", "Revert correction in %1").arg(tableTitle(kind));
}

QString revertMapping(TableKind kind)
{
    return QCoreApplication::translate("EditTexts", "Revert mapping in %1").arg(tableTitle(kind));
}

QString review(TableKind kind, ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Reviewed: return QCoreApplication::translate("EditTexts", "Mark %1 reviewed").arg(tableTitle(kind));
    case ReviewStatus::Flagged: return QCoreApplication::translate("EditTexts", "Flag %1").arg(tableTitle(kind));
    case ReviewStatus::Unreviewed: break;
    }
    return QCoreApplication::translate("EditTexts", "Mark %1 unreviewed").arg(tableTitle(kind));
}

QString rememberMapping(const QString &label)
{
    return QCoreApplication::translate("EditTexts", "Remember mapping of \u201c%1\u201d").arg(label);
}

QString tableDecision(TableKind kind, const std::optional<TableDecision> &decision)
{
    if (!decision)
        return QCoreApplication::translate("EditTexts", "Use the recognised %1 again").arg(tableTitle(kind));
    // Who and when, as the audit list shows them for corrections.
    const QString who = QCoreApplication::translate("EditTexts", "%1, %2")
                            .arg(decision->user, decision->timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!decision->region)
        return QCoreApplication::translate("EditTexts", "No %1 table (%2)").arg(tableTitle(kind), who);
    return QCoreApplication::translate("EditTexts", "Use %1 as %2 (%3)").arg(decision->regionText(), tableTitle(kind), who);
}

} // namespace ledgerlens::EditTexts
