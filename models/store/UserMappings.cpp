#include "UserMappings.h"

#include "taxonomy/Taxonomy.h"

#include <QJsonObject>
#include <algorithm>

namespace ledgerlens {

bool UserMapping::operator==(const UserMapping &o) const
{
    return company == o.company && table == o.table && label == o.label && key == o.key && user == o.user
        && timestamp == o.timestamp && inWorkspace == o.inWorkspace;
}

QString UserMappings::companyOf(const Report &report)
{
    QString code = report.stockCode.trimmed();
    while (code.size() > 1 && code.front() == QLatin1Char('0'))
        code.remove(0, 1);
    if (!code.isEmpty())
        return QStringLiteral("code:") + code;
    const QString name = Taxonomy::builtin().normalize(report.company);
    return name.isEmpty() ? QString() : QStringLiteral("name:") + name;
}

QString UserMappings::slot(const QString &company, TableKind table, const QString &printedLabel)
{
    return company + QLatin1Char('\x1f') + tableKey(table) + QLatin1Char('\x1f')
        + Taxonomy::builtin().normalize(printedLabel);
}

std::optional<UserMapping> UserMappings::find(const QString &company, TableKind table, const QString &printedLabel) const
{
    if (company.isEmpty() || printedLabel.trimmed().isEmpty())
        return std::nullopt;
    const auto it = m_byKey.constFind(slot(company, table, printedLabel));
    if (it == m_byKey.constEnd())
        return std::nullopt;
    return *it;
}

void UserMappings::set(const UserMapping &mapping)
{
    if (mapping.company.isEmpty() || mapping.label.trimmed().isEmpty())
        return;
    m_byKey.insert(slot(mapping.company, mapping.table, mapping.label), mapping);
}

bool UserMappings::remove(const QString &company, TableKind table, const QString &printedLabel)
{
    return m_byKey.remove(slot(company, table, printedLabel)) > 0;
}

QVector<UserMapping> UserMappings::all() const
{
    QVector<UserMapping> out(m_byKey.cbegin(), m_byKey.cend());
    std::sort(out.begin(), out.end(), [](const UserMapping &a, const UserMapping &b) {
        return std::tie(a.company, a.table, a.label) < std::tie(b.company, b.table, b.label);
    });
    return out;
}

void UserMappings::setInWorkspace(bool inWorkspace)
{
    for (UserMapping &m : m_byKey)
        m.inWorkspace = inWorkspace;
}

void UserMappings::merge(const UserMappings &other)
{
    for (auto it = other.m_byKey.cbegin(); it != other.m_byKey.cend(); ++it) {
        const auto mine = m_byKey.constFind(it.key());
        if (mine == m_byKey.constEnd() || mine->timestamp < it->timestamp) {
            UserMapping m = *it;
            m.inWorkspace = m.inWorkspace || (mine != m_byKey.constEnd() && mine->inWorkspace);
            m_byKey.insert(it.key(), m);
        } else if (it->inWorkspace && !mine->inWorkspace) {
            m_byKey[it.key()].inWorkspace = true;
        }
    }
}

QJsonArray UserMappings::toJson() const
{
    QJsonArray out;
    for (const UserMapping &m : all())
        out.append(QJsonObject{{QStringLiteral("company"), m.company},
                               {QStringLiteral("table"), tableKey(m.table)},
                               {QStringLiteral("label"), m.label},
                               {QStringLiteral("key"), m.key},
                               {QStringLiteral("user"), m.user},
                               {QStringLiteral("timestamp"), m.timestamp.toUTC().toString(Qt::ISODateWithMs)}});
    return out;
}

UserMappings UserMappings::fromJson(const QJsonArray &array, int *skipped)
{
    UserMappings out;
    int bad = 0;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        UserMapping m;
        m.company = o.value(QStringLiteral("company")).toString();
        m.label = o.value(QStringLiteral("label")).toString();
        m.key = o.value(QStringLiteral("key")).toString();
        m.user = o.value(QStringLiteral("user")).toString();
        m.timestamp = QDateTime::fromString(o.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
        const bool table = tableKindFromKey(o.value(QStringLiteral("table")).toString(), &m.table);
        const bool known = table && (m.key.isEmpty() || Taxonomy::builtin().keys(m.table).contains(m.key));
        if (!table
            || !(m.company.startsWith(QLatin1String("code:")) || m.company.startsWith(QLatin1String("name:")))
            || m.label.trimmed().isEmpty() || !o.value(QStringLiteral("key")).isString() || !known) {
            ++bad;
            continue;
        }
        out.set(m);
    }
    if (skipped)
        *skipped = bad;
    return out;
}

} // namespace ledgerlens
