#include "FoldTargets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ledgerlens {

QString FoldTarget::nameIn(const QString &uiLanguage) const
{
    if (uiLanguage == QLatin1String("zh_CN") && !zhCn.isEmpty())
        return zhCn;
    if (uiLanguage.startsWith(QLatin1String("zh")) && !zhHk.isEmpty())
        return zhHk;
    return name;
}

const FoldTargets &FoldTargets::builtin()
{
    // Taxonomy::builtin() registers the resource; the targets sit in its file.
    static const FoldTargets instance = [] {
        QFile f(QStringLiteral(":/taxonomy/taxonomy.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : FoldTargets();
    }();
    return instance;
}

FoldTargets FoldTargets::fromJson(const QByteArray &json, QString *error)
{
    FoldTargets out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        if (error)
            *error = pe.errorString();
        return out;
    }
    const QJsonObject all = doc.object().value(QStringLiteral("fold_targets")).toObject();
    auto strings = [](const QJsonValue &v) {
        QStringList s;
        for (const QJsonValue &x : v.toArray())
            s << x.toString();
        return s;
    };
    for (auto it = all.begin(); it != all.end(); ++it) {
        TableKind kind;
        if (!tableKindFromKey(it.key(), &kind))
            continue;   // "about"
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            FoldTarget t;
            t.key = o.value(QStringLiteral("key")).toString();
            t.name = o.value(QStringLiteral("name")).toString();
            t.zhHk = o.value(QStringLiteral("zh_hk")).toString();
            t.zhCn = o.value(QStringLiteral("zh_cn")).toString();
            t.sections = strings(o.value(QStringLiteral("sections")));
            t.until = strings(o.value(QStringLiteral("until")));
            if (t.key.isEmpty() || t.name.isEmpty()) {
                if (error)
                    *error = QStringLiteral("fold target without key or name in %1").arg(it.key());
                continue;
            }
            out.m_targets[kind].append(t);
        }
    }
    return out;
}

const FoldTarget *FoldTargets::find(TableKind kind, const QString &key) const
{
    const auto it = m_targets.constFind(kind);
    if (it == m_targets.constEnd())
        return nullptr;
    for (const FoldTarget &t : *it)
        if (t.key == key)
            return &t;
    return nullptr;
}

} // namespace ledgerlens
