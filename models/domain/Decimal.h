#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <optional>

namespace ledgerlens {

// An exact decimal number: mantissa * 10^-scale. Money is never held in
// binary floating point; toDouble() exists only for charts and ratios.
class Decimal
{
public:
    Decimal() = default;
    explicit Decimal(qint64 mantissa, int scale = 0);

    // Plain machine form: optional sign, digits, optional '.' and digits
    // ("-1234.50"). Printed forms (commas, parentheses) are the extractor's job.
    static std::optional<Decimal> fromString(QStringView text);

    qint64 mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    bool isInteger() const;

    // Same value with `scale` digits after the point (exact when scale grows,
    // rounded half away from zero when it shrinks).
    Decimal withScale(int scale) const;
    // Smallest scale that still represents the value exactly.
    Decimal normalized() const;
    // Value * 10^exponent, exact (a negative exponent raises the scale).
    Decimal shifted(int exponent) const;

    Decimal operator-() const;
    Decimal operator+(const Decimal &o) const;
    Decimal operator-(const Decimal &o) const;
    Decimal abs() const { return m_mantissa < 0 ? -*this : *this; }
    int compare(const Decimal &o) const;
    bool operator==(const Decimal &o) const { return compare(o) == 0; }
    bool operator!=(const Decimal &o) const { return compare(o) != 0; }
    bool operator<(const Decimal &o) const { return compare(o) < 0; }

    double toDouble() const;
    // Machine form, e.g. "-1234.5" (no grouping), the inverse of fromString.
    QString toString() const;

private:
    qint64 m_mantissa = 0;
    int m_scale = 0;
};

} // namespace ledgerlens
