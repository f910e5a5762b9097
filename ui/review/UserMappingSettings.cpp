#include "UserMappingSettings.h"

#include "session/Settings.h"
#include "store/ReportStore.h"

#include <QJsonDocument>

namespace ledgerlens {

UserMappingSettings::UserMappingSettings(ReportStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    const QJsonDocument doc = QJsonDocument::fromJson(Settings::userMappings());
    // Read as belonging to no workspace until one uses them.
    if (doc.isArray())
        m_store->mergeUserMappings(UserMappings::fromJson(doc.array()));
    connect(m_store, &ReportStore::userMappingsChanged, this, &UserMappingSettings::save);
}

void UserMappingSettings::save() const
{
    Settings::setUserMappings(QJsonDocument(m_store->userMappings().toJson()).toJson(QJsonDocument::Compact));
}

} // namespace ledgerlens
