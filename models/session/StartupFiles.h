#pragma once

#include <QString>
#include <QStringList>

namespace ledgerlens {

// Which reports a start with no files asked for opens: the last session's
// (those still there), else on a first start the bundled samples.
struct StartupFiles
{
    // PDFs in samplesDir, else <appdir>/../../samples (build tree), else the installed share dir.
    static QStringList samples(const QString &samplesDir = QString());
    // The last session's files if one was saved (maybe none); else samples().
    static QStringList forStart(const QString &samplesDir, bool *firstStart = nullptr);
};

} // namespace ledgerlens
