// RegionReadJob: the table the analyst points at, read by the real worker
// process (`ledgerlens-worker extract --table`), and a region holding none
// answered with the analyst's sentence rather than a table.
#include "Fixtures.h"
#include "process/RegionReadJob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;

class TestRegionRead : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_pdf;

    RegionReadJob::Result read(const QString &region)
    {
        RegionReadJob job(QStringLiteral(LEDGERLENS_WORKER));
        QSignalSpy done(&job, &RegionReadJob::finished);
        job.start(m_pdf, {*TableRegion::parse(region)});
        if (!done.wait(120000) || done.size() != 1)
            qFatal("no answer from the worker for %s", qPrintable(region));
        return done.first().first().value<RegionReadJob::Result>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RegionReadJob::Result>();
        m_pdf = m_dir.filePath(QStringLiteral("missed.pdf"));
        Fixtures::writeMissedCashFlows(m_pdf);
    }

    void readsTheMarkedPage()
    {
        const RegionReadJob::Result r = read(QStringLiteral("cash_flows=pages:2"));
        QVERIFY2(r.ok(), qPrintable(r.failure));
        QCOMPARE(r.tables.size(), 1);
        const Table &t = r.tables.first();
        QCOMPARE(t.kind, TableKind::CashFlows);
        QCOMPARE(t.pages, QVector<int>{2});
        const Fixtures::FilingTable spec = Fixtures::untitledCashFlowsTable();
        const auto last = std::find_if(t.items.begin(), t.items.end(), [&](const LineItem &it) {
            return it.label.compare(spec.rows.last().label, Qt::CaseInsensitive) == 0;
        });
        QVERIFY(last != t.items.end());
        QCOMPARE(last->cells[0].value, spec.rows.last().values[0]);
        QCOMPARE(last->cells[0].source.page, 2);
    }

    void sayWhyARegionHoldsNoTable_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("problem");
        QTest::newRow("no such page") << QStringLiteral("cash_flows=pages:999") << int(RegionProblem::NoSuchPage);
        QTest::newRow("outside the page") << QStringLiteral("cash_flows=pages:2,box:700,900,100,100")
                                          << int(RegionProblem::BoxOutsidePage);
        QTest::newRow("page of prose") << QStringLiteral("cash_flows=pages:3") << int(RegionProblem::NoFigureRows);
    }
    void sayWhyARegionHoldsNoTable()
    {
        QFETCH(QString, region);
        QFETCH(int, problem);
        const RegionReadJob::Result r = read(region);
        QVERIFY(!r.ok());
        QVERIFY(r.tables.isEmpty());
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(int(r.problems.first()), problem);
        QVERIFY(!RegionReadJob::describe(r.problems.first(), r.problemRegions.first()).isEmpty());
    }

    void missingWorkerIsAFailure()
    {
        RegionReadJob job(m_dir.filePath(QStringLiteral("no-such-worker")));
        QSignalSpy done(&job, &RegionReadJob::finished);
        job.start(m_pdf, {*TableRegion::parse(QStringLiteral("cash_flows=pages:2"))});
        QVERIFY(done.wait(10000));
        QVERIFY(!done.first().first().value<RegionReadJob::Result>().failure.isEmpty());
    }
};

QTEST_MAIN(TestRegionRead)
#include "tst_regionread.moc"
