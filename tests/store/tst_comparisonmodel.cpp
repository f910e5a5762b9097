// ComparisonModel: alignment across reports, exact unit conversion, edits,
// restatement marks, source-to-cell linking.
#include "StoreFixtures.h"
#include "items/ComparisonLayout.h"
#include "items/ComparisonModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ledgerlens;

namespace {
struct TwoReports
{
    ReportStore store;
    EntryId alpha = 0;
    EntryId beta = 0;
    // sameFiler: Beta is Alpha's next report (same stock code), so its
    // comparative column reprints Alpha's period.
    explicit TwoReports(bool sameFiler = false)
    {
        alpha = store.addEntry(QStringLiteral("/nonexistent/alpha.pdf"));
        beta = store.addEntry(QStringLiteral("/nonexistent/beta.pdf"));
        store.setReport(alpha, StoreFixtures::alpha());
        Report b = StoreFixtures::beta();
        if (sameFiler) {
            b.company = StoreFixtures::alpha().company;
            b.stockCode = StoreFixtures::alpha().stockCode;
        }
        store.setReport(beta, b);
    }
};

QStringList rowLabels(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.headerData(r, Qt::Vertical).toString();
    return out;
}

Table plain(const QStringList &labels, const QStringList &canonicals, RowKind kind = RowKind::Item)
{
    Table t;
    t.columns = {StoreFixtures::halfYear(2023)};
    for (int i = 0; i < labels.size(); ++i) {
        LineItem item;
        item.label = labels[i];
        item.canonical = canonicals.value(i);
        item.kind = kind;
        t.items.append(item);
    }
    return t;
}
} // namespace

class TestComparisonModel : public QObject
{
    Q_OBJECT
private slots:
    // Per-share rows keep their own unit whatever the display unit, and an
    // EPS in RMB never shares a row with one in HK cents.
    void perShareRowsKeepTheirUnit()
    {
        ReportStore store;
        const EntryId a = store.addEntry(QStringLiteral("/nonexistent/alpha.pdf"));
        const EntryId b = store.addEntry(QStringLiteral("/nonexistent/beta.pdf"));
        const auto withEps = [](Report r, int page, const QString &unit, const char16_t *now, const char16_t *before) {
            LineItem eps = StoreFixtures::item(QStringLiteral("Basic"), QStringLiteral("eps_basic"), 0, 0, page, 5);
            eps.cells[0].value = Decimal::fromString(now);
            eps.cells[1].value = Decimal::fromString(before);
            eps.valueUnit = unit;
            r.tables[TableKind::ProfitOrLoss].items.append(eps);
            return r;
        };
        const Report ra = withEps(StoreFixtures::alpha(), 5, QStringLiteral("RMB"), u"-0.77", u"0.12");
        const Report rb = withEps(StoreFixtures::beta(), 7, QStringLiteral("HK cents"), u"25.0", u"24.1");
        store.setReport(a, ra);
        store.setReport(b, rb);
        ComparisonModel model(&store, TableKind::ProfitOrLoss);
        const QModelIndex rmb = model.indexForCell({a, TableKind::ProfitOrLoss, 5, 0});
        const QModelIndex cents = model.indexForCell({b, TableKind::ProfitOrLoss, 5, 0});
        QVERIFY(rmb.isValid() && cents.isValid());
        QVERIFY2(rmb.row() != cents.row(), "RMB and HK cents are two rows");
        QCOMPARE(model.headerData(rmb.row(), Qt::Vertical).toString(), QStringLiteral("Basic (RMB)"));
        QCOMPARE(model.headerData(cents.row(), Qt::Vertical).toString(), QStringLiteral("Basic (HK cents)"));
        for (qint64 unit : {qint64(1), qint64(1000), qint64(1000000)}) {
            model.setDisplayUnit(unit);
            QCOMPARE(model.data(rmb, Qt::DisplayRole).toDouble(), -0.77);
            QCOMPARE(model.data(rmb, ItemRoles::ExactValueRole).toString(), QStringLiteral("-0.77"));
            QCOMPARE(model.data(cents, Qt::DisplayRole).toDouble(), 25.0);
        }
        // Typed in its own unit too.
        model.setDisplayUnit(1000);
        QVERIFY(model.setData(rmb, QStringLiteral("(0.78)")));
        QCOMPARE(store.value({a, TableKind::ProfitOrLoss, 5, 0}), Decimal::fromString(u"-0.78"));
    }
    void sameCanonicalSharesARowUnmappedStaySeparateInOrder()
    {
        TwoReports f;
        ComparisonModel model(&f.store, TableKind::ProfitOrLoss);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rowLabels(model), (QStringList{"Revenue", "Cost of sales", "Gross profit", "Other gains",
                                                "Government grants", "Profit for the period"}));
        QCOMPARE(model.columnCount(), 4);
        // Revenue row: Alpha's two columns then Beta's two.
        QCOMPARE(model.index(0, 0).data(ItemRoles::EntryIdRole).toInt(), f.alpha);
        QCOMPARE(model.index(0, 2).data(ItemRoles::EntryIdRole).toInt(), f.beta);
        QCOMPARE(model.index(0, 2).data().toDouble(), 1100000.0);
        // Unmapped rows carry only their own report's figures.
        QVERIFY(!model.index(3, 2).data().isValid());
        QCOMPARE(model.index(3, 0).data().toDouble(), 10000.0);
        QVERIFY(!model.index(4, 0).data().isValid());
        QCOMPARE(model.index(4, 2).data().toDouble(), 7000.0);
        QVERIFY(model.index(4, 0).data(ItemRoles::CanonicalRole).toString().isEmpty());
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(),
                 QStringLiteral("Beta Group\nSix months ended 30 June 2024"));
        QCOMPARE(model.headerData(3, Qt::Horizontal, ItemRoles::HeaderPeriodEndRole).toDate(),
                 QDate(2023, 6, 30));
    }

    void layoutMergesUnmappedRowsOnlyOnOneSameCaptionAndKeepsEachOrder()
    {
        // Same printed caption (up to case, punctuation and loss/profit
        // wording), unmapped in both and printed once in each: one row, still
        // unmapped. "Others" printed twice in one table is ambiguous: never merged.
        const Table a = plain({"Revenue", "Bond interest expenses", "Others", "Finance costs", "Others", "Profit"},
                              {"revenue", "", "", "finance_costs", "", "profit_for_period"});
        const Table b = plain({"Revenue", "Bond interest expenses,", "Share of JV", "Others", "Profit"},
                              {"revenue", "", "", "", "profit_for_period"});
        const auto rows = ComparisonLayout::alignRows({&a, nullptr, &b});
        QStringList labels;
        for (const auto &r : rows)
            labels << r.label + u':' + QString::number(r.sourceRows[0]) + u',' + QString::number(r.sourceRows[2]);
        QCOMPARE(labels, (QStringList{"Revenue:0,0", "Bond interest expenses:1,1", "Others:2,-1", "Share of JV:-1,2",
                                      "Others:-1,3", "Finance costs:3,-1", "Others:4,-1", "Profit:5,4"}));
        QVERIFY(rows[1].canonical.isEmpty());
        // Each report's rows stay in its printed order.
        for (int t : {0, 2}) {
            int last = -1;
            for (const auto &r : rows) {
                if (r.sourceRows[t] >= 0) {
                    QVERIFY(r.sourceRows[t] > last);
                    last = r.sourceRows[t];
                }
            }
        }
        // Different captions stay apart.
        const Table c = plain({"Revenue", "Bond interest income"}, {"revenue", ""});
        QCOMPARE(ComparisonLayout::alignRows({&a, &c}).size(), 7);
    }

    void headingsShareARowBySectionInEitherLanguage()
    {
        // 流動資產 and "CURRENT ASSETS:" open one section: one heading row, so
        // the rows under it follow one heading, not two stacked ones. A
        // heading naming no section shares a row only on the same caption.
        Table en = plain({"Non-current assets", "Current assets:", "Notes to the table"}, {}, RowKind::Heading);
        Table zh = plain({"非流動資產", "流動資產", "Notes to the TABLE"}, {}, RowKind::Heading);
        Table other = plain({"Current liabilities", "Other notes"}, {}, RowKind::Heading);
        for (Table *t : {&en, &zh, &other})
            t->kind = TableKind::FinancialPosition;
        const auto rows = ComparisonLayout::alignRows({&en, &zh, &other});
        QStringList shape;
        for (const auto &r : rows)
            shape << QStringLiteral("%1,%2,%3").arg(r.sourceRows[0]).arg(r.sourceRows[1]).arg(r.sourceRows[2]);
        shape.sort();
        QCOMPARE(shape, (QStringList{"-1,-1,0", "-1,-1,1", "0,0,-1", "1,1,-1", "2,2,-1"}));
        const auto current = std::find_if(rows.cbegin(), rows.cend(), [](const ComparisonRow &r) { return r.sourceRows[0] == 1; });
        QCOMPARE(current->labelIn(true), QStringLiteral("流動資產"));
        QCOMPARE(current->labelIn(false), QStringLiteral("Current assets:"));
    }

    void repeatedCanonicalKeysPairByOccurrence()
    {
        const Table a = plain({"Bank loans", "Lease liabilities", "Bank loans"},
                              {"borrowings", "lease_liabilities", "borrowings"});
        const Table b = plain({"Borrowings", "Borrowings"}, {"borrowings", "borrowings"});
        const auto rows = ComparisonLayout::alignRows({&a, &b});
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].sourceRows, (QVector<int>{0, 0}));
        QCOMPARE(rows[2].sourceRows, (QVector<int>{2, 1}));
    }

    void unitConversionIsExact()
    {
        TwoReports f;
        ComparisonModel model(&f.store, TableKind::ProfitOrLoss);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Alpha prints RMB'000, Beta RMB: in units both are whole yuan.
        QCOMPARE(model.index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("1000000"));
        QCOMPARE(model.index(0, 2).data(Qt::EditRole).toString(), QStringLiteral("1100000"));
        model.setDisplayUnit(1000000);
        QCOMPARE(model.index(0, 0).data().toDouble(), 1.0);
        QCOMPARE(model.index(0, 2).data().toDouble(), 1.1);
        QCOMPARE(model.index(3, 0).data(ItemRoles::ExactValueRole).toString(), QStringLiteral("0.01"));
        QCOMPARE(model.index(1, 2).data(ItemRoles::ExactValueRole).toString(), QStringLiteral("-0.65"));
        model.setDisplayUnit(1000);
        QCOMPARE(model.index(4, 2).data(Qt::EditRole).toString(), QStringLiteral("7"));
        QCOMPARE(model.index(0, 0).data().toDouble(), 1000.0);
    }

    void editsInTheDisplayUnitLandExactlyInTheTableUnit()
    {
        TwoReports f;
        ComparisonModel model(&f.store, TableKind::ProfitOrLoss);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDisplayUnit(1000000);
        // Beta is in units: 1.234567 million is 1,234,567 exactly.
        QVERIFY(model.setData(model.index(0, 2), QStringLiteral("1.234567")));
        QCOMPARE(f.store.value({f.beta, TableKind::ProfitOrLoss, 0, 0}), std::optional<Decimal>(Decimal(1234567)));
        // Alpha is in thousands: (0.5) million is -500 thousand.
        QVERIFY(model.setData(model.index(3, 0), QStringLiteral("(0.5)")));
        QCOMPARE(f.store.value({f.alpha, TableKind::ProfitOrLoss, 3, 0}), std::optional<Decimal>(Decimal(-500)));
        // Commas, and a dash for nil.
        model.setDisplayUnit(1);
        QVERIFY(model.setData(model.index(0, 1), QStringLiteral("901,500")));
        QCOMPARE(f.store.value({f.alpha, TableKind::ProfitOrLoss, 0, 1}), std::optional<Decimal>(Decimal(9015, 1)));
        QVERIFY(model.setData(model.index(3, 1), QStringLiteral("\u2014")));
        QCOMPARE(f.store.value({f.alpha, TableKind::ProfitOrLoss, 3, 1}), std::optional<Decimal>());
        QVERIFY(!model.index(3, 1).data().isValid());
        // Not a figure: refused with a reason, nothing recorded.
        const int commands = f.store.undoStack()->count();
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("12abc")));
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(f.store.undoStack()->count(), commands);
        // The edited cell says it was corrected and what was printed.
        QVERIFY(model.index(0, 2).data(ItemRoles::IsCorrectedRole).toBool());
        QCOMPARE(model.index(0, 2).data(ItemRoles::OriginalValueRole).toString(), QStringLiteral("1100000"));
        QVERIFY(!model.index(0, 3).data(ItemRoles::IsCorrectedRole).toBool());
        f.store.undoStack()->undo();
        QCOMPARE(model.index(3, 1).data().toDouble(), 5000.0);
    }

    void restatedComparativeIsMarked()
    {
        TwoReports f(true);
        ComparisonModel model(&f.store, TableKind::ProfitOrLoss);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 2023 profit: Alpha 410 thousand, Beta's comparative 403,000.
        QVERIFY(model.index(5, 0).data(ItemRoles::RestatedRole).toBool());
        QVERIFY(model.index(5, 3).data(ItemRoles::RestatedRole).toBool());
        QVERIFY(!model.index(5, 1).data(ItemRoles::RestatedRole).toBool()); // 2022: only Alpha
        QVERIFY(!model.index(5, 2).data(ItemRoles::RestatedRole).toBool()); // 2024: only Beta
        // Revenue 2023 agrees across units (1,000 thousand = 1,000,000).
        QVERIFY(!model.index(0, 0).data(ItemRoles::RestatedRole).toBool());
        QVERIFY(!model.index(0, 3).data(ItemRoles::RestatedRole).toBool());
        // Each report keeps its own 2023 column.
        QCOMPARE(model.index(5, 0).data().toDouble(), 410000.0);
        QCOMPARE(model.index(5, 3).data().toDouble(), 403000.0);
        // Correcting Alpha to Beta's figure clears the mark on both.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(f.store.setValue({f.alpha, TableKind::ProfitOrLoss, 4, 0}, Decimal(403)));
        QVERIFY(changed.count() >= 1);
        QVERIFY(!model.index(5, 0).data(ItemRoles::RestatedRole).toBool());
        QVERIFY(!model.index(5, 3).data(ItemRoles::RestatedRole).toBool());
    }

    void otherCompaniesSamePeriodIsNoRestatement()
    {
        // Two different filers both print 2023: their figures differ because
        // they are different companies, not because one restated.
        TwoReports f;
        ComparisonModel model(&f.store, TableKind::ProfitOrLoss);
        QCOMPARE(model.index(5, 0).data().toDouble(), 410000.0);
        QCOMPARE(model.index(5, 3).data().toDouble(), 403000.0);
        QVERIFY(!model.index(5, 0).data(ItemRoles::RestatedRole).toBool());
        QVERIFY(!model.index(5, 3).data(ItemRoles::RestatedRole).toBool());
    }

    void checkFailuresAreMarkedOnTheirCells()
    {
        TwoReports f;
        ComparisonModel model(&f.store, TableKind::ProfitOrLoss);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.index(2, 0).data(ItemRoles::CheckFailedRole).toBool());
        QVERIFY(model.setData(model.index(2, 0), QStringLiteral("999000")));
        QVERIFY(model.index(2, 0).data(ItemRoles::CheckFailedRole).toBool());
        QVERIFY(model.index(0, 0).data(ItemRoles::CheckFailedRole).toBool());
        QVERIFY(!model.index(2, 2).data(ItemRoles::CheckFailedRole).toBool());
    }

    void sourceLinksBothWays()
    {
        TwoReports f;
        ComparisonModel model(&f.store, TableKind::ProfitOrLoss);
        const QModelIndex revenueBeta2023 = model.index(0, 3);
        const CellSource source = revenueBeta2023.data(ItemRoles::SourceRole).value<CellSource>();
        QCOMPARE(source.ref.page, 7);
        QCOMPARE(source.entry, f.beta);
        QCOMPARE(source.path, QStringLiteral("/nonexistent/beta.pdf"));
        const QRectF box = source.ref.box;
        QCOMPARE(model.indexForSource(f.beta, 7, box.center()), revenueBeta2023);
        // Just outside the box still finds it; another page or far away does not.
        QCOMPARE(model.indexForSource(f.beta, 7, box.topRight() + QPointF(2, 0)), revenueBeta2023);
        QVERIFY(!model.indexForSource(f.beta, 6, box.center()).isValid());
        QVERIFY(!model.indexForSource(f.beta, 7, QPointF(10, 10)).isValid());
        QCOMPARE(model.indexForSource(f.alpha, 5, QPointF(500, 145)), model.index(2, 1)); // Gross profit 2022
    }

    void followsTheStoreThroughLoadsMovesAndRemovals()
    {
        ReportStore store;
        ComparisonModel model(&store, TableKind::ProfitOrLoss);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EntryId a = store.addEntry(QStringLiteral("/a.pdf"));
        const EntryId b = store.addEntry(QStringLiteral("/b.pdf"));
        QCOMPARE(model.columnCount(), 0);
        store.setLoading(a, 1, 30);
        store.setReport(a, StoreFixtures::alpha());
        QCOMPARE(model.columnCount(), 2);
        store.setReport(b, StoreFixtures::beta());
        QCOMPARE(model.columnCount(), 4);
        store.moveEntry(b, 0);
        QCOMPARE(model.index(0, 0).data(ItemRoles::EntryIdRole).toInt(), b);
        QCOMPARE(rowLabels(model).at(3), QStringLiteral("Government grants"));
        // A mapping fix re-aligns: both unmapped rows mapped to one key share a row.
        QVERIFY(store.setCanonical(a, TableKind::ProfitOrLoss, 3, QStringLiteral("government_grants")));
        QVERIFY(store.setCanonical(b, TableKind::ProfitOrLoss, 3, QStringLiteral("government_grants")));
        QCOMPARE(model.rowCount(), 5);
        store.removeEntry(b);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.rowCount(), 5);
        store.undoStack()->undo(); // Beta's mapping fix: Beta is gone, nothing happens
        QVERIFY(!model.headerData(3, Qt::Vertical, ItemRoles::CanonicalRole).toString().isEmpty());
        store.undoStack()->undo(); // Alpha's mapping fix: its row is unmapped again
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.headerData(3, Qt::Vertical, ItemRoles::CanonicalRole).toString().isEmpty());
        store.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
