#include "AgeingBucket.h"

#include <QRegularExpression>
#include <algorithm>
#include <climits>

namespace ledgerlens {

namespace {

const QString kNum = QStringLiteral("(\\d+|[一二兩三四五六七八九十]+)");
const QString kUnit = QStringLiteral("(days?|months?|years?|日|天|個月|个月|月|年)");

QRegularExpression rx(const QString &p)
{
    return QRegularExpression(p, QRegularExpression::UseUnicodePropertiesOption);
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == QChar(0x5169)) // 兩
        return 2;
    return int(digits.indexOf(c));
}

// "30", "三", "十二", "二十四" -> int; -1 when not a number.
int number(const QString &s)
{
    bool ok = false;
    const int n = s.toInt(&ok);
    if (ok)
        return n;
    const int ten = int(s.indexOf(QChar(0x5341))); // 十
    if (ten < 0)
        return s.size() == 1 ? chineseDigit(s[0]) : -1;
    const int tens = ten == 0 ? 1 : (ten == 1 ? chineseDigit(s[0]) : -1);
    const int ones = ten == s.size() - 1 ? 0 : (ten == s.size() - 2 ? chineseDigit(s[ten + 1]) : -1);
    return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

bool unitOf(const QString &u, AgeingBucket::Unit *out)
{
    if (u.startsWith(QLatin1String("day")) || u == QStringLiteral("日") || u == QStringLiteral("天"))
        *out = AgeingBucket::Unit::Days;
    else if (u.startsWith(QLatin1String("month")) || u.endsWith(QStringLiteral("月")))
        *out = AgeingBucket::Unit::Months;
    else if (u.startsWith(QLatin1String("year")) || u == QStringLiteral("年"))
        *out = AgeingBucket::Unit::Years;
    else
        return false;
    return true;
}

int daysPer(AgeingBucket::Unit u)
{
    switch (u) {
    case AgeingBucket::Unit::Days: return 1;
    case AgeingBucket::Unit::Months: return 30;
    case AgeingBucket::Unit::Years: return 365;
    }
    return 1;
}

// Converts n of unit `from` into unit `to` when it is exact (years->months, ->days).
int convert(int n, AgeingBucket::Unit from, AgeingBucket::Unit to)
{
    if (from == to)
        return n;
    if (from == AgeingBucket::Unit::Years && to == AgeingBucket::Unit::Months)
        return n * 12;
    return n * daysPer(from) / daysPer(to);
}

QString unitName(AgeingBucket::Unit u, bool singular)
{
    switch (u) {
    case AgeingBucket::Unit::Days: return singular ? QStringLiteral("day") : QStringLiteral("days");
    case AgeingBucket::Unit::Months: return singular ? QStringLiteral("month") : QStringLiteral("months");
    case AgeingBucket::Unit::Years: return singular ? QStringLiteral("year") : QStringLiteral("years");
    }
    return {};
}

bool makeRange(int lo, const QString &loUnit, int hi, const QString &hiUnit, AgeingBucket *out)
{
    AgeingBucket b;
    AgeingBucket::Unit hu;
    if (lo < 0 || hi < 0 || !unitOf(hiUnit, &hu))
        return false;
    AgeingBucket::Unit lu = hu;
    if (!loUnit.isEmpty() && !unitOf(loUnit, &lu))
        return false;
    const AgeingBucket::Unit u = daysPer(lu) < daysPer(hu) ? lu : hu;
    lo = convert(lo, lu, u);
    hi = convert(hi, hu, u);
    if (hi <= lo)
        return false;
    b.unit = u;
    // "0-30 days" and "1-30 days" both start at once; "1 to 2 years" does not.
    if (lo == 0 || (lo == 1 && u == AgeingBucket::Unit::Days)) {
        b.shape = AgeingBucket::Shape::Within;
        b.to = hi;
    } else {
        b.shape = AgeingBucket::Shape::Range;
        b.from = lo;
        b.to = hi;
    }
    *out = b;
    return true;
}

} // namespace

bool AgeingBucket::parse(const QString &label, AgeingBucket *out)
{
    static const QRegularExpression within = rx(QStringLiteral(
        "^(?:within|up to|less than|not more than|not exceeding|no more than|below|under|0 to|不超過|不超过)\\s*%1\\s*%2$")
        .arg(kNum, kUnit));
    static const QRegularExpression withinCn = rx(QStringLiteral(
        "^%1\\s*%2\\s*(?:內|内|以內|以内|之內|或以下|以下)$").arg(kNum, kUnit));
    static const QRegularExpression over = rx(QStringLiteral(
        "^(?:over|more than|above|exceeding|beyond|greater than|in excess of|超過|超过|多於|多于|逾)\\s*%1\\s*%2$")
        .arg(kNum, kUnit));
    static const QRegularExpression overSuffix = rx(QStringLiteral(
        "^%1\\s*%2\\s*(?:以上|或以上|and above|or above|and over|or more)$").arg(kNum, kUnit));
    static const QRegularExpression range = rx(QStringLiteral(
        "^%1\\s*%2?\\s*(?:-|to|至|and)\\s*%1\\s*%2$").arg(kNum, kUnit));
    static const QRegularExpression overButWithin = rx(QStringLiteral(
        "^(?:over|more than|above|exceeding)\\s*%1\\s*%2?\\s*(?:but|and)\\s*(?:within|not more than|not exceeding|"
        "less than|up to)\\s*%1\\s*%2$").arg(kNum, kUnit));

    const QString s = label.trimmed();
    QRegularExpressionMatch m;
    if ((m = within.match(s)).hasMatch() || (m = withinCn.match(s)).hasMatch())
        return makeRange(0, QString(), number(m.captured(1)), m.captured(2), out);
    if ((m = over.match(s)).hasMatch() || (m = overSuffix.match(s)).hasMatch()) {
        AgeingBucket b;
        b.shape = Shape::Over;
        b.from = number(m.captured(1));
        if (b.from < 0 || !unitOf(m.captured(2), &b.unit))
            return false;
        *out = b;
        return true;
    }
    if ((m = range.match(s)).hasMatch() || (m = overButWithin.match(s)).hasMatch())
        return makeRange(number(m.captured(1)), m.captured(2), number(m.captured(3)), m.captured(4), out);
    return false;
}

bool AgeingBucket::fromKey(const QString &key, AgeingBucket *out)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:(within|over)_(\\d+)_(day|days|month|months|year|years)|(days|months|years)_(\\d+)_to_(\\d+))$"));
    const auto m = re.match(key);
    if (!m.hasMatch())
        return false;
    AgeingBucket b;
    if (!m.captured(1).isEmpty()) {
        b.shape = m.captured(1) == QLatin1String("within") ? Shape::Within : Shape::Over;
        unitOf(m.captured(3), &b.unit);
        (b.shape == Shape::Within ? b.to : b.from) = m.captured(2).toInt();
    } else {
        b.shape = Shape::Range;
        unitOf(m.captured(4), &b.unit);
        b.from = m.captured(5).toInt();
        b.to = m.captured(6).toInt();
    }
    *out = b;
    return true;
}

QString AgeingBucket::key() const
{
    switch (shape) {
    case Shape::Within:
        return QStringLiteral("within_%1_%2").arg(to).arg(unitName(unit, to == 1));
    case Shape::Over:
        return QStringLiteral("over_%1_%2").arg(from).arg(unitName(unit, from == 1));
    case Shape::Range:
        return QStringLiteral("%1_%2_to_%3").arg(unitName(unit, false)).arg(from).arg(to);
    }
    return {};
}

QString AgeingBucket::displayName() const
{
    switch (shape) {
    case Shape::Within:
        return QStringLiteral("Within %1 %2").arg(to).arg(unitName(unit, to == 1));
    case Shape::Over:
        return QStringLiteral("Over %1 %2").arg(from).arg(unitName(unit, from == 1));
    case Shape::Range:
        return QStringLiteral("%1\u2013%2 %3").arg(from).arg(to).arg(unitName(unit, false));
    }
    return {};
}

int AgeingBucket::startDays() const
{
    return shape == Shape::Within ? 0 : from * daysPer(unit);
}

int AgeingBucket::endDays() const
{
    return shape == Shape::Over ? INT_MAX : to * daysPer(unit);
}

bool operator<(const AgeingBucket &a, const AgeingBucket &b)
{
    if (a.startDays() != b.startDays())
        return a.startDays() < b.startDays();
    return a.endDays() < b.endDays();
}

QStringList AgeingBucket::commonKeys()
{
    static const QStringList keys = [] {
        const char *const raw[] = {
            "within_30_days", "within_1_month", "days_31_to_60", "days_61_to_90", "within_3_months",
            "months_1_to_3", "over_90_days", "days_91_to_120", "days_91_to_180", "days_121_to_150",
            "days_151_to_180", "within_6_months", "months_3_to_6", "over_180_days", "days_181_to_365",
            "months_6_to_12", "within_1_year", "over_1_year", "years_1_to_2", "over_2_years",
            "years_2_to_3", "over_3_years",
        };
        QList<AgeingBucket> buckets;
        for (const char *k : raw) {
            AgeingBucket b;
            if (fromKey(QString::fromLatin1(k), &b))
                buckets.append(b);
        }
        std::stable_sort(buckets.begin(), buckets.end());
        QStringList out;
        for (const AgeingBucket &b : buckets)
            out.append(b.key());
        return out;
    }();
    return keys;
}

} // namespace ledgerlens
