#pragma once

#include <QString>

namespace ledgerlens {

// The money unit printed over a table: RMB'000, HK$ million, 千港元...
struct MoneyUnit
{
    qint64 unit = 0;      // 0 when none was found
    QString currency;     // ISO: RMB, HKD, USD, SGD; empty when not printed
    bool isValid() const { return unit > 0; }
};

namespace Units {
MoneyUnit find(const QString &text);
// A column header cell that is a currency alone ("HK$", "RMB", "港元"): the
// figures are in whole units of it (funds and small filers print dollars).
MoneyUnit findWholeCurrency(const QString &cell);
} // namespace Units

} // namespace ledgerlens
