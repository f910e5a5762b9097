#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace ledgerlens {

// A lock a running window holds (its recovery file, an open workspace):
// stale only when the process that took it is gone, never by age, so a
// window idle for hours keeps it and a crashed one frees it.
inline std::unique_ptr<QLockFile> processLock(const QString &lockPath)
{
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace ledgerlens
