#include "CompanyName.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace ledgerlens {

namespace {

const QRegularExpression &englishName()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:the\\s+)?([A-Z0-9][A-Za-z0-9&.,'()\\-®™ ]{1,90}?\\s(?:Limited|Ltd\\.?|Inc\\.?|Corporation|plc|ETF|Fund))"
        "\\s*(?:[\\(（*].*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &chineseName()
{
    static const QRegularExpression re(QStringLiteral("^([\\x{4E00}-\\x{9FFF}（）()]{2,30}(?:有限公司|基金))(?:[\\(（*].*)?$"));
    return re;
}

// A role beside a name: the party is the filing's agent or officer.
bool namesARole(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(trustee|manager|auditors?|cpa|accountants?|registrars?|solicitors?|legal advis|custodian|secretary|agent|"
        "sponsor|underwriter|adviser|advisor|mr\\.|ms\\.|mrs\\.|dr\\.|director|chairman|sub-fund of|principal bank)"
        "|受託人|經理人|核數師|過戶|律師|秘書|董事|主席"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// A line naming another party than the filing's subject (or the exchange).
bool namesAnAgent(const QString &text)
{
    static const QRegularExpression exchange(QStringLiteral("\\b(exchange|clearing)\\b|交易所|結算所"),
                                             QRegularExpression::CaseInsensitiveOption);
    return namesARole(text) || exchange.match(text).hasMatch();
}

QString clean(QString name)
{
    name.remove(QChar(0x00AE)).remove(QChar(0x2122));
    name = name.simplified();
    static const QRegularExpression latinCapital(QStringLiteral("[A-Z]"));
    if (name == name.toUpper() && name.contains(latinCapital)) {
        QStringList words = name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &w : words)
            w[0] = w[0].toUpper();
        name = words.join(QLatin1Char(' '));
    }
    return name;
}

struct Evidence
{
    double score = 0;
    bool chinese = false;
    bool defined = false; // printed once as "X (the "Company")"
};

struct Candidate
{
    QString name;
    bool chinese = false;
    bool defined = false;  // "X Limited (the "Company")": the filer defining itself
    bool atStart = false;  // the name opens the text it was read from
};

// The name a text reads as, if any. The role is judged on the name itself:
// what follows it may be the sentence defining it ("X Limited (the "Company")
// ... directors").
Candidate readName(const QString &t)
{
    Candidate c;
    if (const auto m = englishName().match(t); m.hasMatch()) {
        if (namesAnAgent(t.left(m.capturedEnd(1))))
            return c;
        c.name = clean(m.captured(1));
        static const QRegularExpression definesCompany(
            QStringLiteral("^\\s*[\\(（]\\s*[\"“「]*\\s*(?:the\\s+[\"“]?company|本公司)"), QRegularExpression::CaseInsensitiveOption);
        c.defined = t.mid(m.capturedEnd(1)).contains(definesCompany);
        c.atStart = m.capturedStart(1) == 0;
    } else if (const auto z = chineseName().match(QString(t).remove(QLatin1Char(' '))); z.hasMatch()) {
        if (namesAnAgent(t))
            return c;
        c.name = z.captured(1);
        c.chinese = true;
    }
    if (c.name.size() < 4 || c.name.split(QLatin1Char(' ')).size() > 12)
        c.name.clear();
    return c;
}

// The capitalised words a sentence's line ends with: the start of a name the
// sentence wraps ("... the board of directors of Broad Intelligence" /
// "Holdings Limited (the "Company")"). A line of capitalised words only is a
// heading above the sentence, not part of it.
QString trailingCapitalised(const QString &line)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList run;
    int k = int(words.size()) - 1;
    for (; k >= 0; --k) {
        const QString &w = words[k];
        if (!w[0].isUpper() || w.back() == QLatin1Char('.') || w.back() == QLatin1Char(',') || w.back() == QLatin1Char(')'))
            break;
        run.prepend(w);
    }
    if (k < 0 || !words[k][0].isLower())
        return QString();
    return run.join(QLatin1Char(' '));
}

// Two lines that read as one wrapped name: one type size, a small gap.
bool wrapsOnto(const TextLine &a, const TextLine &b)
{
    return qAbs(a.fontSize - b.fontSize) < 1 && b.box.top() - a.box.bottom() < b.fontSize;
}

// A name that ends the one the filing defines as "the Company" is that name
// cut where a line wrapped (a logotype's second line): its evidence counts for
// the whole. Only when exactly one defined name ends with it.
void mergeWrappedTails(QHash<QString, Evidence> &names)
{
    const QStringList keys = names.keys();
    for (const QString &tail : keys) {
        const auto t = names.constFind(tail);
        if (t == names.constEnd() || tail.count(QLatin1Char(' ')) < 1 || t->chinese)
            continue;
        QString whole;
        int wholes = 0;
        for (const QString &k : keys) {
            if (k.size() > tail.size() && k.endsWith(QLatin1Char(' ') + tail, Qt::CaseInsensitive)
                && names.value(k).defined) {
                whole = k;
                ++wholes;
            }
        }
        if (wholes == 1) {
            const double tailScore = t->score;
            names[whole].score += tailScore;
            names.remove(tail);
        }
    }
}

// The parts of a running header or footer: "2016 Annual Report • X Limited 97".
QStringList furnitureParts(const TextLine &l)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[•·|│]\\s*|\\s{2,}"));
    QStringList out;
    for (const Chunk &c : l.chunks)
        for (const QString &part : c.text.split(separators, Qt::SkipEmptyParts))
            out.append(part.trimmed());
    return out;
}

double medianFontSize(const PageText &page)
{
    QVector<double> sizes;
    for (const TextLine &l : page.lines)
        sizes.append(l.fontSize);
    std::sort(sizes.begin(), sizes.end());
    return sizes.isEmpty() ? 10 : sizes[sizes.size() / 2];
}

} // namespace

QString CompanyName::find(const DocumentText &doc, const QSet<int> &statementPages)
{
    QHash<QString, Evidence> names;
    auto credit = [&names](const Candidate &c, double s) {
        Evidence &e = names[c.name];
        e.chinese = c.chinese;
        e.defined = e.defined || c.defined;
        e.score += s;
    };
    static const QRegularExpression listing(QStringLiteral("stock code|incorporated in|股份代號|註冊成立"),
                                            QRegularExpression::CaseInsensitiveOption);
    struct FurniturePart { QString text; bool statement; };
    QVector<FurniturePart> furniture;
    const int pages = int(doc.size());
    for (int p = 0; p < pages; ++p) {
        const PageText &page = doc[p];
        const bool early = p < 6;
        const bool statement = statementPages.contains(page.page);
        if (!early && !statement)
            continue;
        for (const TextLine &l : page.furniture)
            for (const QString &part : furnitureParts(l))
                furniture.append({part, statement});
        const double median = medianFontSize(page);
        const double top = page.size.height() > 0 ? page.size.height() * 0.15 : 120;
        for (int i = 0; i < page.lines.size(); ++i) {
            const TextLine &l = page.lines[i];
            QStringList texts{l.text.simplified()};
            for (const Chunk &c : l.chunks)
                if (l.chunks.size() > 1)
                    texts.append(c.text.simplified());
            // A name wrapped over two or three lines, ending on this one (a
            // line going on into a sentence is the sentence's, see below).
            QString joined = l.text.simplified();
            const bool nameOnly = !l.text.contains(QLatin1Char('(')) && !l.text.contains(QChar(0xFF08));
            for (int k = i - 1; nameOnly && k >= 0 && k >= i - 2; --k) {
                if (!wrapsOnto(page.lines[k], page.lines[k + 1]))
                    break;
                joined = Layout::joinText(page.lines[k].text.simplified(), joined);
                texts.append(joined);
            }
            const QString around = (i > 0 ? page.lines[i - 1].text : QString()) + QLatin1Char(' ')
                + (i + 1 < page.lines.size() ? page.lines[i + 1].text : QString());
            for (const QString &t : texts) {
                Candidate c = readName(t);
                if (c.name.isEmpty())
                    continue;
                // The defining sentence wrapped inside the name: its first
                // words end the line above.
                if (c.defined && c.atStart && i > 0 && wrapsOnto(page.lines[i - 1], l)) {
                    const QString head = trailingCapitalised(page.lines[i - 1].text);
                    if (!head.isEmpty() && !namesAnAgent(head))
                        c.name = clean(head + QLatin1Char(' ') + c.name);
                }
                double s = 1;
                if (p == 0)
                    s += 2 * qMin(3.0, l.fontSize / qMax(1.0, median));
                if (l.box.top() < top)
                    s += 1.5;  // running header
                if (statement)
                    s += 2;
                if (around.contains(listing))
                    s += 4;
                if (namesARole(around))
                    s -= 3;
                if (c.defined)
                    s += 4;
                credit(c, s);
            }
        }
    }
    // The running footer the page number was taken from names the report,
    // beside a report title or a section name ("Corporate Profile X Limited"):
    // it confirms a name the pages print, and is the name only when the pages
    // print none (a page cut from a report).
    const QStringList seen = names.keys();
    for (const FurniturePart &f : furniture) {
        const double s = 2.5 + (f.statement ? 2 : 0);
        QString within;
        for (const QString &k : seen)
            if (f.text.contains(k, Qt::CaseInsensitive) && (within.isEmpty() || names[k].score > names[within].score))
                within = k;
        if (!within.isEmpty())
            names[within].score += s;
        else if (const Candidate c = readName(f.text); !c.name.isEmpty() && seen.isEmpty())
            credit(c, s);
    }
    mergeWrappedTails(names);
    QString best;
    double bestScore = -1e9;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        // The English name is the registered one HKEX lists, in either
        // language's filing; the Chinese name stands in when it is the only one.
        const double s = it->chinese ? (it->score > 0 ? 0.3 * it->score : it->score - 100) : it->score;
        if (s > bestScore || (s == bestScore && it.key().size() > best.size())) {
            bestScore = s;
            best = it.key();
        }
    }
    return best;
}

} // namespace ledgerlens
