#include "Taxonomy.h"

#include "taxonomy/AgeingBucket.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>

// The resource lives in a static library; make sure it is registered even if
// the linker dropped its automatic initialiser.
static void initTaxonomyResource()
{
    if (!QFile::exists(QStringLiteral(":/taxonomy/taxonomy.json")))
        Q_INIT_RESOURCE(ledgerlens_data);
}

namespace ledgerlens {

namespace {
Q_LOGGING_CATEGORY(lcTaxonomy, "ledgerlens.taxonomy")
}

const Taxonomy &Taxonomy::builtin()
{
    static const Taxonomy instance = [] {
        initTaxonomyResource();
        QFile f(QStringLiteral(":/taxonomy/taxonomy.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly))
            error = QStringLiteral("cannot open %1").arg(f.fileName());
        Taxonomy t = error.isEmpty() ? fromJson(f.readAll(), &error) : Taxonomy();
        if (!error.isEmpty())
            qCWarning(lcTaxonomy, "built-in taxonomy unusable: %s", qPrintable(error));
        return t;
    }();
    return instance;
}

Taxonomy Taxonomy::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("taxonomy JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset);
        return {};
    }
    const QJsonObject root = doc.object();

    Taxonomy t;
    // Character map given as a run of simplified/traditional pairs.
    QHash<QChar, QChar> s2t;
    const QString pairs = root.value(QStringLiteral("simplified_to_traditional")).toString();
    for (int i = 0; i + 1 < pairs.size(); i += 2)
        s2t.insert(pairs[i], pairs[i + 1]);
    t.m_normalizer = LabelNormalizer(s2t);

    const QJsonObject aliases = root.value(QStringLiteral("aliases")).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        t.m_aliases.insert(it.key(), it.value().toString());

    t.m_ifrsTaxonomy = root.value(QStringLiteral("ifrs_taxonomy")).toString();
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QStringList problems;
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        TableKind kind;
        if (!tableKindFromKey(it.key(), &kind)) {
            problems << QStringLiteral("unknown table \"%1\"").arg(it.key());
            continue;
        }
        t.loadTable(it.key(), kind, it.value().toArray(), &problems);
    }
    t.loadExtras(root, &problems);
    if (error)
        *error = problems.join(QStringLiteral("; "));
    return t;
}

namespace {

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QStringLiteral("^(?:%1)$").arg(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

void Taxonomy::loadTable(const QString &table, TableKind kind, const QJsonArray &array, QStringList *problems)
{
    TableEntries &entries = m_tables[kind];
    for (const QJsonValue &v : array) {
        const QJsonObject e = v.toObject();
        Entry entry;
        entry.key = e.value(QStringLiteral("key")).toString();
        if (entry.key.isEmpty()) {
            *problems << QStringLiteral("%1: entry without key").arg(table);
            continue;
        }
        entry.ifrs = e.value(QStringLiteral("ifrs")).toString();
        entry.section = e.value(QStringLiteral("section")).toString();
        const QJsonObject bySection = e.value(QStringLiteral("ifrs_sections")).toObject();
        for (auto s = bySection.begin(); s != bySection.end(); ++s)
            entry.ifrsBySection.insert(s.key(), s.value().toString());
        if (!entries.keys.contains(entry.key))
            entries.keys << entry.key;
        if (!m_names.contains(entry.key))
            m_names.insert(entry.key, e.value(QStringLiteral("name")).toString(entry.key));
        if (e.value(QStringLiteral("total")).toBool())
            m_totals[kind].insert(entry.key);
        const Candidate c{entry.key, entry.ifrs, entry.section, entry.ifrsBySection};
        for (const QJsonValue &l : e.value(QStringLiteral("labels")).toArray()) {
            entry.labels << l.toString();
            const QString label = l.toString();
            if (std::any_of(label.cbegin(), label.cend(), LabelNormalizer::isCjk)
                && !m_chineseLabels[entry.key].contains(label))
                m_chineseLabels[entry.key] << label;
            // The same variant recurs across tables (profit, impairment, cash):
            // fold each once (loading the taxonomy runs in every extraction).
            auto folded = m_folded.constFind(label);
            if (folded == m_folded.constEnd())
                folded = m_folded.insert(label, m_normalizer.normalize(label));
            const QString n = *folded;
            QVector<Candidate> &claims = entries.exact[n];
            bool clash = false;
            bool same = false;
            for (const Candidate &o : claims) {
                if (o.section != c.section)
                    continue;
                same = same || (o.key == c.key && o.ifrs == c.ifrs && o.ifrsBySection == c.ifrsBySection);
                if (o.key != c.key || o.ifrs != c.ifrs || o.ifrsBySection != c.ifrsBySection) {
                    *problems << QStringLiteral("%1: \"%2\" folds to \"%3\", claimed by %4 and %5")
                                     .arg(table, l.toString(), n, o.key, c.key);
                    clash = true;
                }
            }
            if (!clash && !same)
                claims.append(c);
        }
        for (const QJsonValue &p : e.value(QStringLiteral("patterns")).toArray()) {
            const QRegularExpression re = anchored(p.toString());
            if (!re.isValid())
                *problems << QStringLiteral("%1/%2: bad pattern %3").arg(table, entry.key, p.toString());
            else
                entries.patterns.append({re, c});
        }
        entries.entries.append(entry);
    }
}

void Taxonomy::loadExtras(const QJsonObject &root, QStringList *problems)
{
    // Section headings: patterns on the normalised heading, per table.
    const QJsonObject sections = root.value(QStringLiteral("sections")).toObject();
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        TableKind kind;
        if (!tableKindFromKey(it.key(), &kind)) {
            *problems << QStringLiteral("sections: unknown table \"%1\"").arg(it.key());
            continue;
        }
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            const QString section = o.value(QStringLiteral("section")).toString();
            for (const QJsonValue &p : o.value(QStringLiteral("headings")).toArray()) {
                const QRegularExpression re = anchored(p.toString());
                if (!re.isValid() || section.isEmpty())
                    *problems << QStringLiteral("sections/%1: bad heading %2").arg(it.key(), p.toString());
                else
                    m_tables[kind].headings.append({re, section});
            }
        }
    }
    for (const QJsonValue &v : root.value(QStringLiteral("lone_totals")).toArray()) {
        const QJsonObject o = v.toObject();
        TableKind kind;
        if (!tableKindFromKey(o.value(QStringLiteral("table")).toString(), &kind)) {
            *problems << QStringLiteral("lone_totals: unknown table");
            continue;
        }
        LoneTotal lt{o.value(QStringLiteral("row")).toString(), {}, o.value(QStringLiteral("becomes")).toString(),
                     o.value(QStringLiteral("ifrs")).toString()};
        for (const QJsonValue &a : o.value(QStringLiteral("absent")).toArray())
            lt.absent << a.toString();
        m_tables[kind].loneTotals.append(lt);
    }
}

bool Taxonomy::isAgeing(TableKind kind)
{
    return kind == TableKind::ReceivablesAgeing || kind == TableKind::PayablesAgeing;
}

QString Taxonomy::canonicalFor(TableKind kind, const QString &printedLabel) const
{
    return match(kind, printedLabel).key;
}

Taxonomy::Match Taxonomy::resolve(const QVector<Candidate> &candidates, const QStringList &sections)
{
    // The most specific section tag that any entry claims decides; two
    // different keys at that level are ambiguous.
    for (const QString &s : sections) {
        const Candidate *hit = nullptr;
        for (const Candidate &c : candidates) {
            if (c.section != s)
                continue;
            if (hit && hit->key != c.key)
                return {};
            hit = hit ? hit : &c;
        }
        if (hit)
            return {hit->key, hit->ifrsBySection.value(s, hit->ifrs)};
    }
    for (const Candidate &c : candidates) {
        if (!c.section.isEmpty())
            continue;
        QString ifrs = c.ifrs;
        for (const QString &s : sections) {
            if (c.ifrsBySection.contains(s)) {
                ifrs = c.ifrsBySection.value(s);
                break;
            }
        }
        return {c.key, ifrs};
    }
    return {};
}

Taxonomy::Match Taxonomy::match(TableKind kind, const QString &printedLabel, const QStringList &sections) const
{
    const auto it = m_tables.constFind(kind);
    if (printedLabel.trimmed().isEmpty())
        return {};
    if (isAgeing(kind)) {
        AgeingBucket b;
        if (AgeingBucket::parse(m_normalizer.fold(printedLabel), &b))
            return {b.key(), {}};
    }
    if (it == m_tables.constEnd())
        return {};
    const QString n = m_normalizer.normalize(printedLabel);
    const auto exact = it->exact.constFind(n);
    if (exact != it->exact.constEnd())
        return resolve(*exact, sections);
    QVector<Candidate> fits;
    for (const Pattern &p : it->patterns) {
        if (p.re.match(n).hasMatch())
            fits.append(p.candidate);
    }
    return resolve(fits, sections);
}

QString Taxonomy::sectionOfHeading(TableKind kind, const QString &printedHeading) const
{
    const auto it = m_tables.constFind(kind);
    if (it == m_tables.constEnd())
        return {};
    const QString n = m_normalizer.normalize(printedHeading);
    for (const SectionPattern &p : it->headings) {
        if (p.re.match(n).hasMatch())
            return p.section;
    }
    return {};
}

QStringList Taxonomy::keys(TableKind kind) const
{
    QStringList out;
    if (isAgeing(kind))
        out = AgeingBucket::commonKeys();
    const auto it = m_tables.constFind(kind);
    if (it != m_tables.constEnd()) {
        for (const QString &k : it->keys) {
            if (!out.contains(k))
                out << k;
        }
    }
    return out;
}

QString Taxonomy::displayName(const QString &key) const
{
    const QString name = m_names.value(resolveAlias(key));
    if (!name.isEmpty())
        return name;
    AgeingBucket b;
    if (AgeingBucket::fromKey(key, &b))
        return b.displayName();
    return key;
}

QString Taxonomy::chineseName(const QString &key, bool simplified) const
{
    const QStringList labels = m_chineseLabels.value(resolveAlias(key));
    for (const QString &l : labels) {
        if (m_normalizer.hasSimplified(l) == simplified)
            return l;
    }
    return simplified ? labels.value(0) : QString();
}

bool Taxonomy::isTotal(TableKind kind, const QString &key) const
{
    return m_totals.value(kind).contains(resolveAlias(key));
}

QString Taxonomy::resolveAlias(const QString &key) const
{
    return m_aliases.value(key, key);
}

} // namespace ledgerlens
