#pragma once

#include "domain/Decimal.h"

#include <QString>
#include <optional>

namespace ledgerlens {

// How an analyst reads a figure: 1,234 / (1,234) / – . Values arrive already
// in the display unit (the model scales them); this only prints. Pure, exact.
namespace FigureFormat {

// Decimals shown for a value in displayUnit: one in millions (RMB'000 figures
// shown as RMB million), more for a small figure that one would show as 0.0;
// otherwise as printed (at most two: per-share figures).
int decimalsFor(qint64 displayUnit, const Decimal &value);

// nullopt (nil) prints as an en dash; negatives in parentheses.
QString format(const std::optional<Decimal> &value, qint64 displayUnit);
// With a fixed number of decimals (rounded half away from zero).
QString format(const Decimal &value, int decimals);

// "1,234,567.8" for a non-negative plain machine number "1234567.8".
QString groupThousands(const QString &plainDigits);

// "RMB'000", "RMB million", "RMB" (no currency: "'000", "million", "units").
QString unitLabel(const QString &currency, qint64 unit);

} // namespace FigureFormat
} // namespace ledgerlens
