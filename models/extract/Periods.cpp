#include "Periods.h"

#include "taxonomy/Taxonomy.h"

#include <QRegularExpression>

#include <cmath>

namespace ledgerlens {

namespace {

int monthOf(const QString &name)
{
    static const char *names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString n = name.left(3).toLower();
    for (int i = 0; i < 12; ++i)
        if (n == QLatin1String(names[i]))
            return i + 1;
    return 0;
}

int cjkDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == QChar(0x96F6)) // 零
        return 0;
    if (c == QChar(0x25CB) || c == QChar(0x004F)) // ○ or O used as zero
        return 0;
    return int(digits.indexOf(c));
}

// 二零二五 -> 2025 (digit by digit)
int cjkYear(const QString &s)
{
    int y = 0;
    for (QChar c : s) {
        const int d = cjkDigit(c);
        if (d < 0)
            return 0;
        y = y * 10 + d;
    }
    return y;
}

// 三十一 -> 31, 十二 -> 12, 六 -> 6
int cjkNumber(const QString &s)
{
    int value = 0, current = 0;
    for (QChar c : s) {
        if (c == QChar(0x5341)) { // 十
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else {
            const int d = cjkDigit(c);
            if (d < 0)
                return 0;
            current = d;
        }
    }
    return value + current;
}

// The first full date printed (no ranges).
QDate firstDate(const QString &text)
{
    static const QString month = QStringLiteral(
        "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)");
    static const QRegularExpression dmy(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*") + month + QStringLiteral("\\.?,?\\s*((?:19|20)\\d{2})\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mdy(month + QStringLiteral("\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*((?:19|20)\\d{2})\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression num(QStringLiteral("\\b(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})\\b"));
    // Chinese dates may be split over two header lines ("二零一二年" over "十二月三十一日").
    static const QRegularExpression cjk(QStringLiteral("([〇零○一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日"));
    static const QRegularExpression arabic(QStringLiteral("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    auto m = dmy.match(text);
    if (m.hasMatch())
        return Periods::makeDate(m.captured(3).toInt(), monthOf(m.captured(2)), m.captured(1).toInt());
    m = mdy.match(text);
    if (m.hasMatch())
        return Periods::makeDate(m.captured(3).toInt(), monthOf(m.captured(1)), m.captured(2).toInt());
    m = cjk.match(text);
    if (m.hasMatch())
        return Periods::makeDate(cjkYear(m.captured(1)), cjkNumber(m.captured(2)), cjkNumber(m.captured(3)));
    m = arabic.match(text);
    if (m.hasMatch())
        return Periods::makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = num.match(text);
    if (m.hasMatch())
        return Periods::makeDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

} // namespace

QDate Periods::makeDate(int year, int month, int day)
{
    if (year < 1900 || month < 1 || month > 12 || day < 1)
        return {};
    QDate first(year, month, 1);
    return QDate(year, month, qMin(day, first.daysInMonth()));
}

QDate Periods::findDate(const QString &text)
{
    if (const Range r = findRange(text); r.last.isValid())
        return r.last;
    return firstDate(text);
}

Periods::Range Periods::findRange(const QString &text)
{
    // "to", "until", a spaced dash, or 至; the two sides must each print a
    // full date, the first before the last.
    static const QRegularExpression separator(QStringLiteral("\\s+(?:to|until|-|–|—)\\s+|\\s*[至到]\\s*|\\s*[–—]\\s*"),
                                              QRegularExpression::CaseInsensitiveOption);
    auto it = separator.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate first = firstDate(text.left(m.capturedStart()));
        const QDate last = firstDate(text.mid(m.capturedEnd()));
        if (first.isValid() && last.isValid() && first < last && first.daysTo(last) < 3 * 366)
            return {first, last};
    }
    return {};
}

QPair<int, int> Periods::findMonthDay(const QString &text)
{
    static const QString month = QStringLiteral(
        "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)");
    static const QRegularExpression dm(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*") + month + QStringLiteral("\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression md(QStringLiteral("\\b") + month + QStringLiteral("\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{3})"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cjk(QStringLiteral("([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日"));
    static const QRegularExpression arabic(QStringLiteral("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    auto valid = [](int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? QPair<int, int>(m, d) : QPair<int, int>(0, 0); };
    if (auto m = dm.match(text); m.hasMatch())
        return valid(monthOf(m.captured(2)), m.captured(1).toInt());
    if (auto m = md.match(text); m.hasMatch())
        return valid(monthOf(m.captured(1)), m.captured(2).toInt());
    if (auto m = cjk.match(text); m.hasMatch())
        return valid(cjkNumber(m.captured(1)), cjkNumber(m.captured(2)));
    if (auto m = arabic.match(text); m.hasMatch())
        return valid(m.captured(1).toInt(), m.captured(2).toInt());
    return {0, 0};
}

int Periods::findYear(const QString &text)
{
    static const QRegularExpression latin(QStringLiteral("(?<![\\d,.])((?:19|20)\\d{2})(?![\\d,.])"));
    static const QRegularExpression cjk(QStringLiteral("([〇零○一二三四五六七八九]{4})年"));
    auto m = latin.match(text);
    if (m.hasMatch())
        return m.captured(1).toInt();
    m = cjk.match(text);
    if (m.hasMatch())
        return cjkYear(m.captured(1));
    return 0;
}

int Periods::findMonths(const QString &text)
{
    if (const Range r = findRange(text); r.last.isValid())
        return qMax(1, int(std::lround((r.first.daysTo(r.last) + 1) / 30.44)));
    const QString t = Taxonomy::builtin().toTraditional(text.toLower());  // 六个月 is 六個月
    // "six months", "6-month", "fifteen months"; 截至…止九個月, 十二個月.
    static const QStringList words{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
                                   QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"),
                                   QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"), QStringLiteral("twelve"),
                                   QStringLiteral("thirteen"), QStringLiteral("fourteen"), QStringLiteral("fifteen"),
                                   QStringLiteral("sixteen"), QStringLiteral("seventeen"), QStringLiteral("eighteen")};
    static const QRegularExpression en(QStringLiteral("\\b(") + words.join(QLatin1Char('|'))
                                       + QStringLiteral("|\\d{1,2})[- ]months?\\b"));
    if (const auto m = en.match(t); m.hasMatch()) {
        const QString w = m.captured(1);
        const int n = w.at(0).isDigit() ? w.toInt() : int(words.indexOf(w)) + 1;
        if (n >= 1 && n <= 24)
            return n;
    }
    if (t.contains(QLatin1String("year ended")) || t.contains(QLatin1String("years ended"))
        || t.contains(QLatin1String("financial year")))
        return 12;
    static const QRegularExpression zh(QStringLiteral("([一二三四五六七八九十]{1,3}|\\d{1,2})\\s*個月"));
    if (const auto m = zh.match(t); m.hasMatch()) {
        const QString w = m.captured(1);
        const int n = w.at(0).isDigit() ? w.toInt() : cjkNumber(w);
        if (n >= 1 && n <= 24)
            return n;
    }
    if (t.contains(QStringLiteral("止年度")) || t.contains(QStringLiteral("年度")))
        return 12;
    return 0;
}

std::optional<bool> Periods::findAudited(const QString &text)
{
    // Hong Kong prints 經審核, the mainland 经审计.
    const QString t = Taxonomy::builtin().toTraditional(text.toLower());
    if (t.contains(QLatin1String("unaudited")) || t.contains(QStringLiteral("未經審核")) || t.contains(QStringLiteral("未經審計")))
        return false;
    if (t.contains(QLatin1String("audited")) || t.contains(QStringLiteral("經審核")) || t.contains(QStringLiteral("經審計")))
        return true;
    return std::nullopt;
}

} // namespace ledgerlens
