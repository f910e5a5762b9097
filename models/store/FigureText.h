#pragma once

#include "domain/Decimal.h"

#include <QString>
#include <optional>

namespace ledgerlens {

// A figure typed by a reviewer, read the way statements print them.
namespace FigureText {

struct Parsed
{
    bool ok = false;                 // false: not a figure (error says why)
    std::optional<Decimal> value;    // nullopt with ok = nil (dash or blank)
    QString error;
};

// "1,234.5", "(1,234)" and "-1234" (negative), "-", "–", "—" or "" (nil).
Parsed parse(const QString &text);

// "1,234.5" / "(1,234)" grouping of an exact value (for audit text only).
QString format(const std::optional<Decimal> &value);

} // namespace FigureText
} // namespace ledgerlens
