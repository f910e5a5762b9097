// A table the analyst read from a region survives the workspace: saved,
// reopened (only the decision is in the file), the LoadController reads the
// region again in the worker and the report's table is the region's.
#include "Fixtures.h"
#include "loading/LoadController.h"
#include "loading/ReportLoader.h"
#include "process/RegionReadJob.h"
#include "store/ReportStore.h"
#include "store/WorkspaceFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;

namespace {
bool waitIdle(ReportLoader &loader, int ms = 120000)
{
    QElapsedTimer t;
    t.start();
    while (loader.activeCount() > 0 && t.elapsed() < ms)
        QTest::qWait(20);
    return loader.activeCount() == 0;
}

// The figure of the line item labelled `label` in column 0, or nullopt.
std::optional<Decimal> figure(const Table *t, const QString &label)
{
    for (int i = 0; t && i < t->items.size(); ++i)
        if (t->items[i].label.compare(label, Qt::CaseInsensitive) == 0 && !t->items[i].cells.isEmpty())
            return t->items[i].cells[0].value;
    return std::nullopt;
}
} // namespace

class TestRegionReopen : public QObject
{
    Q_OBJECT
private slots:
    void decisionIsReadAgainAfterReopen()
    {
        qRegisterMetaType<RegionReadJob::Result>();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("missed.pdf"));
        Fixtures::writeMissedCashFlows(pdf);
        const QString ws = dir.filePath(QStringLiteral("w.ledgerlens"));
        const TableRegion region = *TableRegion::parse(QStringLiteral("cash_flows=pages:2"));
        const QString total = Fixtures::untitledCashFlowsTable().rows.last().label;
        const auto printed = Fixtures::untitledCashFlowsTable().rows.last().values[0];
        {
            ReportStore store;
            ReportLoader loader;
            loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
            LoadController loads(&store, &loader);
            const EntryId id = loads.open({pdf}).value(0);
            QVERIFY(waitIdle(loader));
            QTRY_COMPARE_WITH_TIMEOUT(store.entry(id)->state.phase, LoadState::Ready, 20000);
            QVERIFY(!store.table(id, TableKind::CashFlows));   // the recogniser missed it
            RegionReadJob job(loader.workerProgram());
            QSignalSpy read(&job, &RegionReadJob::finished);
            job.start(pdf, {region});
            QVERIFY(read.wait(120000));
            const auto result = read.first().first().value<RegionReadJob::Result>();
            QVERIFY2(result.ok(), qPrintable(result.failure));
            QVERIFY(store.useTableRegion(id, region, result.tables.first()));
            QString error;
            QVERIFY2(WorkspaceFile::save(store, ws, &error), qPrintable(error));
        }
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        LoadController loads(&store, &loader);
        QSignalSpy regionsRead(&loads, &LoadController::regionsRead);
        const WorkspaceLoadResult opened = WorkspaceFile::load(ws, store);
        QVERIFY2(opened.ok, qPrintable(opened.error));
        const EntryId id = store.idAt(0);
        loads.retry(id);   // as WorkspaceController does for each report of the workspace
        QVERIFY(regionsRead.wait(120000) || regionsRead.size() == 1);
        QCOMPARE(regionsRead.first().at(1).toStringList(), QStringList());
        const Table *cf = store.table(id, TableKind::CashFlows);
        QVERIFY(cf);
        QCOMPARE(cf->pages, QVector<int>{2});
        QCOMPARE(figure(cf, total), printed);
        QVERIFY(!store.isModified());   // reading again is no new edit
        // Without the decision the report has the recognised (no) table again.
        QVERIFY(store.clearTableDecision(id, TableKind::CashFlows));
        QVERIFY(!store.table(id, TableKind::CashFlows));
    }
};

QTEST_MAIN(TestRegionReopen)
#include "tst_regionreopen.moc"
