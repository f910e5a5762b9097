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
    int firstPage = 0;
};

} // namespace

QString CompanyName::find(const DocumentText &doc, const QSet<int> &statementPages)
{
    QHash<QString, Evidence> names;
    const int pages = int(doc.size());
    for (int p = 0; p < pages; ++p) {
        const PageText &page = doc[p];
        const bool early = p < 6;
        const bool statement = statementPages.contains(page.page);
        if (!early && !statement)
            continue;
        double median = 0;
        {
            QVector<double> sizes;
            for (const TextLine &l : page.lines)
                sizes.append(l.fontSize);
            std::sort(sizes.begin(), sizes.end());
            median = sizes.isEmpty() ? 10 : sizes[sizes.size() / 2];
        }
        const double top = page.size.height() > 0 ? page.size.height() * 0.15 : 120;
        for (int i = 0; i < page.lines.size(); ++i) {
            const TextLine &l = page.lines[i];
            QStringList texts{l.text.simplified()};
            for (const Chunk &c : l.chunks)
                if (l.chunks.size() > 1)
                    texts.append(c.text.simplified());
            // A name wrapped over two or three lines of the same size.
            QString joined = l.text.simplified();
            for (int k = i - 1; k >= 0 && k >= i - 2; --k) {
                const TextLine &a = page.lines[k], &b = page.lines[k + 1];
                if (qAbs(a.fontSize - b.fontSize) >= 1 || b.box.top() - a.box.bottom() >= b.fontSize)
                    break;
                joined = Layout::joinText(a.text.simplified(), joined);
                texts.append(joined);
            }
            const QString around = (i > 0 ? page.lines[i - 1].text : QString()) + QLatin1Char(' ')
                + (i + 1 < page.lines.size() ? page.lines[i + 1].text : QString());
            for (const QString &t : texts) {
                // The role is judged on the name itself: what follows it may be
                // the sentence defining it ("X Limited (the "Company") ... directors").
                QString name;
                bool chinese = false, defined = false;
                if (const auto m = englishName().match(t); m.hasMatch()) {
                    if (namesAnAgent(t.left(m.capturedEnd(1))))
                        continue;
                    name = clean(m.captured(1));
                    static const QRegularExpression definesCompany(
                        QStringLiteral("^\\s*[\\(（]\\s*[\"“「]*\\s*(?:the\\s+[\"“]?company|本公司)"), QRegularExpression::CaseInsensitiveOption);
                    defined = t.mid(m.capturedEnd(1)).contains(definesCompany);
                } else if (const auto z = chineseName().match(QString(t).remove(QLatin1Char(' '))); z.hasMatch()) {
                    if (namesAnAgent(t))
                        continue;
                    name = z.captured(1);
                    chinese = true;
                }
                if (name.size() < 4 || name.split(QLatin1Char(' ')).size() > 12)
                    continue;
                Evidence &e = names[name];
                if (e.firstPage == 0)
                    e.firstPage = page.page;
                e.chinese = chinese;
                double s = 1;
                if (p == 0)
                    s += 2 * qMin(3.0, l.fontSize / qMax(1.0, median));
                if (l.box.top() < top)
                    s += 1.5;  // running header
                if (statement)
                    s += 2;
                static const QRegularExpression listing(QStringLiteral("stock code|incorporated in|股份代號|註冊成立"),
                                                        QRegularExpression::CaseInsensitiveOption);
                if (around.contains(listing))
                    s += 4;
                if (namesARole(around))
                    s -= 3;
                if (defined)
                    s += 4;  // "X Limited (the "Company")": the filer defining itself
                e.score += s;
            }
        }
    }
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
