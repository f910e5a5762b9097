// Standardised rows: a line only one report prints folds into its block's
// "Other ..." row with the exact sum of its printed figures; breakdowns,
// subtotals and headings are never added in; switching back to the rows as
// printed restores them, announced as row moves, removals and insertions.
#include "StoreFixtures.h"
#include "items/ComparisonModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ledgerlens;

namespace {
LineItem line(const QString &label, const QString &key, const char16_t *value, int row,
              RowKind kind = RowKind::Item)
{
    LineItem i;
    i.label = label;
    i.canonical = key;
    i.kind = kind;
    if (kind != RowKind::Heading) {
        Cell c;
        c.value = Decimal::fromString(QString::fromUtf16(value));
        c.source.page = 3;
        c.source.box = QRectF(400, 100 + 20 * row, 60, 10);
        i.cells = {c};
    }
    return i;
}

LineItem heading(const QString &label) { return line(label, QString(), u"", 0, RowKind::Heading); }

Report balanceSheet(const QString &company, const QString &code, const QVector<LineItem> &items)
{
    Report r;
    r.path = QStringLiteral("/nonexistent/%1.pdf").arg(code);
    r.company = company;
    r.stockCode = code;
    r.currency = QStringLiteral("HKD");
    Table t;
    t.kind = TableKind::FinancialPosition;
    t.pages = {3};
    t.unit = 1;
    t.currency = r.currency;
    Column c;
    c.label = QStringLiteral("31 December 2023");
    c.periodEnd = QDate(2023, 12, 31);
    t.columns = {c};
    t.items = items;
    r.tables.insert(t.kind, t);
    return r;
}

// Alpha prints a mining right only it has, and under its trade and other
// receivables two "of which" lines (a breakdown: a check totals them on the
// item line) and a loan to a director only it has.
Report alpha()
{
    Report r = balanceSheet(QStringLiteral("Alpha"), QStringLiteral("0001"), {
        heading(QStringLiteral("Non-current assets")),
        line(QStringLiteral("Property, plant and equipment"), QStringLiteral("property_plant_and_equipment"), u"100", 1),
        line(QStringLiteral("Mining rights"), QString(), u"30.5", 2),
        line(QStringLiteral("Total non-current assets"), QStringLiteral("total_non_current_assets"), u"130.5", 3, RowKind::Subtotal),
        heading(QStringLiteral("Current assets")),
        line(QStringLiteral("Inventories"), QStringLiteral("inventories"), u"50", 5),
        line(QStringLiteral("Trade and other receivables"), QStringLiteral("trade_and_other_receivables"), u"40", 6),
        line(QStringLiteral("of which: due from customers"), QString(), u"25", 7),
        line(QStringLiteral("of which: deposits"), QString(), u"15", 8),
        line(QStringLiteral("Loan to a director"), QString(), u"7", 9),
        line(QStringLiteral("Cash and cash equivalents"), QStringLiteral("cash_and_cash_equivalents"), u"20", 10),
        line(QStringLiteral("Total current assets"), QStringLiteral("total_current_assets"), u"117", 11, RowKind::Subtotal),
    });
    Check breakdown;
    breakdown.table = TableKind::FinancialPosition;
    breakdown.rule = QStringLiteral("of which lines = trade and other receivables");
    breakdown.ok = true;
    breakdown.expected = breakdown.computed = Decimal(40);
    breakdown.rows = {7, 8, 6};
    r.checks = {breakdown};
    return r;
}

// Beta prints two lines only it has, in decimals a double would not add exactly.
Report beta()
{
    return balanceSheet(QStringLiteral("Beta"), QStringLiteral("0002"), {
        heading(QStringLiteral("Non-current assets")),
        line(QStringLiteral("Property, plant and equipment"), QStringLiteral("property_plant_and_equipment"), u"200", 1),
        line(QStringLiteral("Deposits for land"), QString(), u"0.1", 2),
        line(QStringLiteral("Club memberships"), QString(), u"0.2", 3),
        line(QStringLiteral("Total non-current assets"), QStringLiteral("total_non_current_assets"), u"200.3", 4, RowKind::Subtotal),
        heading(QStringLiteral("Current assets")),
        line(QStringLiteral("Inventories"), QStringLiteral("inventories"), u"60", 6),
        line(QStringLiteral("Trade and other receivables"), QStringLiteral("trade_and_other_receivables"), u"30", 7),
        line(QStringLiteral("Cash and cash equivalents"), QStringLiteral("cash_and_cash_equivalents"), u"10", 8),
        line(QStringLiteral("Total current assets"), QStringLiteral("total_current_assets"), u"100", 9, RowKind::Subtotal),
    });
}

struct Fixture
{
    ReportStore store;
    EntryId a = 0, b = 0;
    ComparisonModel model{&store, TableKind::FinancialPosition};
    Fixture()
    {
        a = store.addEntry(QStringLiteral("/nonexistent/0001.pdf"));
        b = store.addEntry(QStringLiteral("/nonexistent/0002.pdf"));
        store.setReport(a, alpha());
        store.setReport(b, beta());
    }
    int rowOf(const QString &label) const
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.headerData(r, Qt::Vertical).toString() == label)
                return r;
        return -1;
    }
    QString exact(int row, EntryId id) const
    {
        return model.index(row, model.firstColumnOf(id)).data(ItemRoles::ExactValueRole).toString();
    }
    QStringList labels() const
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.headerData(r, Qt::Vertical).toString();
        return out;
    }
};

Decimal dec(const char16_t *s) { return *Decimal::fromString(QString::fromUtf16(s)); }
} // namespace

class TestStandardRows : public QObject
{
    Q_OBJECT
private slots:
    void foldsSumExactly()
    {
        Fixture f;
        f.model.setStandardised(true);
        const int other = f.rowOf(QStringLiteral("Other non-current assets"));
        QVERIFY2(other >= 0, qPrintable(f.labels().join(u'|')));
        QCOMPARE(f.exact(other, f.b), (dec(u"0.1") + dec(u"0.2")).toString());
        QCOMPARE(f.exact(other, f.a), dec(u"30.5").toString());
        // The lines folded are not rows of their own any more.
        QCOMPARE(f.rowOf(QStringLiteral("Deposits for land")), -1);
        QCOMPARE(f.rowOf(QStringLiteral("Mining rights")), -1);
        // The tooltip lists what the figure holds; the source is its first line.
        const QModelIndex cell = f.model.index(other, f.model.firstColumnOf(f.b));
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Deposits for land")) && tip.contains(QStringLiteral("Club memberships")),
                 qPrintable(tip));
        const CellSource source = cell.data(ItemRoles::SourceRole).value<CellSource>();
        QCOMPARE(source.ref, f.store.table(f.b, TableKind::FinancialPosition)->items[2].cells[0].source);
        // Page-to-cell: either folded line's printed box selects the fold cell.
        QCOMPARE(f.model.indexForCell({f.b, TableKind::FinancialPosition, 3, 0}), cell);
        // A sum of two lines is not one printed figure to correct.
        QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
        QVERIFY(!f.model.setData(cell, QStringLiteral("1")));
    }

    // The "of which" lines are in Trade and other receivables already: Other
    // current assets holds only the loan, and each section still adds up to
    // its printed total on the folded view.
    void breakdownIsNotCountedTwice()
    {
        Fixture f;
        f.model.setStandardised(true);
        const int other = f.rowOf(QStringLiteral("Other current assets"));
        QVERIFY2(other >= 0, qPrintable(f.labels().join(u'|')));
        QCOMPARE(f.exact(other, f.a), dec(u"7").toString());
        QCOMPARE(f.model.index(other, f.model.firstColumnOf(f.b)).data(ItemRoles::TableRowRole).toInt(), -1);
        for (EntryId id : {f.a, f.b}) {
            Decimal sum;
            const int col = f.model.firstColumnOf(id);
            for (int r = 0; r < f.model.rowCount(); ++r) {
                const QModelIndex i = f.model.index(r, col);
                const int kind = f.model.headerData(r, Qt::Vertical, ItemRoles::RowKindRole).toInt();
                const auto v = Decimal::fromString(i.data(ItemRoles::ExactValueRole).toString());
                if (kind == int(RowKind::Heading)) {
                    sum = Decimal();
                } else if (kind == int(RowKind::Subtotal)) {
                    QCOMPARE(sum.toString(), v ? v->toString() : QString());
                    sum = Decimal();
                } else if (v) {
                    sum = sum + *v;
                }
            }
        }
    }

    void asPrintedRestoresRows()
    {
        Fixture f;
        const QStringList printed = f.labels();
        f.model.setStandardised(true);
        QVERIFY(f.labels() != printed);
        QVERIFY(f.model.rowCount() < printed.size());
        f.model.setStandardised(false);
        QCOMPARE(f.labels(), printed);
        QCOMPARE(f.rowOf(QStringLiteral("Other non-current assets")), -1);
    }

    // One report has nothing to line up with: it reads as printed, and folds
    // once a second report arrives.
    void oneReportReadsAsPrinted()
    {
        ReportStore store;
        ComparisonModel model(&store, TableKind::FinancialPosition);
        model.setStandardised(true);
        const EntryId a = store.addEntry(QStringLiteral("/nonexistent/0001.pdf"));
        store.setReport(a, alpha());
        QStringList labels;
        for (int r = 0; r < model.rowCount(); ++r)
            labels << model.headerData(r, Qt::Vertical).toString();
        QVERIFY2(!labels.contains(QStringLiteral("Other non-current assets")), qPrintable(labels.join(u'|')));
        QCOMPARE(model.rowCount(), store.table(a, TableKind::FinancialPosition)->items.size());
        const EntryId b = store.addEntry(QStringLiteral("/nonexistent/0002.pdf"));
        store.setReport(b, beta());
        bool folded = false;
        for (int r = 0; r < model.rowCount(); ++r)
            folded = folded || model.headerData(r, Qt::Vertical).toString() == QStringLiteral("Other non-current assets");
        QVERIFY(folded);
    }

    // The same columns, other rows: no reset; rows that stay keep their
    // persistent indexes (a selection on them survives the switch).
    void announcesTheSwitch()
    {
        Fixture f;
        QAbstractItemModelTester tester(&f.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy columns(&f.model, &QAbstractItemModel::columnsRemoved);
        QSignalSpy switched(&f.model, &ComparisonModel::standardisedChanged);
        const int cols = f.model.columnCount();
        const QPersistentModelIndex cash(f.model.index(f.rowOf(QStringLiteral("Cash and cash equivalents")), 0));
        f.model.setStandardised(true);
        QCOMPARE(resets.count(), 0);
        QVERIFY(removed.count() > 0);
        QCOMPARE(columns.count(), 0);
        QCOMPARE(f.model.columnCount(), cols);
        QCOMPARE(switched.count(), 1);
        QVERIFY(cash.isValid());
        QCOMPARE(f.model.headerData(cash.row(), Qt::Vertical).toString(), QStringLiteral("Cash and cash equivalents"));
        f.model.setStandardised(false);
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserted.count() > 0);
        QCOMPARE(f.model.headerData(cash.row(), Qt::Vertical).toString(), QStringLiteral("Cash and cash equivalents"));
        f.model.setStandardised(false);
        QCOMPARE(switched.count(), 2);   // no signal when nothing changes
    }

    // A correction of a folded line updates the fold cell at once.
    void correctionOfAFoldedLineUpdatesTheSum()
    {
        Fixture f;
        f.model.setStandardised(true);
        const int other = f.rowOf(QStringLiteral("Other non-current assets"));
        const QModelIndex cell = f.model.index(other, f.model.firstColumnOf(f.b));
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QVERIFY(f.store.setValue({f.b, TableKind::FinancialPosition, 3, 0}, dec(u"0.25")));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(cell.data(ItemRoles::ExactValueRole).toString(), (dec(u"0.1") + dec(u"0.25")).toString());
        QVERIFY(cell.data(ItemRoles::IsCorrectedRole).toBool());
    }
};

QTEST_MAIN(TestStandardRows)
#include "tst_standardrows.moc"
