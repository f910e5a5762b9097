#include "DisplayNames.h"

#include "ReportStore.h"

#include <QFileInfo>

namespace ledgerlens::DisplayNames {

QString isolated(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Directional controls inside the name go first: a name carrying its own
    // POP DIRECTIONAL ISOLATE could otherwise close ours and reverse the rest.
    QString name = text;
    name.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F
            || u == 0x061C;
    });
    return QChar(0x2068) + name + QChar(0x2069);  // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
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
