// What a comparison column's heading says: a short company name (legal-form
// suffixes dropped, never cut mid-word), the period from its end and length,
// the currency and unit shown, one suffix however often it was printed, and
// the report in full in the tooltip.
#include "items/ColumnHeaderText.h"
#include "items/ComparisonModel.h"
#include "store/ReportStore.h"

#include <QtTest>

using namespace ledgerlens;

namespace {
ReportEntry entry(const QString &company, const QString &kind = QStringLiteral("interim results announcement"))
{
    ReportEntry e;
    e.path = QStringLiteral("/reports/cloud-2024-interim.pdf");
    e.effective.company = company;
    e.effective.kind = kind;
    e.effective.currency = QStringLiteral("RMB");
    return e;
}

Table table(const QString &currency, const QVector<Column> &columns)
{
    Table t;
    t.currency = currency;
    t.unit = 1000;
    t.pages = {12, 13};
    t.columns = columns;
    return t;
}
// A report whose profit or loss is one revenue row in one column.
Report oneRowReport(const QString &path, const QString &company, const QString &currency, const Column &c)
{
    Report r;
    r.path = path;
    r.company = company;
    r.currency = currency;
    Table t = table(currency, {c});
    t.kind = TableKind::ProfitOrLoss;
    LineItem revenue;
    revenue.label = QStringLiteral("Revenue");
    revenue.canonical = QStringLiteral("revenue");
    revenue.cells = {Cell{Decimal(1000), SourceRef{12, QRectF(300, 100, 60, 10)}}};
    t.items = {revenue};
    r.tables.insert(TableKind::ProfitOrLoss, t);
    return r;
}

} // namespace

class TestColumnHeaderText : public QObject
{
    Q_OBJECT
private slots:
    void shortCompany_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("expected");
        QTest::newRow("holdings limited") << "Cloud Factory Technology Holdings Limited" << "Cloud Factory Technology";
        QTest::newRow("group limited") << "AIA Group Limited" << "AIA";
        QTest::newRow("co ltd") << "Sunrise Foods Co., Ltd." << "Sunrise Foods";
        QTest::newRow("bracketed") << "Ping An Bank (Holdings) Limited" << "Ping An Bank";
        QTest::newRow("traditional") << "雲工廠科技控股有限公司" << "雲工廠科技";
        QTest::newRow("simplified") << "云工厂科技集团股份有限公司" << "云工厂科技";
        QTest::newRow("nothing to drop") << "Beta Robotics" << "Beta Robotics";
        QTest::newRow("only a suffix stays") << "Limited" << "Limited";
    }
    void shortCompany()
    {
        QFETCH(QString, full);
        QFETCH(QString, expected);
        QCOMPARE(ColumnHeaderText::shortCompany(full), expected);
    }

    void periodFromEndAndMonths()
    {
        QCOMPARE(ColumnHeaderText::period(Column{QStringLiteral("2024"), QDate(2024, 6, 30), 6, {}, {}}),
                 QStringLiteral("6 months to 30 Jun 2024"));
        QCOMPARE(ColumnHeaderText::period(Column{QStringLiteral("2023"), QDate(2023, 12, 31), 12, {}, {}}),
                 QStringLiteral("Year to 31 Dec 2023"));
        QCOMPARE(ColumnHeaderText::period(Column{QStringLiteral("2023"), QDate(2023, 12, 31), 0, {}, {}}),
                 QStringLiteral("At 31 Dec 2023"));
        // Undated: the label as printed, its doubled suffix once.
        QCOMPARE(ColumnHeaderText::period(Column{QStringLiteral("2023 (Restated) (Restated)"), QDate(), 0, {}, {}}),
                 QStringLiteral("2023 (Restated)"));
    }

    void unitNamesCurrencyAndScale()
    {
        QCOMPARE(ColumnHeaderText::unit(QStringLiteral("RMB"), 1000), QStringLiteral("RMB'000"));
        QCOMPARE(ColumnHeaderText::unit(QStringLiteral("HKD"), 1000000), QStringLiteral("HK$ m"));
        QCOMPARE(ColumnHeaderText::unit(QStringLiteral("USD"), 1000), QStringLiteral("US$'000"));
        QCOMPARE(ColumnHeaderText::unit(QString(), 1000), QStringLiteral("'000"));
    }

    void suffixNeverDoubled_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("segment repeats label") << "2023 (Restated)" << "(Restated)" << "2023 (Restated)";
        QTest::newRow("segment bare") << "2023 (Restated)" << "Restated" << "2023 (Restated)";
        QTest::newRow("double parentheses") << "2023" << "((Restated))" << "2023 (Restated)";
        QTest::newRow("label printed twice") << "2023 (Restated) ((Restated))" << "" << "2023 (Restated)";
        QTest::newRow("a real segment") << "2024" << "Hardware" << "2024 (Hardware)";
    }
    void suffixNeverDoubled()
    {
        QFETCH(QString, label);
        QFETCH(QString, segment);
        QFETCH(QString, expected);
        QCOMPARE(ColumnHeaderText::withSuffix(label, segment), expected);
    }

    void linesAndToolTip()
    {
        const ReportEntry e = entry(QStringLiteral("Cloud Factory Technology Holdings Limited"));
        const Table t = table(QStringLiteral("HKD"),
                              {Column{QStringLiteral("Six months ended 30 June 2024"), QDate(2024, 6, 30), 6, {}, {}},
                               Column{QStringLiteral("2023 (Restated)"), QDate(2023, 12, 31), 12, {},
                                      QStringLiteral("(Restated)")}});
        const ColumnHeaderText first(e, t, 0, 1000000);
        QCOMPARE(first.lines(), (QStringList{QStringLiteral("Cloud Factory Technology"),
                                             QStringLiteral("6 months to 30 Jun 2024"), QStringLiteral("HK$ m")}));
        const QString tip = first.toolTip();
        QVERIFY2(tip.contains(QLatin1String("Cloud Factory Technology Holdings Limited")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("Interim results announcement")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("cloud-2024-interim.pdf, page 12")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("Six months ended 30 June 2024")), qPrintable(tip));

        const ColumnHeaderText restated(e, t, 1, 1000);
        QCOMPARE(restated.lines(), (QStringList{QStringLiteral("Cloud Factory Technology"),
                                                QStringLiteral("Year to 31 Dec 2023 (restated)"),
                                                QStringLiteral("HK$'000")}));
        QCOMPARE(restated.display(), QStringLiteral("Cloud Factory Technology Holdings Limited\n2023 (Restated)"));
        QVERIFY(!restated.toolTip().contains(QLatin1String("((")));
    }

    // A narrow column drops words from the period, never the year, and never
    // cuts one mid-word; the tooltip keeps the period in full.
    void narrowHeadingShortensThePeriodByWords()
    {
        const ReportEntry e = entry(QStringLiteral("Cloud Factory Technology Holdings Limited"));
        const Table t = table(QStringLiteral("HKD"),
                              {Column{QStringLiteral("Six months ended 30 June 2024"), QDate(2024, 6, 30), 6, {}, {}},
                               Column{QStringLiteral("2023 (Restated)"), QDate(2023, 12, 31), 12, {},
                                      QStringLiteral("(Restated)")},
                               Column{QStringLiteral("31 December 2023"), QDate(2023, 12, 31), 0, {}, {}},
                               Column{QStringLiteral("Pro forma"), QDate(), 0, {}, {}}});
        const ColumnHeaderText half(e, t, 0, 1000);
        const QStringList forms = half.periodForms();
        QCOMPARE(forms.first(), half.period());
        QCOMPARE(forms, (QStringList{QStringLiteral("6 months to 30 Jun 2024"), QStringLiteral("6M to 30 Jun 2024"),
                                     QStringLiteral("6M Jun 2024"), QStringLiteral("30 Jun 2024"),
                                     QStringLiteral("Jun 2024"), QStringLiteral("2024")}));
        // A monospaced measure: 7 pixels a character.
        const auto width = [](const QString &s) { return 7.0 * s.size(); };
        QCOMPARE(ColumnHeaderText::fit(forms, 400, width), QStringLiteral("6 months to 30 Jun 2024"));
        QCOMPARE(ColumnHeaderText::fit(forms, 7 * 17, width), QStringLiteral("6M to 30 Jun 2024"));
        QCOMPARE(ColumnHeaderText::fit(forms, 7 * 12, width), QStringLiteral("6M Jun 2024"));
        QCOMPARE(ColumnHeaderText::fit(forms, 7 * 9, width), QStringLiteral("Jun 2024"));
        QCOMPARE(ColumnHeaderText::fit(forms, 7 * 4, width), QStringLiteral("2024"));
        QCOMPARE(ColumnHeaderText::fit(forms, 7 * 2, width), QStringLiteral("2024"));   // the view elides the last
        for (int room = 10; room < 200; room += 5) {
            const QString fitted = ColumnHeaderText::fit(forms, room, width);
            QVERIFY2(fitted.endsWith(QLatin1String("2024")), qPrintable(fitted));
            QVERIFY2(width(fitted) <= room || fitted == forms.last(), qPrintable(fitted));
        }
        QVERIFY(half.toolTip().contains(QLatin1String("6 months to 30 Jun 2024")));

        const ColumnHeaderText year(e, t, 1, 1000);
        const QStringList yearForms = year.periodForms();
        QCOMPARE(yearForms.first(), QStringLiteral("Year to 31 Dec 2023 (restated)"));
        QVERIFY(yearForms.contains(QStringLiteral("FY Dec 2023 (restated)")));
        for (const QString &f : yearForms)
            QVERIFY2(f.endsWith(QLatin1String("2023 (restated)")), qPrintable(f));
        QVERIFY(year.toolTip().contains(QLatin1String("Year to 31 Dec 2023 (restated)")));

        const ColumnHeaderText at(e, t, 2, 1000);
        QCOMPARE(at.periodForms(), (QStringList{QStringLiteral("At 31 Dec 2023"), QStringLiteral("31 Dec 2023"),
                                                QStringLiteral("Dec 2023"), QStringLiteral("2023")}));
        const ColumnHeaderText undated(e, t, 3, 1000);
        QCOMPARE(undated.periodForms(), QStringList{QStringLiteral("Pro forma")});
    }

    // The model's heading is this text, and follows the display unit.
    void modelHeaderFollowsTheUnit()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/reports/cloud.pdf"));
        store.setReport(id, oneRowReport(QStringLiteral("/reports/cloud.pdf"), QStringLiteral("Cloud Factory Technology Holdings Limited"),
                                         QStringLiteral("RMB"), Column{QStringLiteral("2024"), QDate(2024, 6, 30), 6, {}, {}}));
        ComparisonModel model(&store, TableKind::ProfitOrLoss);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.setDisplayUnit(1000);
        QCOMPARE(model.headerData(0, Qt::Horizontal, ItemRoles::HeaderLinesRole).toStringList().last(),
                 QStringLiteral("RMB'000"));
        model.setDisplayUnit(1000000);
        QVERIFY(!headers.isEmpty());
        QCOMPARE(model.headerData(0, Qt::Horizontal, ItemRoles::HeaderLinesRole).toStringList(),
                 (QStringList{QStringLiteral("Cloud Factory Technology"), QStringLiteral("6 months to 30 Jun 2024"),
                              QStringLiteral("RMB m")}));
        QVERIFY(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("cloud.pdf")));
        QCOMPARE(model.headerData(0, Qt::Horizontal, ItemRoles::HeaderPeriodFormsRole).toStringList().last(),
                 QStringLiteral("2024"));
    }

    // Headings are composed once per column and kept: a report loaded again
    // under another name, currency and period, or moved to another file, is
    // what its heading says next, and the views are told.
    void modelHeaderFollowsTheReport()
    {
        ReportStore store;
        const EntryId id = store.addEntry(QStringLiteral("/reports/cloud.pdf"));
        store.setReport(id, oneRowReport(QStringLiteral("/reports/cloud.pdf"), QStringLiteral("Cloud Factory Technology Holdings Limited"),
                                   QStringLiteral("RMB"), Column{QStringLiteral("2024"), QDate(2024, 6, 30), 6, {}, {}}));
        ComparisonModel model(&store, TableKind::ProfitOrLoss);
        model.setDisplayUnit(1000);
        const auto lines = [&] { return model.headerData(0, Qt::Horizontal, ItemRoles::HeaderLinesRole).toStringList(); };
        QCOMPARE(lines(), (QStringList{QStringLiteral("Cloud Factory Technology"), QStringLiteral("6 months to 30 Jun 2024"),
                                       QStringLiteral("RMB'000")}));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Cloud Factory Technology Holdings Limited\n2024"));

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
        store.setReport(id, oneRowReport(QStringLiteral("/reports/cloud.pdf"), QStringLiteral("Sunrise Foods Co., Ltd."),
                                   QStringLiteral("HKD"), Column{QStringLiteral("2025"), QDate(2025, 12, 31), 12, {}, {}}));
        QVERIFY(!headers.isEmpty() || !inserted.isEmpty());
        QCOMPARE(lines(), (QStringList{QStringLiteral("Sunrise Foods"), QStringLiteral("Year to 31 Dec 2025"),
                                       QStringLiteral("HK$'000")}));
        QCOMPARE(model.headerData(0, Qt::Horizontal, ItemRoles::HeaderCompanyRole).toString(),
                 QStringLiteral("Sunrise Foods Co., Ltd."));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Sunrise Foods Co., Ltd.\n2025"));

        // Moved to another file and read again: the tooltip names the new file.
        QVERIFY(store.relocate(id, QStringLiteral("/elsewhere/sunrise-2025.pdf")));
        QCOMPARE(model.columnCount(), 0);
        store.setReport(id, oneRowReport(QStringLiteral("/elsewhere/sunrise-2025.pdf"), QStringLiteral("Sunrise Foods Co., Ltd."),
                                   QStringLiteral("HKD"), Column{QStringLiteral("2025"), QDate(2025, 12, 31), 12, {}, {}}));
        QCOMPARE(model.columnCount(), 1);
        const QString tip = model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("sunrise-2025.pdf")) && !tip.contains(QLatin1String("cloud.pdf")), qPrintable(tip));
    }
};

QTEST_MAIN(TestColumnHeaderText)
#include "tst_columnheadertext.moc"
