#include "AgeRange.h"

#include <QRegularExpression>
#include <QVector>
#include <limits>

namespace ledgerlens {

namespace {

// Chinese numerals up to 99 ("十二", "三十", "一百八十" is rare enough to skip).
int chineseNumber(const QString &s)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (s.isEmpty())
        return -1;
    int value = 0;
    int pending = -1;
    for (const QChar c : s) {
        const int d = digits.indexOf(c == QChar(u'兩') ? QChar(u'二') : c);
        if (d >= 0) {
            pending = d;
        } else if (c == QChar(u'十')) {
            value += (pending < 0 ? 1 : pending) * 10;
            pending = -1;
        } else if (c == QChar(u'百')) {
            value += (pending < 0 ? 1 : pending) * 100;
            pending = -1;
        } else {
            return -1;
        }
    }
    return value + (pending < 0 ? 0 : pending);
}

double unitDays(const QString &unit)
{
    const QString u = unit.toLower();
    if (u.startsWith(QLatin1String("day")) || u == QStringLiteral("日") || u == QStringLiteral("天"))
        return 1;
    if (u.startsWith(QLatin1String("month")) || u.endsWith(QStringLiteral("月")))
        return 30;
    if (u.startsWith(QLatin1String("year")) || u == QStringLiteral("年"))
        return 365;
    return 0;
}

struct Quantity
{
    double number = 0;
    double unit = 0; // days per unit; 0 when the label gave none
};

} // namespace

std::optional<AgeRange> AgeRange::parse(const QString &printed)
{
    QString label = printed.simplified().toLower();
    // Chinese numerals become digits so one grammar covers both languages.
    static const QRegularExpression hanNumber(QStringLiteral("[零一二兩三四五六七八九十百]+"));
    for (auto m = hanNumber.match(label); m.hasMatch(); m = hanNumber.match(label)) {
        const int n = chineseNumber(m.captured());
        if (n < 0)
            break;
        label.replace(m.capturedStart(), m.capturedLength(), QString::number(n));
    }

    if (label.contains(QLatin1String("not yet due")) || label.contains(QLatin1String("not past due"))
        || label == QLatin1String("current") || label.contains(QStringLiteral("未逾期")))
        return AgeRange{0, 0};

    // Numbers each optionally followed by a unit.
    static const QRegularExpression qty(QStringLiteral(
        "(\\d+(?:\\.\\d+)?)\\s*(days?|months?|years?|日|天|個月|个月|月|年)?"));
    QVector<Quantity> qs;
    for (auto it = qty.globalMatch(label); it.hasNext();) {
        const auto m = it.next();
        qs.append({m.captured(1).toDouble(), unitDays(m.captured(2))});
    }
    if (qs.isEmpty() || qs.size() > 2)
        return std::nullopt;
    // "1 - 3 months": the first number borrows the unit of the second.
    if (qs.size() == 2 && qs[0].unit == 0)
        qs[0].unit = qs[1].unit;
    for (const Quantity &q : qs) {
        if (q.unit == 0)
            return std::nullopt;
    }
    const double inf = std::numeric_limits<double>::infinity();
    const double a = qs[0].number * qs[0].unit;
    if (qs.size() == 2)
        return AgeRange{a, qs[1].number * qs[1].unit};

    static const QRegularExpression over(QStringLiteral(
        "over|more than|above|beyond|exceed|greater than|after|超過|超过|以上|多於|多于|逾"));
    static const QRegularExpression within(QStringLiteral(
        "within|up to|less than|under|below|not more than|not exceeding|以內|以内|內|内|以下|少於|少于|不超過|不超过"));
    // "不超過" contains "超過": test the "within" words first.
    if (within.match(label).hasMatch())
        return AgeRange{0, a};
    if (over.match(label).hasMatch())
        return AgeRange{a, inf};
    return std::nullopt;
}

} // namespace ledgerlens
