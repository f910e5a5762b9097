#include "StoreTypes.h"

namespace ledgerlens {

QString LoadState::toText() const
{
    switch (phase) {
    case Queued: return QStringLiteral("Queued");
    case Loading:
        return pageCount > 0 ? QStringLiteral("Loading %1/%2").arg(pagesDone).arg(pageCount)
                             : QStringLiteral("Loading");
    case Ready: return QStringLiteral("Ready");
    case Failed: return QStringLiteral("Failed: %1").arg(reason);
    }
    return {};
}

QString reviewStatusKey(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return QStringLiteral("unreviewed");
    case ReviewStatus::Reviewed: return QStringLiteral("reviewed");
    case ReviewStatus::Flagged: return QStringLiteral("flagged");
    }
    return {};
}

bool reviewStatusFromKey(const QString &key, ReviewStatus *status)
{
    for (ReviewStatus s : {ReviewStatus::Unreviewed, ReviewStatus::Reviewed, ReviewStatus::Flagged}) {
        if (reviewStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace ledgerlens
