#include "Units.h"

#include "taxonomy/Taxonomy.h"

#include <QRegularExpression>

namespace ledgerlens {

namespace {

QString currencyOf(const QString &token)
{
    const QString t = token.toUpper().remove(QLatin1Char(' '));
    if (t.startsWith(QLatin1String("RMB")) || t.startsWith(QLatin1String("CNY")) || t.startsWith(QLatin1String("RENMINBI"))
        || t.contains(QStringLiteral("人民幣")))
        return QStringLiteral("RMB");
    if (t.startsWith(QLatin1String("HK")) || t.startsWith(QLatin1String("HONGKONG")) || t.contains(QStringLiteral("港")))
        return QStringLiteral("HKD");
    if (t.startsWith(QLatin1String("US")) || t.startsWith(QLatin1String("UNITEDSTATES")) || t.contains(QStringLiteral("美元")))
        return QStringLiteral("USD");
    if (t.startsWith(QLatin1String("S$")) || t.startsWith(QLatin1String("SGD")) || t.startsWith(QLatin1String("SINGAPORE")))
        return QStringLiteral("SGD");
    return {};
}

// "thousands" or "millions", as the words print.
qint64 scaleOf(const QString &word)
{
    return word.startsWith(QLatin1Char('t'), Qt::CaseInsensitive) ? 1000 : 1000000;
}

} // namespace

MoneyUnit Units::find(const QString &printed)
{
    const QString text = Taxonomy::builtin().toTraditional(printed);  // 人民币千元 is 人民幣千元
    static const QString cur = QStringLiteral("(RMB|CNY|HK\\$|HKD|US\\$|USD|S\\$|SGD)");
    static const QRegularExpression thousands(cur + QStringLiteral("\\s*'\\s*000"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression millions(cur + QStringLiteral("\\s*(?:in\\s+)?(?:million|millions|mn|m)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cjkThousands(QStringLiteral("(千港元|港幣千元|港元千元|人民幣千元|千人民幣|千美元|美元千元|千元)"));
    static const QRegularExpression cjkMillions(QStringLiteral("(百萬港元|港幣百萬元|人民幣百萬元|百萬人民幣|百萬美元|百萬元)"));
    // Spelt out under a title: "(Expressed in thousands of Renminbi)",
    // "in millions of Hong Kong dollars", "RMB in thousands".
    static const QString named = QStringLiteral(
        "(renminbi|rmb|hong\\s*kong\\s+dollars?|hk\\$|hkd|united\\s+states\\s+dollars?|us\\s+dollars?|us\\$|usd"
        "|singapore\\s+dollars?|s\\$|sgd)");
    static const QRegularExpression ofThousands(QStringLiteral("\\bin\\s+(thousands|millions)\\s+of\\s+") + named,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namedThousands(named + QStringLiteral("\\s*(?:in\\s+)?(thousands?|millions?)\\b"),
                                                   QRegularExpression::CaseInsensitiveOption);
    // "$'000" under "(Expressed in Hong Kong dollars)": the currency is named once.
    static const QRegularExpression bareThousands(QStringLiteral("(?<![A-Za-z])\\$\\s*'\\s*000"));
    static const QRegularExpression bareMillions(QStringLiteral("(?<![A-Za-z])\\$\\s*(?:million|millions|mn|m)\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression expressedIn(QStringLiteral("expressed\\s+in\\s+") + named + QStringLiteral("|以(人民幣|港元|港幣|美元)(?:千元|百萬元)?列示"),
                                                QRegularExpression::CaseInsensitiveOption);
    auto m = thousands.match(text);
    if (m.hasMatch())
        return {1000, currencyOf(m.captured(1))};
    const bool bare = bareThousands.match(text).hasMatch();
    if (bare || bareMillions.match(text).hasMatch()) {
        const auto e = expressedIn.match(text);
        return {bare ? 1000 : 1000000, e.hasMatch() ? currencyOf(e.captured(1) + e.captured(2)) : QString()};
    }
    if (m = ofThousands.match(text); m.hasMatch())
        return {scaleOf(m.captured(1)), currencyOf(m.captured(2))};
    if (m = namedThousands.match(text); m.hasMatch())
        return {scaleOf(m.captured(2)), currencyOf(m.captured(1))};
    m = millions.match(text);
    if (m.hasMatch())
        return {1000000, currencyOf(m.captured(1))};
    m = cjkMillions.match(text);
    if (m.hasMatch())
        return {1000000, currencyOf(m.captured(1))};
    m = cjkThousands.match(text);
    if (m.hasMatch())
        return {1000, currencyOf(m.captured(1))};
    return {};
}

MoneyUnit Units::findWholeCurrency(const QString &cell)
{
    // "RMB", "人民幣", and in mainland tables "人民幣元" (yuan: whole units).
    static const QRegularExpression whole(QStringLiteral("^(?:RMB|CNY|HK\\$|HKD|US\\$|USD|S\\$|SGD|人民幣元?|港元|港幣元?|美元)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString t = Taxonomy::builtin().toTraditional(cell.simplified().remove(QLatin1Char(' ')));
    if (!whole.match(t).hasMatch())
        return {};
    return {1, currencyOf(t)};
}

} // namespace ledgerlens
