#include "LaunchRequest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace ledgerlens {

bool LaunchRequest::isWorkspace(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ledgerlens"))
        return true;
    if (suffix == QLatin1String("pdf"))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    // A workspace is JSON (WorkspaceFile); a PDF starts with its header.
    const QByteArray head = f.read(64).trimmed();
    return head.startsWith('{');
}

LaunchRequest LaunchRequest::fromArguments(const QStringList &arguments, const QString &workingDir)
{
    const QDir base(workingDir.isEmpty() ? QDir::currentPath() : workingDir);
    LaunchRequest request;
    for (const QString &argument : arguments) {
        if (argument.isEmpty())
            continue;
        QString path = argument;
        if (argument.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
            path = QUrl(argument).toLocalFile();
        path = QDir::cleanPath(base.absoluteFilePath(path));
        if (!isWorkspace(path))
            request.reports << path;
        else if (request.workspace.isEmpty())
            request.workspace = path;
        else if (path != request.workspace)
            request.extraWorkspaces << path;
    }
    return request;
}

} // namespace ledgerlens
