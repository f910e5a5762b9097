#include "DisplayNames.h"

#include "ReportStore.h"

#include <QFileInfo>

namespace ledgerlens::DisplayNames {

QString isolated(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);  // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
}

QString fileName(const QString &path)
{
    return isolated(QFileInfo(path).fileName());
}

QString report(const ReportEntry &entry)
{
    const QString &company = entry.effective.company;
    return company.isEmpty() ? QFileInfo(entry.path).fileName() : company;
}

} // namespace ledgerlens::DisplayNames
