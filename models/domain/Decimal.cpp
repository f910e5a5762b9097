#include "Decimal.h"

#include <cmath>
#include <limits>

namespace ledgerlens {

namespace {
// Hostile input can ask for absurd scales; 10^18 is the largest power a
// qint64 holds.
constexpr int kMaxScale = 18;

qint64 pow10(int n)
{
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

// Mantissa arithmetic saturates instead of overflowing: no printed figure
// comes near 9.2e18 units, so saturation only ever meets fuzzed input, where
// a wrong-but-defined value beats undefined behaviour.
qint64 saturate(__int128 v)
{
    if (v > std::numeric_limits<qint64>::max())
        return std::numeric_limits<qint64>::max();
    if (v < std::numeric_limits<qint64>::min())
        return std::numeric_limits<qint64>::min();
    return qint64(v);
}

qint64 timesPow10(qint64 m, int n)
{
    return saturate(__int128(m) * pow10(qMin(n, kMaxScale)));
}
} // namespace

Decimal::Decimal(qint64 mantissa, int scale)
    : m_mantissa(mantissa), m_scale(scale)
{
    if (m_scale < 0) {
        m_mantissa = timesPow10(m_mantissa, -m_scale);
        m_scale = 0;
    }
    m_scale = qMin(m_scale, kMaxScale);
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    int i = 0;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    qint64 mantissa = 0;
    int scale = 0;
    bool seenPoint = false;
    int digits = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (++digits > 18)
            return std::nullopt; // beyond qint64: not a figure we can hold exactly
        mantissa = mantissa * 10 + (c.unicode() - u'0');
        if (seenPoint)
            ++scale;
    }
    if (digits == 0)
        return std::nullopt;
    return Decimal(negative ? -mantissa : mantissa, scale);
}

bool Decimal::isInteger() const
{
    return m_scale == 0 || m_mantissa % pow10(m_scale) == 0;
}

Decimal Decimal::withScale(int scale) const
{
    scale = qBound(0, scale, kMaxScale);
    if (scale >= m_scale)
        return Decimal(timesPow10(m_mantissa, scale - m_scale), scale);
    const qint64 div = pow10(m_scale - scale);
    qint64 q = m_mantissa / div;
    const qint64 r = m_mantissa % div;
    if (2 * (r < 0 ? -r : r) >= div)
        q += m_mantissa < 0 ? -1 : 1;
    return Decimal(q, scale);
}

Decimal Decimal::normalized() const
{
    Decimal d = *this;
    while (d.m_scale > 0 && d.m_mantissa % 10 == 0) {
        d.m_mantissa /= 10;
        --d.m_scale;
    }
    return d;
}

Decimal Decimal::shifted(int exponent) const
{
    if (exponent >= 0) {
        const int drop = qMin(exponent, m_scale);
        return Decimal(timesPow10(m_mantissa, exponent - drop), m_scale - drop);
    }
    return Decimal(m_mantissa, m_scale - exponent).normalized();
}

Decimal Decimal::operator-() const
{
    return Decimal(saturate(-__int128(m_mantissa)), m_scale);
}

Decimal Decimal::operator+(const Decimal &o) const
{
    const int s = qMax(m_scale, o.m_scale);
    return Decimal(saturate(__int128(withScale(s).m_mantissa) + o.withScale(s).m_mantissa), s);
}

Decimal Decimal::operator-(const Decimal &o) const
{
    return *this + (-o);
}

int Decimal::compare(const Decimal &o) const
{
    // Exact even where rescaling would saturate: compare in 128 bits.
    const int s = qMax(m_scale, o.m_scale);
    const __int128 a = __int128(m_mantissa) * pow10(s - m_scale);
    const __int128 b = __int128(o.m_mantissa) * pow10(s - o.m_scale);
    return a < b ? -1 : (a > b ? 1 : 0);
}

double Decimal::toDouble() const
{
    return double(m_mantissa) / std::pow(10.0, m_scale);
}

QString Decimal::toString() const
{
    QString digits = QString::number(m_mantissa);
    if (m_mantissa < 0)
        digits.remove(0, 1); // the sign goes back in front of the point below
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    return m_mantissa < 0 ? u'-' + digits : digits;
}

} // namespace ledgerlens
