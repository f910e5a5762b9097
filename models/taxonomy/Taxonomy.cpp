#include "Taxonomy.h"

#include "taxonomy/AgeingBucket.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

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

    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QStringList problems;
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        TableKind kind;
        if (!tableKindFromKey(it.key(), &kind)) {
            problems << QStringLiteral("unknown table \"%1\"").arg(it.key());
            continue;
        }
        TableEntries &entries = t.m_tables[kind];
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject e = v.toObject();
            const QString key = e.value(QStringLiteral("key")).toString();
            if (key.isEmpty()) {
                problems << QStringLiteral("%1: entry without key").arg(it.key());
                continue;
            }
            if (!entries.keys.contains(key))
                entries.keys << key;
            if (!t.m_names.contains(key))
                t.m_names.insert(key, e.value(QStringLiteral("name")).toString(key));
            if (e.value(QStringLiteral("total")).toBool())
                t.m_totals[kind].insert(key);
            for (const QJsonValue &l : e.value(QStringLiteral("labels")).toArray()) {
                const QString n = t.m_normalizer.normalize(l.toString());
                const QString previous = entries.exact.value(n);
                if (!previous.isEmpty() && previous != key)
                    problems << QStringLiteral("%1: \"%2\" folds to \"%3\", claimed by %4 and %5")
                                    .arg(it.key(), l.toString(), n, previous, key);
                else
                    entries.exact.insert(n, key);
            }
            for (const QJsonValue &p : e.value(QStringLiteral("patterns")).toArray()) {
                QRegularExpression re(QStringLiteral("^(?:%1)$").arg(p.toString()),
                                      QRegularExpression::UseUnicodePropertiesOption);
                if (!re.isValid())
                    problems << QStringLiteral("%1/%2: bad pattern %3").arg(it.key(), key, p.toString());
                else
                    entries.patterns.append({re, key});
            }
        }
    }
    if (error)
        *error = problems.join(QStringLiteral("; "));
    return t;
}

bool Taxonomy::isAgeing(TableKind kind)
{
    return kind == TableKind::ReceivablesAgeing || kind == TableKind::PayablesAgeing;
}

QString Taxonomy::canonicalFor(TableKind kind, const QString &printedLabel) const
{
    const auto it = m_tables.constFind(kind);
    if (printedLabel.trimmed().isEmpty())
        return {};
    if (isAgeing(kind)) {
        AgeingBucket b;
        if (AgeingBucket::parse(m_normalizer.fold(printedLabel), &b))
            return b.key();
    }
    if (it == m_tables.constEnd())
        return {};
    const QString n = m_normalizer.normalize(printedLabel);
    const QString exact = it->exact.value(n);
    if (!exact.isEmpty())
        return exact;
    for (const Pattern &p : it->patterns) {
        if (p.re.match(n).hasMatch())
            return p.key;
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

bool Taxonomy::isTotal(TableKind kind, const QString &key) const
{
    return m_totals.value(kind).contains(resolveAlias(key));
}

QString Taxonomy::resolveAlias(const QString &key) const
{
    return m_aliases.value(key, key);
}

} // namespace ledgerlens
