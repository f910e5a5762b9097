#include "UserMappingSettings.h"

#include "store/ReportStore.h"

#include <QJsonDocument>
#include <QSettings>

namespace ledgerlens {

namespace {
const QString kKey = QStringLiteral("mappings/user");
}

UserMappingSettings::UserMappingSettings(ReportStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QSettings().value(kKey).toByteArray());
    // Read as belonging to no workspace until one uses them.
    if (doc.isArray())
        m_store->mergeUserMappings(UserMappings::fromJson(doc.array()));
    connect(m_store, &ReportStore::userMappingsChanged, this, &UserMappingSettings::save);
}

void UserMappingSettings::save() const
{
    QSettings().setValue(kKey, QJsonDocument(m_store->userMappings().toJson()).toJson(QJsonDocument::Compact));
}

} // namespace ledgerlens
