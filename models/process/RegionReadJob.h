#pragma once

#include "domain/Report.h"
#include "domain/TableRegion.h"
#include "extract/RegionReader.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace ledgerlens {

// Reads the tables the analyst pointed at in the worker process
// (`ledgerlens-worker extract FILE --table R...`), so a hostile PDF or region
// never runs in the workbench. Emits finished() exactly once per start().
class RegionReadJob : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QVector<Table> tables;           // one per region read, in the regions' order
        QVector<TableRegion> problemRegions;
        QVector<RegionProblem> problems; // why each problem region holds no table
        QString failure;                 // the whole read failed (PDF unreadable, worker gone): a sentence
        bool ok() const { return failure.isEmpty() && problems.isEmpty(); }
    };

    explicit RegionReadJob(const QString &program, QObject *parent = nullptr);
    ~RegionReadJob() override;
    void start(const QString &pdf, const QVector<TableRegion> &regions, const QString &password = {});
    void cancel();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // The analyst's sentence for a region holding no table, translated.
    static QString describe(RegionProblem problem, const TableRegion &region);

signals:
    void finished(const ledgerlens::RegionReadJob::Result &result);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void finish(const Result &r);

    QString m_program;
    QVector<TableRegion> m_regions;
    QProcess m_process;
    QTimer m_timer;
    bool m_done = true;
};

} // namespace ledgerlens
