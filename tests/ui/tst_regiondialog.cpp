// "Use as Table…": the dialog previews what the worker reads in the region
// and OK makes it the report's table as an undoable review edit; a region
// holding no table is said in words and changes nothing.
#include "Fixtures.h"
#include "loading/LoadController.h"
#include "loading/ReportLoader.h"
#include "source/TableRegionDialog.h"
#include "store/ReportStore.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ledgerlens;

class TestRegionDialog : public QObject
{
    Q_OBJECT
private slots:
    void okUsesThePreviewedRegion()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("missed.pdf"));
        Fixtures::writeMissedCashFlows(pdf);
        ReportStore store;
        ReportLoader loader;
        loader.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        LoadController loads(&store, &loader);
        const EntryId id = loads.open({pdf}).value(0);
        QTRY_COMPARE_WITH_TIMEOUT(store.entry(id)->state.phase, LoadState::Ready, 120000);
        QVERIFY(!store.table(id, TableKind::CashFlows));

        TableRegionDialog::Start start;
        start.entry = id;
        start.kind = TableKind::CashFlows;
        start.page = 3;
        start.pageCount = 3;
        TableRegionDialog dialog(&store, loader.workerProgram(), start);
        QSignalSpy previewed(&dialog, &TableRegionDialog::previewDone);
        // Page 3 is prose: said in words, OK changes nothing.
        dialog.previewButton()->click();
        QVERIFY(previewed.wait(120000));
        QCOMPARE(previewed.last().first().toBool(), false);
        QVERIFY2(dialog.message().contains(QLatin1String("No table of figures")), qPrintable(dialog.message()));

        dialog.setPages(2, 2);
        dialog.previewButton()->click();
        QVERIFY(previewed.wait(120000));
        QCOMPARE(previewed.last().first().toBool(), true);
        QVERIFY(!dialog.previewTable().items.isEmpty());
        QVERIFY2(dialog.message().contains(QLatin1String("check")), qPrintable(dialog.message()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Table *cf = store.table(id, TableKind::CashFlows);
        QVERIFY(cf);
        QCOMPARE(cf->pages, QVector<int>{2});
        QCOMPARE(cf->items.size(), dialog.previewTable().items.size());
        store.undoStack()->undo();
        QVERIFY(!store.table(id, TableKind::CashFlows));
    }
};

QTEST_MAIN(TestRegionDialog)
#include "tst_regiondialog.moc"
