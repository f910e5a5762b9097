#include "KeySuggestions.h"

#include "LabelNormalizer.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace ledgerlens {

namespace {

QSet<QString> tokens(const QString &folded)
{
    static const QSet<QString> stop = {QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("the"),
                                       QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("for"),
                                       QStringLiteral("at"), QStringLiteral("to"), QStringLiteral("from"),
                                       QStringLiteral("net"), QStringLiteral("a"), QStringLiteral("an")};
    QSet<QString> out;
    QString word;
    QChar previousCjk;
    auto flush = [&] {
        // A plural is its singular: "fees" meets "fee".
        if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
            word.chop(1);
        if (word.size() > 1 && !stop.contains(word))
            out.insert(word);
        word.clear();
    };
    for (QChar c : folded) {
        if (LabelNormalizer::isCjk(c)) {
            flush();
            if (!previousCjk.isNull())
                out.insert(QString(previousCjk) + c);
            previousCjk = c;
            continue;
        }
        previousCjk = QChar();
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return out;
}

} // namespace

double KeySuggestions::similarity(const QString &foldedA, const QString &foldedB)
{
    const QSet<QString> a = tokens(foldedA), b = tokens(foldedB);
    if (a.isEmpty() || b.isEmpty())
        return 0;
    int shared = 0;
    for (const QString &t : a)
        shared += b.contains(t);
    return 2.0 * shared / double(a.size() + b.size());
}

QStringList KeySuggestions::forLabels(const Taxonomy &taxonomy, TableKind kind, const QStringList &labels, int max)
{
    QStringList folded;
    for (const QString &l : labels)
        if (!l.trimmed().isEmpty())
            folded << taxonomy.normalize(l);
    if (folded.isEmpty())
        return {};
    QHash<QString, double> best;
    for (const Taxonomy::Entry &e : taxonomy.entries(kind)) {
        for (const QString &variant : e.labels) {
            const QString v = taxonomy.normalize(variant);
            for (const QString &f : folded)
                best[e.key] = qMax(best.value(e.key), similarity(f, v));
        }
    }
    QStringList keys;
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        if (it.value() >= 0.3)
            keys << it.key();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return best.value(a) != best.value(b) ? best.value(a) > best.value(b) : a < b;
    });
    return keys.mid(0, max);
}

} // namespace ledgerlens
