// ReportListModel, ChecksModel, CorrectionsModel over a live store.
#include "StoreFixtures.h"
#include "items/ChecksModel.h"
#include "items/CorrectionsModel.h"
#include "items/ReportListModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

using namespace ledgerlens;

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void reportListShowsEntriesAndTheirState()
    {
        ReportStore store;
        ReportListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EntryId a = store.addEntry(QStringLiteral("/x/alpha-2023.pdf"));
        const EntryId b = store.addEntry(QStringLiteral("/x/beta-2024.pdf"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ReportListModel::CompanyColumn).data().toString(), QStringLiteral("alpha-2023.pdf"));
        QCOMPARE(model.index(0, ReportListModel::StatusColumn).data().toString(), QStringLiteral("Queued"));
        store.setLoading(a, 6, 30);
        QCOMPARE(model.index(0, ReportListModel::StatusColumn).data().toString(), QStringLiteral("Loading 6/30"));
        QCOMPARE(model.index(0, 0).data(ItemRoles::LoadProgressRole).toDouble(), 0.2);
        store.setReport(a, StoreFixtures::alpha());
        QCOMPARE(model.index(0, ReportListModel::CompanyColumn).data().toString(), QStringLiteral("Alpha Holdings"));
        QCOMPARE(model.index(0, ReportListModel::StockCodeColumn).data().toString(), QStringLiteral("0001"));
        QCOMPARE(model.index(0, ReportListModel::PeriodColumn).data().toString(), QStringLiteral("2023-06-30"));
        QCOMPARE(model.index(0, ReportListModel::PagesColumn).data().toInt(), 30);
        QCOMPARE(model.index(0, ReportListModel::StatusColumn).data().toString(),
                 QStringLiteral("0 of 1 tables reviewed"));
        store.setReviewStatus(a, TableKind::ProfitOrLoss, ReviewStatus::Reviewed);
        QCOMPARE(model.index(0, ReportListModel::StatusColumn).data().toString(),
                 QStringLiteral("1 of 1 tables reviewed"));
        store.setFailed(b, QStringLiteral("The file is not a PDF."));
        QCOMPARE(model.index(1, 0).data(ItemRoles::FailureReasonRole).toString(),
                 QStringLiteral("The file is not a PDF."));
        store.removeEntry(a);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0), b);
    }

    void movingRowsReordersTheStore()
    {
        ReportStore store;
        ReportListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EntryId a = store.addEntry(QStringLiteral("/a.pdf"));
        const EntryId b = store.addEntry(QStringLiteral("/b.pdf"));
        const EntryId c = store.addEntry(QStringLiteral("/c.pdf"));
        QVERIFY(model.moveRows({}, 0, 1, {}, 3)); // a to the end
        QCOMPARE(store.ids(), (QVector<EntryId>{b, c, a}));
        QVERIFY(model.moveRows({}, 1, 2, {}, 0)); // c, a to the front
        QCOMPARE(store.ids(), (QVector<EntryId>{c, a, b}));
        QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // onto itself
        for (int r = 0; r < 3; ++r)
            QCOMPARE(model.entryAt(r), store.idAt(r));
        // Drag and drop: b dropped before c.
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(2, 0)}));
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
        model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(store.ids(), (QVector<EntryId>{b, c, a}));
        // Dropped on empty space: to the end.
        mime.reset(model.mimeData({model.index(0, 0)}));
        model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(store.ids(), (QVector<EntryId>{c, a, b}));
    }

    void checksModelListsFailuresFirstAndFollowsCorrections()
    {
        ReportStore store;
        ChecksModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EntryId a = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(a, StoreFixtures::alpha());
        const int total = model.rowCount();
        QVERIFY(total > 0);
        QCOMPARE(model.failedCount(), 0);
        QVERIFY(store.setValue({a, TableKind::ProfitOrLoss, 2, 1}, Decimal(390), QStringLiteral("test")));
        QVERIFY(model.failedCount() >= 1);
        const QModelIndex first = model.index(0, 0);
        QVERIFY(!first.data(ItemRoles::OkRole).toBool());
        QCOMPARE(first.data(ItemRoles::EntryIdRole).toInt(), a);
        QCOMPARE(first.data(ItemRoles::ColumnIndexRole).toInt(), 1);
        QVERIFY(first.data(ItemRoles::RowsRole).toList().contains(2));
        QCOMPARE(first.data(ItemRoles::SourcePageRole).toInt(), 5);
        QCOMPARE(model.index(0, ChecksModel::PeriodColumn).data().toString(),
                 QStringLiteral("Six months ended 30 June 2022"));
        QCOMPARE(model.index(0, ChecksModel::ResultColumn).data().toString(), QStringLiteral("Fails"));
        const Decimal diff = *Decimal::fromString(model.index(0, ChecksModel::DifferenceColumn)
                                                      .data(ItemRoles::ExactRole).toString());
        QVERIFY(diff.abs() == Decimal(10));
        for (int r = 1; r < model.rowCount(); ++r) {
            if (!model.index(r, 0).data(ItemRoles::OkRole).toBool())
                QVERIFY(!model.index(r - 1, 0).data(ItemRoles::OkRole).toBool()); // failures first
        }
        store.undoStack()->undo();
        QCOMPARE(model.failedCount(), 0);
        QCOMPARE(model.rowCount(), total);
    }

    void correctionsModelIsTheAuditList()
    {
        qputenv("USER", "reviewer1");
        ReportStore store;
        CorrectionsModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EntryId a = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(a, StoreFixtures::alpha());
        QVERIFY(store.setValue({a, TableKind::ProfitOrLoss, 1, 0}, Decimal(-1600), QStringLiteral("misread 1")));
        QVERIFY(store.setLabel(a, TableKind::ProfitOrLoss, 3, QStringLiteral("Other gains and losses")));
        QCOMPARE(model.rowCount(), 2);
        auto cell = [&](int r, int c) { return model.index(r, c).data().toString(); };
        QCOMPARE(cell(0, CorrectionsModel::ReportColumn), QStringLiteral("Alpha Holdings"));
        QCOMPARE(cell(0, CorrectionsModel::LineItemColumn), QStringLiteral("Cost of sales"));
        QCOMPARE(cell(0, CorrectionsModel::PeriodColumn), QStringLiteral("Six months ended 30 June 2023"));
        QCOMPARE(cell(0, CorrectionsModel::ExtractedColumn), QStringLiteral("(600)"));
        QCOMPARE(cell(0, CorrectionsModel::CorrectedColumn), QStringLiteral("(1,600)"));
        QCOMPARE(cell(0, CorrectionsModel::NoteColumn), QStringLiteral("misread 1"));
        QCOMPARE(cell(0, CorrectionsModel::WhoColumn), QStringLiteral("reviewer1"));
        QCOMPARE(model.index(0, CorrectionsModel::WhenColumn).data().toDateTime().timeSpec(), Qt::UTC);
        QCOMPARE(cell(0, CorrectionsModel::PageColumn), QStringLiteral("5"));
        QCOMPARE(cell(1, CorrectionsModel::ExtractedColumn), QStringLiteral("Other gains"));
        QCOMPARE(cell(1, CorrectionsModel::CorrectedColumn), QStringLiteral("Other gains and losses"));
        store.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
