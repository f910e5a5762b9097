#pragma once

#include <QDate>
#include <QPair>
#include <QString>
#include <optional>

namespace ledgerlens {

// Dates and period lengths as printed in column headers and statement titles.
namespace Periods {
// A full date anywhere in the text: "30 June 2024", "June 30, 2025",
// "31.12.2019", "二零二五年三月三十一日", "2025年3月31日". Of a printed
// range ("1.1.2024 to 30.6.2024") it is the end: the date the period closes.
QDate findDate(const QString &text);
// A period printed as its first and last day: "From 1 January 2024 to 30 June
// 2024", "1.1.2024 - 30.6.2024", "2024年1月1日至2024年6月30日". Invalid
// dates when the text prints no such range.
struct Range { QDate first, last; };
Range findRange(const QString &text);
// A month and day without a year ("30 June", "June 30", "六月三十日",
// "6月30日"): {month, day}, or {0, 0}.
QPair<int, int> findMonthDay(const QString &text);
// A year alone: "2024", "二零二五年".
int findYear(const QString &text);
// Length of a flow period from phrases such as "six months ended",
// "year ended", "截至...止六個月", "止年度", or from a printed range (its
// days in whole months); 0 when none.
int findMonths(const QString &text);
// (Audited) -> true, (Unaudited) -> false.
std::optional<bool> findAudited(const QString &text);
// Last day of the month for a given year/month/day, clamping Feb 29 etc.
QDate makeDate(int year, int month, int day);
} // namespace Periods

} // namespace ledgerlens
