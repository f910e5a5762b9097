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
    if (doc.isArray()) {
        // Settings-only mappings belong to no workspace until one uses them.
        UserMappings read;
        for (UserMapping m : UserMappings::fromJson(doc.array()).all()) {
            m.inWorkspace = false;
            read.set(m);
        }
        m_store->mergeUserMappings(read);
    }
    connect(m_store, &ReportStore::userMappingsChanged, this, &UserMappingSettings::save);
}

void UserMappingSettings::save() const
{
    QSettings().setValue(kKey, QJsonDocument(m_store->userMappings().toJson()).toJson(QJsonDocument::Compact));
}

} // namespace ledgerlens
