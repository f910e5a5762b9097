#pragma once

#include <QString>

namespace ledgerlens {

// Which primary statement a title line names, if any. The whole line must be
// the title (optionally "(continued)"), so running page headers, contents
// lines with page numbers and prose mentions do not count. OtherStatement is
// a primary statement Ledgerlens does not read (changes in equity, changes
// in net assets attributable to unitholders, distribution statement): it
// ends the statement before it.
enum class TitleKind { None, ProfitOrLoss, Combined, ComprehensiveIncome, FinancialPosition, CashFlows, OtherStatement };

struct StatementTitle
{
    TitleKind kind = TitleKind::None;
    bool continued = false;
    bool consolidated = false;
};

namespace StatementTitles {
StatementTitle classify(const QString &lineText);
} // namespace StatementTitles

} // namespace ledgerlens
