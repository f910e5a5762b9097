#include "WorkspaceSummary.h"

#include "WorkspaceFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ledgerlens {

WorkspaceSummary WorkspaceSummary::read(const QString &path)
{
    WorkspaceSummary s;
    s.lastModified = QFileInfo(path).lastModified();
    const auto json = WorkspaceFile::readJson(path, &s.error);
    if (!json)
        return s;
    s.readable = true;
    for (const QJsonValue &r : json->value(QLatin1String("reports")).toArray()) {
        ++s.reports;
        s.corrections += r.toObject().value(QLatin1String("corrections")).toArray().size();
    }
    return s;
}

} // namespace ledgerlens
