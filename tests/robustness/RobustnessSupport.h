#pragma once

// Helpers shared by the robustness tests: run the real CLI, drive the UI
// loader until it is idle, make hostile inputs (encrypted, huge, stand-in
// workers). Header-only: the test area globs tst_*.cpp only.

#include "Fixtures.h"

#include "loading/LoadController.h"
#include "loading/ReportLoader.h"
#include "store/ReportStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

namespace Robust {

using namespace ledgerlens;

struct CliRun
{
    bool finished = false;       // false: still running after the timeout (killed)
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
    // Lines of stderr that are not --progress protocol lines (progress,
    // file, and the "error <key>" line before an error).
    QStringList messages() const
    {
        QStringList lines;
        for (const QByteArray &l : err.split('\n'))
            if (!l.trimmed().isEmpty() && !l.startsWith("progress ") && !l.startsWith("file ")
                && !(l.startsWith("error ") && !l.startsWith("error: ")))
                lines << QString::fromUtf8(l.trimmed());
        return lines;
    }
    // The key of the "error <key> ..." protocol line, empty when none.
    QString errorKey() const
    {
        for (const QByteArray &l : err.split('\n'))
            if (l.startsWith("error ") && !l.startsWith("error: "))
                return QString::fromUtf8(l.split(' ').value(1));
        return {};
    }
    QString lastMessage() const
    {
        const QStringList m = messages();
        return m.isEmpty() ? QString() : m.back();
    }
};

inline CliRun runCli(const QStringList &args, int timeoutMs = 240000, const QByteArray &input = {})
{
    CliRun r;
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(LEDGERLENS_WORKER), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.ms = t.elapsed();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString describe(const CliRun &r)
{
    return QStringLiteral("finished=%1 crashed=%2 exit=%3 stderr=[%4]")
        .arg(r.finished).arg(r.crashed).arg(r.exitCode).arg(QString::fromUtf8(r.err.right(600)));
}

// Runs the event loop until the loader has nothing queued or running.
inline bool waitIdle(ReportLoader &loader, int ms = 240000)
{
    QElapsedTimer t;
    t.start();
    while (loader.activeCount() > 0 && t.elapsed() < ms)
        QTest::qWait(20);
    return loader.activeCount() == 0;
}

// Worker limits for the tests. Sanitized builds set no address-space limit
// (see ExtractionWorker), so the memory limit stays at its default there.
inline ReportLoader::Limits testLimits(int timeoutMs = 240000)
{
    ReportLoader::Limits limits;
    limits.worker.timeoutMs = timeoutMs;
    return limits;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QString writeScript(const QString &path, const QByteArray &body)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("#!/bin/sh\n" + body + "\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    return path;
}

inline QStringList samplePdfs()
{
    const QDir dir(QStringLiteral(LEDGERLENS_SAMPLES_DIR));
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        out << dir.absoluteFilePath(f);
    return out;
}

// A small consistent interim report: profit or loss and financial position.
inline QString writeGoodReport(const QString &path, const QString &company = QStringLiteral("Robust Holdings Limited"))
{
    Fixtures::FilingDocument doc;
    doc.runningHeader = company;
    doc.company = company;
    doc.currency = QStringLiteral("RMB");
    doc.addTitle(company);
    doc.addTable(Fixtures::profitOrLossTable());
    doc.addPageBreak();
    doc.addTable(Fixtures::financialPositionTable());
    Fixtures::writeDocument(path, doc);
    return path;
}

// `qpdf --encrypt` the file with a user password; empty when qpdf is missing
// (tools/deps.sh --tests installs it).
inline QString encryptedCopy(const QString &src, const QString &dst, const QString &password)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        return {};
    QProcess p;
    p.start(qpdf, {QStringLiteral("--encrypt"), password, password + QStringLiteral("-owner"), QStringLiteral("256"),
                   QStringLiteral("--"), src, dst});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return dst;
}

// Largest resident set of any child process waited for so far, in MB.
inline long childrenPeakRssMb()
{
    struct rusage ru {};
    getrusage(RUSAGE_CHILDREN, &ru);
    return ru.ru_maxrss / 1024;
}

// A user's unsaved correction on the first figure of the entry's profit or
// loss (or first table with figures). Returns the cell, invalid when none.
inline CellAddress correctFirstFigure(ReportStore &store, EntryId id, const Decimal &value)
{
    const Report *r = store.report(id);
    if (!r)
        return {};
    for (auto it = r->tables.begin(); it != r->tables.end(); ++it) {
        for (int row = 0; row < it->items.size(); ++row) {
            if (it->items[row].kind == RowKind::Heading || it->columns.isEmpty())
                continue;
            const CellAddress cell{id, it.key(), row, 0};
            if (store.setValue(cell, value, QStringLiteral("typed by the analyst")))
                return cell;
        }
    }
    return {};
}

} // namespace Robust
