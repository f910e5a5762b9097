#include "WorkspaceGuard.h"

#include "FileHash.h"
#include "ProcessLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ledgerlens {

WorkspaceGuard::WorkspaceGuard() = default;
WorkspaceGuard::~WorkspaceGuard() = default;

WorkspaceGuard::Signature WorkspaceGuard::signatureOf(const QString &path)
{
    const QFileInfo f(path);
    if (!f.exists())
        return {};
    return {f.size(), f.lastModified(), fileSha256Hex(path)};
}

// Locks live in the user's data folder, one per workspace path: nothing is
// written beside the analyst's files.
QString WorkspaceGuard::lockPathFor(const QString &path)
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1).toHex();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/open");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".lock");
}

void WorkspaceGuard::remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_path) {
        m_lock = processLock(lockPathFor(absolute));
        if (!m_lock->tryLock(0))
            m_lock.reset(); // held by another window: opened anyway, at the user's word
    }
    m_path = absolute;
    m_signature = signatureOf(absolute);
}

void WorkspaceGuard::clear()
{
    m_lock.reset();
    m_path.clear();
    m_signature = {};
}

bool WorkspaceGuard::changedOnDisk() const
{
    if (m_path.isEmpty())
        return false;
    const Signature now = signatureOf(m_path);
    if (now.size < 0)
        return false; // gone: saving recreates it, nothing to overwrite
    return !(now == m_signature);
}

bool WorkspaceGuard::openElsewhere(const QString &path)
{
    const auto lock = processLock(lockPathFor(path));
    if (lock->tryLock(0))
        return false;
    // Held: by another process, or by this one (QLockFile cannot tell a
    // second lock of the same process apart); only another's counts.
    qint64 pid = 0;
    QString host, app;
    return lock->getLockInfo(&pid, &host, &app) && pid != QCoreApplication::applicationPid();
}

} // namespace ledgerlens
