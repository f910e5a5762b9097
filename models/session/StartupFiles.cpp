#include "StartupFiles.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ledgerlens {

QStringList StartupFiles::samples(const QString &samplesDir)
{
    QStringList dirs;
    if (!samplesDir.isEmpty())
        dirs << samplesDir;
    dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/../../samples")
         << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/ledgerlens/samples");
    for (const QString &d : dirs) {
        const QDir dir(d);
        const QStringList pdfs = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        if (!pdfs.isEmpty()) {
            QStringList paths;
            for (const QString &f : pdfs)
                paths << dir.absoluteFilePath(f);
            return paths;
        }
    }
    return {};
}

QStringList StartupFiles::forStart(const QString &samplesDir, bool *firstStart)
{
    const bool first = !Settings::hasSessionFiles();
    if (firstStart)
        *firstStart = first;
    if (first)
        return samples(samplesDir);
    QStringList files;
    for (const QString &f : Settings::sessionFiles())
        if (QFileInfo::exists(f))
            files << f;
    return files;
}

} // namespace ledgerlens
