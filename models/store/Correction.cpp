#include "Correction.h"

#include "FigureText.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace ledgerlens {

bool Correction::sameTarget(const Correction &o) const
{
    return entry == o.entry && table == o.table && field == o.field && row == o.row
        && (field != Field::Value || column == o.column);
}

bool Correction::operator==(const Correction &o) const
{
    return sameTarget(o) && rowLabel == o.rowLabel && columnLabel == o.columnLabel && page == o.page
        && extractedValue == o.extractedValue && correctedValue == o.correctedValue
        && extractedText == o.extractedText && correctedText == o.correctedText && note == o.note
        && user == o.user && timestamp == o.timestamp;
}

QString Correction::extractedDisplay() const
{
    return field == Field::Value ? FigureText::format(extractedValue) : extractedText;
}

QString Correction::correctedDisplay() const
{
    return field == Field::Value ? FigureText::format(correctedValue) : correctedText;
}

QString correctionFieldKey(Correction::Field field)
{
    switch (field) {
    case Correction::Field::Value: return QStringLiteral("value");
    case Correction::Field::Label: return QStringLiteral("label");
    case Correction::Field::Canonical: return QStringLiteral("canonical");
    }
    return {};
}

bool correctionFieldFromKey(const QString &key, Correction::Field *field)
{
    for (auto f : {Correction::Field::Value, Correction::Field::Label, Correction::Field::Canonical}) {
        if (correctionFieldKey(f) == key) {
            *field = f;
            return true;
        }
    }
    return false;
}

QString currentUserName()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = QString::fromLocal8Bit(qgetenv(var)).trimmed();
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // Services, cron and CI shells often set none of those; the account still has a name.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

} // namespace ledgerlens
