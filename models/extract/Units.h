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
} // namespace Units

} // namespace ledgerlens
