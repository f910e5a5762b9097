#include "FigureFormat.h"

#include <QCoreApplication>

namespace ledgerlens {

int FigureFormat::decimalsFor(qint64 displayUnit, const Decimal &value)
{
    if (displayUnit < 1000000)
        return qBound(0, value.normalized().scale(), 2);
    // One decimal in millions; a figure that would read 0.0 (RMB 40,000 is
    // 0.04 million) gets the decimals it needs, up to its exact value.
    int decimals = 1;
    const int exact = value.normalized().scale();
    while (!value.isZero() && value.withScale(decimals).isZero() && decimals < exact)
        ++decimals;
    return decimals;
}

QString FigureFormat::groupThousands(const QString &plain)
{
    const int dot = plain.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? plain : plain.left(dot);
    QString out;
    out.reserve(plain.size() + whole.size() / 3);
    for (int i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            out += QLatin1Char(',');
        out += whole[i];
    }
    if (dot >= 0)
        out += plain.mid(dot);
    return out;
}

QString FigureFormat::format(const Decimal &value, int decimals)
{
    const Decimal rounded = value.withScale(decimals);
    QString text = groupThousands(rounded.abs().toString());
    // Fixed decimals so a column lines up on the point.
    if (decimals > 0) {
        const int dot = text.indexOf(QLatin1Char('.'));
        if (dot < 0)
            text += QLatin1Char('.') + QString(decimals, QLatin1Char('0'));
        else
            text += QString(qMax(0, decimals - int(text.size() - dot - 1)), QLatin1Char('0'));
    }
    return rounded.isNegative() ? QLatin1Char('(') + text + QLatin1Char(')') : text;
}

QString FigureFormat::format(const std::optional<Decimal> &value, qint64 displayUnit)
{
    if (!value)
        return QStringLiteral("\u2013");
    return format(*value, decimalsFor(displayUnit, *value));
}

QString FigureFormat::unitLabel(const QString &currency, qint64 unit)
{
    const QString cur = currency.trimmed();
    if (unit == 1000)
        return cur.isEmpty() ? QStringLiteral("'000") : cur + QStringLiteral("'000");
    if (unit == 1000000)
        return cur.isEmpty() ? QCoreApplication::translate("FigureFormat", "million")
                             : QCoreApplication::translate("FigureFormat", "%1 million").arg(cur);
    return cur.isEmpty() ? QCoreApplication::translate("FigureFormat", "units") : cur;
}

} // namespace ledgerlens
