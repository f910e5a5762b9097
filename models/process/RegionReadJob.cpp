#include "RegionReadJob.h"

#include "WorkerProcess.h"
#include "domain/ReportJson.h"

#include <QJsonDocument>

namespace ledgerlens {

namespace {
constexpr int kTimeoutMs = 180000;
constexpr qint64 kMemoryBytes = 3LL << 30;
}

RegionReadJob::RegionReadJob(const QString &program, QObject *parent) : QObject(parent), m_program(program)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        Result r;
        r.failure = tr("Reading the table took too long and was stopped.");
        finish(r);
    });
    connect(&m_process, &QProcess::finished, this, &RegionReadJob::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        Result r;
        r.failure = tr("The helper program %1 could not be started.").arg(m_program);
        finish(r);
    });
}

RegionReadJob::~RegionReadJob()
{
    m_done = true;
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void RegionReadJob::start(const QString &pdf, const QVector<TableRegion> &regions, const QString &password)
{
    m_done = false;
    m_regions = regions;
    // --progress: the worker names a region holding no table only in its
    // machine-readable lines ("region-error <key> <region>").
    QStringList args{QStringLiteral("extract"), pdf, QStringLiteral("--progress")};
    for (const TableRegion &r : regions)
        args << QStringLiteral("--table") << r.toString();
    if (!password.isEmpty())
        args << QStringLiteral("--password-stdin");
    WorkerProcess::limit(m_process, kMemoryBytes);
    m_process.start(m_program, args);
    if (!password.isEmpty())
        m_process.write(password.toUtf8() + '\n');
    m_process.closeWriteChannel();
    m_timer.start(kTimeoutMs);
}

void RegionReadJob::cancel()
{
    m_done = true;
    m_timer.stop();
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
}

void RegionReadJob::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_done)
        return;
    Result r;
    // "region-error <key> <region>" lines name the regions that hold no table.
    const QList<QByteArray> lines = m_process.readAllStandardError().split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != 3 || parts[0] != QLatin1String("region-error"))
            continue;
        const auto region = TableRegion::parse(parts[2]);
        const RegionProblem p = RegionReader::problemFromKey(parts[1]);
        if (region && p != RegionProblem::None) {
            r.problemRegions.append(*region);
            r.problems.append(p);
        }
    }
    if (!r.problems.isEmpty())
        return finish(r);
    if (status == QProcess::CrashExit || exitCode != 0) {
        r.failure = tr("The PDF could not be read again; the table was not changed.");
        return finish(r);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        r.failure = tr("The helper program's answer could not be read.");
        return finish(r);
    }
    const Report report = ReportJson::fromJson(doc.object());
    for (const TableRegion &region : m_regions) {
        const Table *t = report.table(region.kind);
        if (!t) {
            r.problemRegions.append(region);
            r.problems.append(RegionProblem::NoFigureRows);
            continue;
        }
        r.tables.append(*t);
    }
    finish(r);
}

void RegionReadJob::finish(const Result &r)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
    emit finished(r);
}

QString RegionReadJob::describe(RegionProblem problem, const TableRegion &region)
{
    switch (problem) {
    case RegionProblem::None: return QString();
    case RegionProblem::NoSuchPage:
        return tr("The PDF has no page %1. Choose pages the PDF has.").arg(region.lastPage);
    case RegionProblem::BoxOutsidePage:
        return tr("The marked area lies outside page %1. Drag a rectangle on the page itself.").arg(region.firstPage);
    case RegionProblem::NothingPrinted:
        return tr("Nothing is printed in the marked area of page %1. Drag a rectangle around the table.")
            .arg(region.firstPage);
    case RegionProblem::NoFigureRows:
        return tr("No table of figures was found there: the area holds no rows of figures under a header. "
                  "Mark the table with its column headers.");
    }
    return QString();
}

} // namespace ledgerlens
