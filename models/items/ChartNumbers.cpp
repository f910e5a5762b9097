#include "ChartNumbers.h"

#include <algorithm>
#include <cmath>

namespace ledgerlens::ChartNumbers {

QString percent(double value, const QLocale &locale)
{
    if (!std::isfinite(value) || std::abs(value) >= kPercentLimit)
        return QStringLiteral("n/m");
    return locale.toString(value, 'f', 1) + QLatin1Char('%');
}

QString amount(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("n/m");
    return locale.toString(value, 'f', std::clamp(decimals, 0, 6));
}

QString axisFormat(bool percent)
{
    return percent ? QStringLiteral("%.0f%%") : QStringLiteral("%.0f");
}

QString excelFormat(bool percent)
{
    // No "n/m" section: conditional formats drop the minus sign of the
    // remaining negatives in LibreOffice ("500.0%" below zero).
    return percent ? QStringLiteral("#,##0.0\"%\"") : QStringLiteral("#,##0.0");
}

} // namespace ledgerlens::ChartNumbers
