#include "LabelNormalizer.h"

#include <algorithm>

#include <QRegularExpression>
#include <QVector>

namespace ledgerlens {

namespace {

struct Rewrite
{
    QRegularExpression re;
    QString with;
    QStringList needles = {}; // the rewrite can only apply when all of these occur
    bool chinese = false;     // only text with CJK characters can match
    QStringList anyOf = {};   // ... and, if set, one of these

    void apply(QString &s, bool hasCjk) const
    {
        if (chinese && !hasCjk)
            return;
        for (const QString &n : needles) {
            if (!s.contains(n))
                return;
        }
        if (!anyOf.isEmpty() && std::none_of(anyOf.begin(), anyOf.end(), [&s](const QString &w) { return s.contains(w); }))
            return;
        s.replace(re, with);
    }
};

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// A sign pair printed as one label ("(loss)/profit", "profit (loss)",
// "increase/(decrease)") folds to its first word. Only printed combinations
// fold: a bare slash or a parenthesis must join the two words.
struct SignPair
{
    const char *major;
    const char *minor;
    bool words;  // English: match on word boundaries
};

const SignPair kPairs[] = {
    {"earnings", "loss", true},       {"profit", "loss", true},
    {"gain", "loss", true},           {"gains", "losses", true},
    {"profits", "losses", true},      {"increase", "decrease", true},
    {"inflow", "outflow", true},      {"assets", "liabilities", true},
    {"equity", "deficit", true},      {"income", "expense", true},
    {"income", "expenses", true},     {"income", "loss", true},
    {"expense", "credit", true},      {"expenses", "credit", true},
    {"溢利", "虧損", false},          {"盈利", "虧損", false},
    {"收入", "開支", false},          {"收益", "開支", false},
    {"收入", "虧損", false},          {"增加", "減少", false},
    {"所得", "所用", false},          {"流入", "流出", false},
    {"資產", "負債", false},          {"權益", "虧絀", false},
};

// After the pairs, the lone "negative" word folds to its positive twin so
// "Loss for the period" and "Profit for the period" meet; gains, losses and
// profits, singular or plural, are one word ("Fair value gains on ...",
// "Fair value loss on ..."): no two line items differ only by it.
const char *const kStandalone[][2] = {
    {"\\bloss\\b", "profit"},   {"\\blosses\\b", "profit"},  {"\\bdecrease\\b", "increase"},
    {"\\bgain\\b", "profit"},   {"\\bgains\\b", "profit"},   {"\\bprofits\\b", "profit"},
    {"\\boutflow\\b", "inflow"}, {"虧損", "溢利"},            {"盈利", "溢利"},
    {"利潤", "溢利"},            {"減少", "增加"},            {"所用", "所得"},
    {"流出", "流入"},
};

// The six printed forms of one sign pair, tried only when both words occur
// (one test per pair instead of one per form: this runs on every variant of
// the taxonomy at load and on every label read).
struct PairRewrites
{
    QString major;
    QString minor;
    bool chinese = false;
    QRegularExpression forms; // the six, as one alternation

    void apply(QString &s, bool hasCjk) const
    {
        if (chinese && !hasCjk)
            return;
        // Every form joins the words with a parenthesis or a slash.
        if ((!s.contains(QLatin1Char('(')) && !s.contains(QLatin1Char('/'))) || !s.contains(major) || !s.contains(minor))
            return;
        s.replace(forms, major);
    }
};

QVector<PairRewrites> buildPairRewrites()
{
    QVector<PairRewrites> out;
    for (const SignPair &p : kPairs) {
        const QString a = QRegularExpression::escape(QString::fromUtf8(p.major));
        const QString b = QRegularExpression::escape(QString::fromUtf8(p.minor));
        const QString wa = p.words ? QStringLiteral("\\b%1\\b").arg(a) : a;
        const QString wb = p.words ? QStringLiteral("\\b%1\\b").arg(b) : b;
        PairRewrites pair{QString::fromUtf8(p.major), QString::fromUtf8(p.minor), !p.words, {}};
        const QStringList forms = {
            QStringLiteral("\\(%1\\)\\s*/?\\s*%2").arg(b, wa), // (loss)/profit, (loss) profit
            QStringLiteral("%1\\s*/?\\s*\\(%2\\)").arg(wa, b), // profit/(loss), profit (loss)
            QStringLiteral("\\(%1\\)\\s*/?\\s*%2").arg(a, wb), // (profit)/loss
            QStringLiteral("%1\\s*/?\\s*\\(%2\\)").arg(wb, a), // loss/(profit)
            QStringLiteral("%1\\s*/\\s*%2").arg(wa, wb),       // profit/loss
            QStringLiteral("%1\\s*/\\s*%2").arg(wb, wa),       // loss/profit
        };
        pair.forms = rx(QStringLiteral("(?:%1)").arg(forms.join(QStringLiteral(")|(?:"))));
        out.append(pair);
    }
    return out;
}

QVector<Rewrite> buildStandaloneRewrites()
{
    QVector<Rewrite> out;
    for (const auto &s : kStandalone) {
        QString word = QString::fromUtf8(s[0]);
        word.remove(QStringLiteral("\\b"));
        out.append({rx(QString::fromUtf8(s[0])), QString::fromUtf8(s[1]), {word}, false});
    }
    return out;
}

QVector<Rewrite> buildPhraseRewrites()
{
    const QString months = QStringLiteral(
        "(?:year|period|half[ -]year|six months|six-month period|twelve months|three months|nine months)");
    const QString ended = QStringLiteral(
        "(?: ended (?:\\d{1,2} [a-z]+|[a-z]+ \\d{1,2})(?:,? \\d{4})?)?");
    return {
        // Period phrases: "for the year", "for the six months ended 30 June 2024".
        {rx(QStringLiteral("\\bfor the (?:financial |reporting |interim )?%1%2").arg(months, ended)),
         QStringLiteral("for the period"), {QStringLiteral("for the ")}, false,
         {QStringLiteral("year"), QStringLiteral("period"), QStringLiteral("month")}},
        {rx(QStringLiteral("\\bat (?:the )?(?:beginning|start) of (?:the )?(?:financial )?%1").arg(months)),
         QStringLiteral("at beginning of period"), {QStringLiteral("at "), QStringLiteral(" of ")}, false,
         {QStringLiteral("beginning"), QStringLiteral("start")}},
        {rx(QStringLiteral("\\bat (?:the )?end of (?:the )?(?:financial )?%1").arg(months)),
         QStringLiteral("at end of period"), {QStringLiteral("at "), QStringLiteral("end of ")}},
        {rx(QStringLiteral("本財政年度|本年度|本期間|本中期|本期|期內|年內|本年")), QStringLiteral("本期"), {}, true, QStringList{QStringLiteral("本"), QStringLiteral("內")}},
        {rx(QStringLiteral("^年度")), QStringLiteral("本期"), {QStringLiteral("年度")}, true},
        {rx(QStringLiteral("年初|期初")), QStringLiteral("期初"), {QStringLiteral("初")}, true},
        {rx(QStringLiteral("年末|年終|年底|期末|期終")), QStringLiteral("期末"), {}, true, QStringList{QStringLiteral("末"), QStringLiteral("終"), QStringLiteral("底")}},
        // Who profit is attributable to.
        {rx(QStringLiteral("\\b(?:owners|equity holders|equity shareholders|ordinary equity holders|"
                           "shareholders|equity owners) of the (?:company|parent|group|bank)\\b")),
         QStringLiteral("owners of the company"), {QStringLiteral(" of the ")}, false,
         {QStringLiteral("owners"), QStringLiteral("holders")}},
        {rx(QStringLiteral("(?:本公司|母公司)(?:普通股權益持有人|權益持有人|權益擁有人|擁有人|股東)")),
         QStringLiteral("本公司擁有人"), {QStringLiteral("公司")}, true},
        // Particles that vary freely between filings.
        {rx(QStringLiteral("[之的]")), QString(), {}, true, QStringList{QStringLiteral("之"), QStringLiteral("的")}},
        {rx(QStringLiteral("^於")), QString(), {QStringLiteral("於")}, true},
    };
}

// Wordings that name the same line item, folded before the sign pairs: the
// abbreviations of IFRS 9 categories, one counterparty or several ("an
// associate", "一間聯營公司"), "item"/"items" in the OCI headings.
QVector<Rewrite> buildWordingRewrites()
{
    const QString counterparty = QStringLiteral("(?=聯營公司|合營企業|合營公司|附屬公司|子公司|關聯方|關連人士|關聯公司|董事)");
    return {
        {rx(QStringLiteral("\\bfvtpl\\b")), QStringLiteral("fair value through profit or loss"), {QStringLiteral("fvtpl")}},
        {rx(QStringLiteral("\\bfvt?oci\\b")), QStringLiteral("fair value through other comprehensive income"), {QStringLiteral("oci")}},
        {rx(QStringLiteral("\\ban associate\\b")), QStringLiteral("associates"), {QStringLiteral("an associate")}},
        {rx(QStringLiteral("\\ba joint venture\\b")), QStringLiteral("joint ventures"), {QStringLiteral("a joint venture")}},
        {rx(QStringLiteral("\\ba subsidiary\\b")), QStringLiteral("subsidiaries"), {QStringLiteral("a subsidiary")}},
        {rx(QStringLiteral("\\ba related (party|company)\\b")), QStringLiteral("related parties"), {QStringLiteral("a related ")}},
        {rx(QStringLiteral("\\ba director\\b")), QStringLiteral("directors"), {QStringLiteral("a director")}},
        {rx(QStringLiteral("\\bamount due\\b")), QStringLiteral("amounts due"), {QStringLiteral("amount due")}},
        {rx(QStringLiteral("\\bshare of result of\\b")), QStringLiteral("share of results of"), {QStringLiteral("result of")}},
        {rx(QStringLiteral("^item that\\b")), QStringLiteral("items that"), {QStringLiteral("item that")}},
        {rx(QStringLiteral("\\bforeign (?=exchange\\b|currency\\b)")), QString(), {QStringLiteral("foreign ")}},
        {rx(QStringLiteral("\\bdisposals\\b")), QStringLiteral("disposal"), {QStringLiteral("disposals")}},
        {rx(QStringLiteral("\\b(discontinued|continuing) operation\\b")), QStringLiteral("\\1 operations"), {QStringLiteral(" operation")}},
        // EY prints "items of property, plant and equipment", "物業、廠房及設備項目".
        {rx(QStringLiteral("\\bitems? of (?=property plant and equipment\\b)")), QString(), {QStringLiteral("of property plant")}},
        {rx(QStringLiteral("(?<=物業廠房及設備)項目")), QString(), {QStringLiteral("設備項目")}, true},
        // Borrowings are interest-bearing; the word names no other line.
        {rx(QStringLiteral("\\binterest bearing (?=bank\\b|borrowings?\\b|loans?\\b|other borrowings\\b)")), QString(), {QStringLiteral("interest bearing ")}},
        {rx(QStringLiteral("^計息(?=銀行|借款|貸款|其他借款)")), QString(), {QStringLiteral("計息")}, true},
        // The non-controlling interests under their other names.
        {rx(QStringLiteral("\\b(?:(?:non controlling|minority) shareholders?|minority interests?|non controlling interest)\\b")),
         QStringLiteral("non controlling interests"), {}, false, {QStringLiteral("minority"), QStringLiteral("non controlling")}},
        {rx(QStringLiteral("非控股股東")), QStringLiteral("非控股權益"), {QStringLiteral("非控股股東")}, true},
        {rx(QStringLiteral("^來自")), QString(), {QStringLiteral("來自")}, true},
        {rx(QStringLiteral("一[間家]") + counterparty), QString(), {}, true, {QStringLiteral("一間"), QStringLiteral("一家")}},
        // What a line is shown net of, printed or not: tax on OCI items,
        // reversals of impairments, the cash a bought or sold subsidiary held.
        {rx(QStringLiteral("\\s*\\(?\\bnet of (?:(?:income )?tax(?:es|ation)?|reversals?|cash (?:acquired|disposed(?: of)?))\\)?$")),
         QString(), {QStringLiteral("net of ")}},
        {rx(QStringLiteral("[(（]?扣除(?:所得稅項?|稅項|撥回|(?:所|已)?(?:收購|出售|所得)現金)後?[)）]?$")), QString(), {QStringLiteral("扣除")}, true},
    };
}

// "Net" beside a gain, loss or impairment line only says gains and losses are
// shown net, as every such line is: "Exchange losses, net", "Net fair value
// losses on ...". Beside other lines it distinguishes ("Finance costs, net",
// "Net current assets") and stays. Runs after the sign folds (gain, loss -> profit).
void foldNetOfGainsAndLosses(QString &s)
{
    static const QRegularExpression trailing = rx(QStringLiteral("\\s*-?\\s*\\bnet$"));
    static const QRegularExpression leading = rx(QStringLiteral("^net (?=(?:fair value|foreign exchange|exchange|impairment|profits? on|reversal)\\b)"));
    static const QRegularExpression gainOrLoss = rx(QStringLiteral("\\b(?:profits?|impairment|fair value|exchange|reversal|write down)\\b"));
    if (!s.contains(QLatin1String("net")))
        return;
    const bool atEnd = s.endsWith(QLatin1String(" net")) || s.endsWith(QLatin1String("-net"));
    const bool atStart = s.startsWith(QLatin1String("net "));
    if ((!atEnd && !atStart) || !s.contains(gainOrLoss))
        return;
    // Profit or loss for the period itself: "Net profit" is its own caption.
    if (s.startsWith(QLatin1String("net profit")) && !s.contains(QLatin1String(" on ")))
        return;
    if (atEnd)
        s.replace(trailing, QString());
    if (atStart)
        s.replace(leading, QString());
}

const QRegularExpression &currencySuffix()
{
    static const QRegularExpression re = rx(QStringLiteral(
        "\\s*\\((?:rmb|hk\\$|hkd|us\\$|usd|sgd|s\\$|rmb cents|hk cents|us cents|cents|expressed in [^)]*|"
        "港元|港仙|港幣|港幣仙|人民幣|人民幣元|人民幣分|人民幣仙|美元|美仙|元|仙|每股港仙|每股港元|每股人民幣|每股人民幣分|每股人民幣元|每股美仙)"
        "(?: per share)?\\)$"));
    return re;
}

} // namespace

LabelNormalizer::LabelNormalizer(QHash<QChar, QChar> simplifiedToTraditional)
    : m_s2t(std::move(simplifiedToTraditional))
{
}

bool LabelNormalizer::isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0x3000 && u <= 0x303F);
}

QString LabelNormalizer::toTraditional(const QString &text) const
{
    QString out = text;
    for (QChar &c : out)
        c = m_s2t.value(c, c);
    return out;
}

QString LabelNormalizer::foldCharacters(const QString &s) const
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
            out += QLatin1Char('\''); continue;
        case 0x201C: case 0x201D: case 0x201E: case 0x2033:
            out += QLatin1Char('"'); continue;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        case 0x2212: case 0xFE63: case 0xFF0D:
            out += QLatin1Char('-'); continue;
        case 0x2571: case 0x2215: case 0x2044: case 0xFF0F:
            out += QLatin1Char('/'); continue;
        case 0x3001: case 0xFF0C: case 0x002C: // 、 and commas: listing punctuation
            out += QLatin1Char(' '); continue;
        case 0x00A0: case 0x3000:
            out += QLatin1Char(' '); continue;
        default:
            break;
        }
        out += m_s2t.value(c, c);
    }
    return out;
}

QString LabelNormalizer::fold(const QString &printed) const
{
    const QString s = foldCharacters(printed.normalized(QString::NormalizationForm_KC).toCaseFolded()).simplified();
    // Spaced CJK ("營 業 額") and CJK next to Latin lose their spaces.
    QString packed;
    packed.reserve(s.size());
    for (int i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char(' ') && i > 0 && i + 1 < s.size() && (isCjk(s[i - 1]) || isCjk(s[i + 1])))
            continue;
        packed += s[i];
    }
    return packed;
}

QString LabelNormalizer::normalize(const QString &printed) const
{
    static const QVector<PairRewrites> pairs = buildPairRewrites();
    static const QVector<Rewrite> standalone = buildStandaloneRewrites();
    static const QVector<Rewrite> phrases = buildPhraseRewrites();
    static const QVector<Rewrite> wordings = buildWordingRewrites();
    static const QRegularExpression leading = rx(QStringLiteral("^[-•·*●▪◦>\\s]+"));
    static const QRegularExpression trailing = rx(QStringLiteral("[:;.\\s]+$"));
    static const QRegularExpression ampersand = rx(QStringLiteral("\\s*&\\s*"));
    static const QRegularExpression wordHyphen = rx(QStringLiteral("(?<=[a-z])-(?=[a-z])"));

    // Each regular expression runs only where a cheap test says it can match:
    // this runs on every variant of the taxonomy at load and on every label.
    static const QString leadingChars = QStringLiteral("-•·*●▪◦> \t");
    QString s = fold(printed);
    if (!s.isEmpty() && leadingChars.contains(s.front()))
        s.replace(leading, QString());
    if (!s.isEmpty() && QStringLiteral(":;. \t").contains(s.back()))
        s.replace(trailing, QString());
    if (s.endsWith(QLatin1Char(')')))
        s.replace(currencySuffix(), QString());
    if (s.contains(QLatin1Char('&')))
        s.replace(ampersand, QStringLiteral(" and "));
    if (s.contains(QLatin1Char('-')))
        s.replace(wordHyphen, QStringLiteral(" "));
    const bool hasCjk = std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
    for (const Rewrite &r : wordings)
        r.apply(s, hasCjk);
    for (const PairRewrites &r : pairs)
        r.apply(s, hasCjk);
    for (const Rewrite &r : standalone)
        r.apply(s, hasCjk);
    if (!hasCjk)
        foldNetOfGainsAndLosses(s);
    for (const Rewrite &r : phrases)
        r.apply(s, hasCjk);
    s.replace(QStringLiteral("profit per share"), QStringLiteral("earnings per share"));
    s = s.simplified();
    if (!s.isEmpty() && QStringLiteral(":;. \t").contains(s.back()))
        s.replace(trailing, QString());
    return s;
}

bool LabelNormalizer::hasSimplified(const QString &text) const
{
    for (QChar c : text) {
        if (m_s2t.contains(c))
            return true;
    }
    return false;
}

} // namespace ledgerlens
