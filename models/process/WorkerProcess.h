#pragma once

#include <QString>

class QProcess;

namespace ledgerlens {

// What the workbench's helper processes (extraction and page drawing, both
// `ledgerlens-worker`) share: where the program is and how it is fenced in.
namespace WorkerProcess {

// LEDGERLENS_WORKER, else ledgerlens-worker beside the application, else in
// the install's libexec dir (relative to the application, then absolute),
// else <appdir>/../worker/ (build tree), else the bare name for PATH (a clear
// error if absent).
QString defaultProgram();

// No core dumps, and at most memoryBytes of address space (0: no limit). Call
// before QProcess::start(). Sanitized builds reserve terabytes of address
// space, so there the limit becomes ASan's RSS ceiling instead.
void limit(QProcess &process, qint64 memoryBytes);

// True when a stderr line says the process ran out of memory (C++, glibc
// tools, Python, ASan's RSS ceiling).
bool isOutOfMemoryMessage(const QString &line);

} // namespace WorkerProcess
} // namespace ledgerlens
