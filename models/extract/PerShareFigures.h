#pragma once

#include "Figures.h"
#include "domain/Report.h"

#include <QString>
#include <optional>

namespace ledgerlens {

// A per-share figure printed with its own unit, which the table's money unit
// never scales: "HK4.97 cents", "HK(14.92 cents)", "HK(1.23) cents",
// "25.0 HK cents", "HK$0.18", "RMB(0.77)", "港幣(14.92)仙", "人民幣(0.01)元".
struct PerShareFigure
{
    Figure figure;
    QString unit;   // "HK cents", "HK$", "RMB", "RMB cents", "US cents", "US$", "S$"
};

namespace PerShareFigures {
std::optional<PerShareFigure> parse(const QString &text);
// The unit a label or heading names for its per-share figures:
// "Basic (HK cents)", "－基本（港元）", "Earnings per share (RMB cents)"; empty if none.
QString unitNamedIn(const QString &label);
// Gives the per-share rows of a statement their own unit where the figure
// cells did not print one: from the row's label, else the heading over it;
// in a whole-currency table, the currency itself. Rows already keyed or
// printed with a unit keep theirs.
void assignUnits(Table &table);
} // namespace PerShareFigures

} // namespace ledgerlens
