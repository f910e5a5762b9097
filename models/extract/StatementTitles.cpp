#include "StatementTitles.h"

#include "taxonomy/Taxonomy.h"

#include <QRegularExpression>
#include <algorithm>

namespace ledgerlens {

StatementTitle StatementTitles::classify(const QString &lineText)
{
    StatementTitle t;
    const QString printed = lineText.simplified();
    // A title starts with a capital (or a CJK character) and is not the lead-in
    // of a sentence ("...in the consolidated income statement:").
    if (printed.isEmpty() || printed.size() > 120 || printed.front().isLower() || printed.endsWith(QLatin1Char(':'))
        || printed.endsWith(QChar(0xFF1A)))
        return t;
    QString s = printed.toLower();
    // Cheap test first: this runs on every line of every page.
    static const QStringList keys = {QStringLiteral("statement"), QStringLiteral("balance sheet"),
                                     QStringLiteral("account"), QStringLiteral("表")};
    if (std::none_of(keys.begin(), keys.end(), [&](const QString &k) { return s.contains(k); }))
        return t;
    static const QRegularExpression cont(QStringLiteral("\\s*[\\(（]\\s*(continued|cont'd|cont\\.|續)\\s*[\\)）]\\s*$"));
    if (cont.match(s).hasMatch()) {
        t.continued = true;
        s.remove(cont);
    }
    s.remove(QRegularExpression(QStringLiteral("[\\s:：]+$")));
    // A bilingual title on one line ("Consolidated Income Statement 綜合損益表")
    // is a title when its two halves name the same statement.
    static const QRegularExpression cjkRun(QStringLiteral("[\\x{2E80}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]+"));
    static const QRegularExpression latinWord(QStringLiteral("[a-z]{4,}"));
    if (s.contains(cjkRun) && s.contains(latinWord)) {
        QString latin = printed, cjk;
        for (auto it = cjkRun.globalMatch(printed); it.hasNext();)
            cjk += it.next().captured();
        latin.remove(cjkRun);
        const StatementTitle a = classify(latin.simplified());
        const StatementTitle b = classify(cjk);
        if (a.kind == TitleKind::None || a.kind != b.kind)
            return t;
        StatementTitle both = a;
        both.continued = a.continued || b.continued || t.continued;
        both.consolidated = a.consolidated || b.consolidated;
        return both;
    }
    // Chinese titles are matched in traditional characters: mainland filings
    // print 合并利润表 where Hong Kong prints 綜合損益表.
    const QString z = Taxonomy::builtin().fold(s).remove(QLatin1Char(' '));
    t.consolidated = s.contains(QLatin1String("consolidated")) || z.contains(QStringLiteral("綜合")) || z.contains(QStringLiteral("合併"));
    static const QString prefix = QStringLiteral(
        "^(?:unaudited\\s+)?(?:interim\\s+)?(?:condensed\\s+)?(?:consolidated\\s+)?(?:interim\\s+)?(?:condensed\\s+)?(?:the\\s+)?");
    static const QRegularExpression combined(prefix + QStringLiteral(
        "(?:statements? of profit or loss and other comprehensive (?:income|loss)|statements? of profit or loss and comprehensive (?:income|loss)"
        "|statements? of (?:profit and loss|income) and (?:other )?comprehensive (?:income|loss)|statements? of comprehensive income and profit or loss)$"));
    static const QRegularExpression pl(prefix + QStringLiteral(
        "(?:statements? of profit or loss|income statements?|statements? of income|statements? of profit and loss|profit and loss account|statements? of operations)$"));
    static const QRegularExpression ci(prefix + QStringLiteral("(?:statements? of (?:other )?comprehensive (?:income|loss)|statements? of comprehensive income/loss)$"));
    static const QRegularExpression fp(prefix + QStringLiteral("(?:statements? of financial (?:position|condition)|balance sheets?)$"));
    static const QRegularExpression cf(prefix + QStringLiteral("(?:statements? of cash flows?|cash flows? statements?)$"));
    static const QRegularExpression other(prefix + QStringLiteral(
        "(?:statements? of changes in (?:net assets|equity|shareholders' equity)(?: attributable to [a-z ]+)?"
        "|distribution statements?|statements? of distributions?|statements? of movements? in [a-z ]+)$"));
    static const QString zhPrefix = QStringLiteral("^(?:未經審核)?(?:中期)?(?:簡明)?(?:綜合|合併)?(?:中期)?(?:簡明)?");
    static const QRegularExpression zhCombined(zhPrefix + QStringLiteral("(?:損益及其他全面收益表|損益及全面收益表|損益及其他全面收入表)$"));
    static const QRegularExpression zhPl(zhPrefix + QStringLiteral("(?:損益表|收益表|利潤表)$"));
    static const QRegularExpression zhCi(zhPrefix + QStringLiteral("(?:全面收益表|全面收入表|全面虧損表)$"));
    static const QRegularExpression zhFp(zhPrefix + QStringLiteral("(?:財務狀況表|財政狀況表|財務狀況報表|資產負債表)$"));
    static const QRegularExpression zhOther(zhPrefix + QStringLiteral("(?:權益變動表|資產淨值變動表|[^表]{0,12}資產淨值變動表|分派表)$"));
    static const QRegularExpression zhCf(zhPrefix + QStringLiteral("(?:現金流量表|現金流動表|現金流量報表)$"));
    if (combined.match(s).hasMatch() || zhCombined.match(z).hasMatch())
        t.kind = TitleKind::Combined;
    else if (pl.match(s).hasMatch() || zhPl.match(z).hasMatch())
        t.kind = TitleKind::ProfitOrLoss;
    else if (ci.match(s).hasMatch() || zhCi.match(z).hasMatch())
        t.kind = TitleKind::ComprehensiveIncome;
    else if (fp.match(s).hasMatch() || zhFp.match(z).hasMatch())
        t.kind = TitleKind::FinancialPosition;
    else if (cf.match(s).hasMatch() || zhCf.match(z).hasMatch())
        t.kind = TitleKind::CashFlows;
    else if (other.match(s).hasMatch() || zhOther.match(z).hasMatch())
        t.kind = TitleKind::OtherStatement;
    return t;
}

} // namespace ledgerlens
