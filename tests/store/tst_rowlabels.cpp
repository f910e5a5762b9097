// Row labels in the comparison: a bilingual row shows the label in the UI's
// language with the other in its tooltip; an unlabelled subtotal named from
// its arithmetic shows that name (in Chinese in a Chinese UI).
#include "StoreFixtures.h"
#include "items/ComparisonModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace ledgerlens;
using StoreFixtures::item;

namespace {

LineItem bilingual(const QString &en, const QString &zh, const QString &key, qint64 a, int row)
{
    LineItem i = item(en, key, a, a, 5, row);
    i.labelZh = zh;
    return i;
}

Report withTable(const QString &company, const QString &code, TableKind kind, const QVector<LineItem> &items)
{
    Report r;
    r.company = company;
    r.stockCode = code;
    Table t;
    t.kind = kind;
    t.columns = {StoreFixtures::halfYear(2024), StoreFixtures::halfYear(2023)};
    t.items = items;
    r.tables.insert(kind, t);
    return r;
}

QString label(const ComparisonModel &m, int row, int role = Qt::DisplayRole)
{
    return m.headerData(row, Qt::Vertical, role).toString();
}

} // namespace

class TestRowLabels : public QObject
{
    Q_OBJECT
private slots:
    void bilingualRowShowsTheUiLanguageFirst()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/nonexistent/bilingual.pdf"));
        store.setReport(id, withTable(QStringLiteral("Bilingual Ltd"), QStringLiteral("1161"), TableKind::ProfitOrLoss,
                                      {bilingual(QStringLiteral("Revenue"), QStringLiteral("收益"), QStringLiteral("revenue"), 10, 0),
                                       bilingual(QStringLiteral("Other gains"), QStringLiteral("其他收益"), QString(), 1, 1)}));
        ComparisonModel m(&store, TableKind::ProfitOrLoss);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(label(m, 0), QStringLiteral("Revenue"));
        QCOMPARE(label(m, 0, Qt::ToolTipRole), QStringLiteral("收益"));
        QCOMPARE(label(m, 1), QStringLiteral("Other gains"));

        QSignalSpy changed(&m, &QAbstractItemModel::headerDataChanged);
        m.setUiLanguage(QStringLiteral("zh_HK"));
        // Once for the row labels (the column headings' words change with the language too).
        int vertical = 0;
        for (const QList<QVariant> &args : changed)
            vertical += args.value(0).value<Qt::Orientation>() == Qt::Vertical;
        QCOMPARE(vertical, 1);
        QCOMPARE(label(m, 0), QStringLiteral("收益"));
        QCOMPARE(label(m, 0, Qt::ToolTipRole), QStringLiteral("Revenue"));
        QCOMPARE(label(m, 1), QStringLiteral("其他收益"));
        QCOMPARE(label(m, 1, Qt::ToolTipRole), QStringLiteral("Other gains"));
        // The printed label is still there for whoever needs it as printed.
        QCOMPARE(label(m, 0, ItemRoles::LabelRole), QStringLiteral("Revenue"));

        m.setUiLanguage(QStringLiteral("en"));
        QCOMPARE(label(m, 0), QStringLiteral("Revenue"));
    }

    // One key across reports: each language shows the first report that prints a label in it.
    void alignedRowTakesTheFirstLabelInEachLanguage()
    {
        ReportStore store;
        const EntryId english = store.addEntry(QStringLiteral("/nonexistent/english.pdf"));
        const EntryId chinese = store.addEntry(QStringLiteral("/nonexistent/chinese.pdf"));
        const EntryId both = store.addEntry(QStringLiteral("/nonexistent/both.pdf"));
        store.setReport(english, withTable(QStringLiteral("English Ltd"), QStringLiteral("1"), TableKind::ProfitOrLoss,
                                           {item(QStringLiteral("Turnover"), QStringLiteral("revenue"), 5, 4, 5, 0)}));
        store.setReport(chinese, withTable(QStringLiteral("中文有限公司"), QStringLiteral("2"), TableKind::ProfitOrLoss,
                                           {item(QStringLiteral("營業額"), QStringLiteral("revenue"), 7, 6, 5, 0)}));
        store.setReport(both, withTable(QStringLiteral("Both Ltd"), QStringLiteral("3"), TableKind::ProfitOrLoss,
                                        {bilingual(QStringLiteral("Revenue"), QStringLiteral("收益"), QStringLiteral("revenue"), 9, 0)}));
        ComparisonModel m(&store, TableKind::ProfitOrLoss);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(label(m, 0), QStringLiteral("Turnover"));
        QCOMPARE(label(m, 0, Qt::ToolTipRole), QStringLiteral("營業額"));
        m.setUiLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(label(m, 0), QStringLiteral("營業額"));
        QCOMPARE(label(m, 0, Qt::ToolTipRole), QStringLiteral("Turnover"));
    }

    void derivedSubtotalShowsItsNameAndWhy()
    {
        LineItem total = item(QString(), QStringLiteral("total_current_assets"), 30, 25, 5, 2, RowKind::Subtotal);
        total.derivedLabel = QStringLiteral("Total current assets");
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/nonexistent/fp.pdf"));
        store.setReport(id, withTable(QStringLiteral("Derived Ltd"), QStringLiteral("4"), TableKind::FinancialPosition,
                                      {item(QStringLiteral("Inventories"), QStringLiteral("inventories"), 10, 5, 5, 0),
                                       item(QStringLiteral("Cash and cash equivalents"), QStringLiteral("cash_and_cash_equivalents"), 20, 20, 5, 1),
                                       total}));
        ComparisonModel m(&store, TableKind::FinancialPosition);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(label(m, 2), QStringLiteral("Total current assets"));
        QVERIFY(m.headerData(2, Qt::Vertical, ItemRoles::DerivedLabelRole).toBool());
        QVERIFY(!m.headerData(0, Qt::Vertical, ItemRoles::DerivedLabelRole).toBool());
        const QString why = label(m, 2, Qt::ToolTipRole);
        QVERIFY2(why.contains(QStringLiteral("sums rows 1 to 2")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("Inventories")), qPrintable(why));
        QVERIFY(label(m, 2, ItemRoles::LabelRole).isEmpty());

        m.setUiLanguage(QStringLiteral("zh_HK"));
        QCOMPARE(label(m, 2), QStringLiteral("流動資產總值"));
        m.setUiLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(label(m, 2), QStringLiteral("流动资产合计"));
    }
};

QTEST_GUILESS_MAIN(TestRowLabels)
#include "tst_rowlabels.moc"
