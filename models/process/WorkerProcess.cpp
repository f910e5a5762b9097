#include "WorkerProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace ledgerlens::WorkerProcess {

namespace {
#ifdef LEDGERLENS_SANITIZED
constexpr bool kAddressSpaceLimit = false;
#else
constexpr bool kAddressSpaceLimit = true;
#endif
}

QString defaultProgram()
{
    const QString env = qEnvironmentVariable("LEDGERLENS_WORKER");
    if (!env.isEmpty())
        return env;
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("ledgerlens-worker");
    // Relative to the binary first, so a moved install tree still finds it.
    const QStringList candidates{appDir.filePath(name),
                                 appDir.filePath(QStringLiteral(LEDGERLENS_LIBEXEC_FROM_BIN "/") + name),
                                 QStringLiteral(LEDGERLENS_LIBEXEC_DIR "/") + name,
                                 appDir.filePath(QStringLiteral("../worker/") + name)};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return name;
}

void limit(QProcess &process, qint64 memoryBytes)
{
    if (!kAddressSpaceLimit && memoryBytes > 0) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), (asan.isEmpty() ? QString() : asan + QLatin1Char(':'))
                                                       + QStringLiteral("hard_rss_limit_mb=%1").arg(memoryBytes >> 20));
        process.setProcessEnvironment(env);
    }
#ifdef Q_OS_UNIX
    const qint64 addressSpace = kAddressSpaceLimit ? memoryBytes : 0;
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([addressSpace] {
        struct rlimit core = {0, 0};
        setrlimit(RLIMIT_CORE, &core);
        if (addressSpace > 0) {
            struct rlimit as = {rlim_t(addressSpace), rlim_t(addressSpace)};
            setrlimit(RLIMIT_AS, &as);
        }
    });
#endif
}

bool isOutOfMemoryMessage(const QString &line)
{
    // poppler's allocator says "Out of memory", glibc's tools "out of memory".
    for (const char *oom : {"bad_alloc", "out of memory", "memory exhausted", "Cannot allocate memory",
                            "MemoryError", "rss limit exhausted"})
        if (line.contains(QLatin1String(oom), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace ledgerlens::WorkerProcess
