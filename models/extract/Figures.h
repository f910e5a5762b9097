#pragma once

#include "domain/Decimal.h"

#include <QString>
#include <optional>

namespace ledgerlens {

// One printed figure cell: a number, or nil (dash, underscore).
struct Figure
{
    std::optional<Decimal> value;   // empty for nil
    bool isNil() const { return !value; }
};

namespace Figures {
// "1,234", "(1,234)", "-1,234", "0.03", "(0.04)", "１２３" (after NFKC), "-",
// "–", "—", "_", "N/A": parsed (the last four as nil); anything else (words, dates, "4(a)") is not a figure.
std::optional<Figure> parse(const QString &text);
// A Notes-column reference: "5", "4(a)", "12,13", "3(b)(i)".
bool looksLikeNote(const QString &text);
// A bare year printed as a column header: 2019, 2024.
bool looksLikeYear(const QString &text);
} // namespace Figures

} // namespace ledgerlens
