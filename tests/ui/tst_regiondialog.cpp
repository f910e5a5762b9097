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
#include <QTableWidget>
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
        // The preview prints figures as the statements do: 17,791 and (5,000).
        auto *rows = dialog.findChild<QTableWidget *>();
        QVERIFY(rows);
        QCOMPARE(rows->columnCount(), 1 + int(dialog.previewTable().columns.size()));
        auto figure = [rows](const QString &label, int column) {
            for (int r = 0; r < rows->rowCount(); ++r)
                if (rows->item(r, 0) && rows->item(r, 0)->text() == label)
                    return rows->item(r, column) ? rows->item(r, column)->text() : QString();
            return QStringLiteral("no row %1").arg(label);
        };
        QCOMPARE(figure(QStringLiteral("Profit before tax"), 1), QStringLiteral("17,791"));
        QCOMPARE(figure(QStringLiteral("Purchases of items of property, plant and equipment"), 2), QStringLiteral("(4,000)"));
        // A heading however long shows in full in its tooltip.
        for (int c = 0; c < dialog.previewTable().columns.size(); ++c)
            QCOMPARE(rows->horizontalHeaderItem(c + 1)->toolTip(), dialog.previewTable().columns[c].label);
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
