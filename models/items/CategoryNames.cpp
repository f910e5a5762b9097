#include "CategoryNames.h"

#include <QRegularExpression>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace ledgerlens::CategoryNames {

namespace {
const QChar kEllipsis(0x2026);

// Words that say a company's legal form, not which company it is.
bool isLegalWord(const QString &word)
{
    static const QRegularExpression legal(QStringLiteral(
        "^\\(?(holdings?|group|limited|ltd\\.?|co\\.?,?|company|inc\\.?|corporation|corp\\.?|plc|"
        "（?(控股|集團|集团)）?|(股份)?有限公司)\\)?,?$"),
        QRegularExpression::CaseInsensitiveOption);
    return legal.match(word).hasMatch();
}

// The words a name is shortened by: legal words dropped (unless that leaves nothing).
QStringList coreWords(const QString &name)
{
    const QStringList all = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList core;
    for (const QString &w : all)
        if (!isLegalWord(w))
            core << w;
    return core.isEmpty() ? all : core;
}

QString prefix(const QStringList &words, int n)
{
    return QStringList(words.mid(0, n)).join(QLatin1Char(' '));
}

// Fewest leading words that no other company's name starts with word for word.
int wordsToTellApart(const QStringList &mine, const QVector<QStringList> &others)
{
    int need = 1;
    for (const QStringList &o : others) {
        int same = 0;
        while (same < mine.size() && same < o.size() && mine[same] == o[same])
            ++same;
        need = std::max(need, same + 1);
    }
    return std::min<int>(need, int(mine.size()));
}

// Whether a cut name ("China Res…") could be the start of another company's.
bool reads(const QString &cut, const QVector<QStringList> &others)
{
    if (!cut.endsWith(kEllipsis))
        return false;
    const QString stem = cut.chopped(1);
    for (const QStringList &o : others)
        if (o.join(QLatin1Char(' ')).startsWith(stem))
            return true;
    return false;
}

// Cut to `room` from the right, with an ellipsis; at least one character.
QString elide(const QString &text, double room, const std::function<double(const QString &)> &width)
{
    for (int n = int(text.size()) - 1; n > 1; --n) {
        const QString cut = text.left(n).trimmed() + kEllipsis;
        if (width(cut) <= room)
            return cut;
    }
    return text.left(1) + kEllipsis;
}
} // namespace

QStringList fit(const QStringList &companies, double room, const std::function<double(const QString &)> &width)
{
    QStringList distinct;
    for (const QString &c : companies)
        if (!distinct.contains(c.simplified()))
            distinct << c.simplified();
    QVector<QStringList> words;
    for (const QString &d : distinct)
        words << coreWords(d);
    // Two names whose cores are the same ("Alpha Holdings", "Alpha Limited") keep every word.
    QVector<bool> sameCore(words.size(), false);
    for (int i = 0; i < words.size(); ++i)
        for (int j = 0; j < words.size(); ++j)
            sameCore[i] = sameCore[i] || (i != j && words[i] == words[j]);
    for (int i = 0; i < words.size(); ++i)
        if (sameCore[i])
            words[i] = distinct[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);

    QHash<QString, QString> fitted;
    QSet<QString> taken;
    for (int i = 0; i < distinct.size(); ++i) {
        QVector<QStringList> others = words;
        others.remove(i);
        const QStringList &w = words[i];
        const int least = wordsToTellApart(w, others);
        QString label = distinct[i];
        if (width(label) > room) {
            label = prefix(w, least);
            for (int n = int(w.size()); n >= least; --n) {
                if (width(prefix(w, n)) <= room) {
                    label = prefix(w, n);
                    break;
                }
            }
        }
        if (width(label) > room) {
            // Too wide even with the words that tell it apart: cut from the right,
            // else the first word, an ellipsis and the deciding word; a cut that
            // could be another name is not taken (then the words that tell it
            // apart stay; the tooltip has the name).
            QStringList tries{elide(label, room, width)};
            if (least > 1) {
                const QString middle = w.first() + kEllipsis + w[least - 1];
                tries << middle << elide(middle, room, width);
            }
            // Nothing that fits: the shortest that still tells it apart.
            QString fallback;
            for (const QString &t : tries) {
                if (reads(t, others) || taken.contains(t))
                    continue;
                if (width(t) <= room) {
                    fallback = t;
                    break;
                }
                if (fallback.isEmpty() || width(t) < width(fallback))
                    fallback = t;
            }
            if (!fallback.isEmpty() && width(fallback) < width(label))
                label = fallback;
        }
        taken.insert(label);
        fitted.insert(distinct[i], label);
    }
    QStringList out;
    for (const QString &c : companies)
        out << fitted.value(c.simplified());
    return out;
}

namespace {
// Shorter forms of a period, longest first: "1H 2024", "1H2024", "2024",
// "1H24" (the last when the year alone would read as another column's).
QStringList periodForms(const QString &period)
{
    QStringList forms{period.simplified()};
    static const QRegularExpression year(QStringLiteral("(19|20)(\\d\\d)"));
    const QRegularExpressionMatch m = year.match(forms.first());
    if (!m.hasMatch())
        return forms;
    // "1H 2024", "FY2024": a short tag and the year, squeezed together.
    const bool tagged = forms.first().endsWith(m.captured()) && forms.first().count(QLatin1Char(' ')) <= 1;
    QString compact = forms.first();
    compact.remove(QLatin1Char(' '));
    if (tagged && !forms.contains(compact))
        forms << compact;
    if (!forms.contains(m.captured()))
        forms << m.captured();
    QString twoDigits = compact;
    twoDigits.chop(4);
    if (tagged && !twoDigits.isEmpty())
        forms << twoDigits + m.captured(2);
    return forms;
}
} // namespace

QVector<Label> fitLabels(const QStringList &companies, const QStringList &periods, double room,
                         const std::function<double(const QString &)> &width)
{
    const QStringList names = fit(companies, room, width);
    QVector<Label> out;
    for (int i = 0; i < names.size(); ++i) {
        Label l;
        l.company = width(names[i]) <= room ? names[i] : QString();
        const QString full = periods.value(i);
        l.period = full;
        // The first form that fits and still tells this column from the
        // company's other columns of another period; the shortest when none fits.
        const QStringList forms = periodForms(full);
        for (const QString &form : forms) {
            if (width(form) > room && form != forms.last())
                continue;
            bool clash = false;
            for (int j = 0; j < names.size() && !clash; ++j)
                clash = j != i && companies[j].simplified() == companies[i].simplified()
                    && periods.value(j).simplified() != full.simplified()
                    && periodForms(periods.value(j)).contains(form);
            if (!clash) {
                l.period = form;
                break;
            }
        }
        out << l;
    }
    // A chart axis keeps one category per text: a company left out must not
    // make two labels read the same (say "FY2024" of two companies).
    QVector<bool> restore(out.size(), false);
    for (int i = 0; i < out.size(); ++i)
        for (int j = i + 1; j < out.size(); ++j)
            if (out[i].company == out[j].company && out[i].period == out[j].period && out[i].company.isEmpty())
                restore[i] = restore[j] = true;
    for (int i = 0; i < out.size(); ++i)
        if (restore[i])
            out[i].company = names[i];
    return out;
}

} // namespace ledgerlens::CategoryNames
