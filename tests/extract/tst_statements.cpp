// Statements typeset like filings (tests/support fixtures), read back by the
// engine: every figure must come back with its value, column and printed box.
#include "Fixtures.h"
#include "domain/ReportJson.h"
#include "extract/Extractor.h"
#include "extract/Periods.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;
using namespace ledgerlens::typeset;

namespace {

std::optional<Decimal> d(const char *s) { return Decimal::fromString(QString::fromLatin1(s)); }

const LineItem *findItem(const Table &t, const QString &label, int from = 0)
{
    for (int i = from; i < t.items.size(); ++i)
        if (t.items[i].label.compare(label, Qt::CaseInsensitive) == 0 && t.items[i].kind != RowKind::Heading)
            return &t.items[i];
    return nullptr;
}

// Every figure row of the fixture is found with the same values, in the
// printed boxes the typesetter reports.
void verifyRows(const Table &got, const FilingTable &spec, const PlacedTable *placed)
{
    int matched = 0, expected = 0;
    for (int r = 0; r < spec.rows.size(); ++r) {
        const FilingRow &row = spec.rows[r];
        if (row.style == RowStyle::Heading || row.values.isEmpty())
            continue;
        ++expected;
        const LineItem *it = nullptr;
        for (const LineItem &cand : got.items) {
            if (cand.label.compare(row.label.simplified(), Qt::CaseInsensitive) != 0 || cand.cells.size() < row.values.size())
                continue;
            bool same = true;
            for (int c = 0; c < row.values.size(); ++c)
                same = same && cand.cells[c].value == row.values[c];
            if (same) {
                it = &cand;
                break;
            }
        }
        QVERIFY2(it, qPrintable(QStringLiteral("row not found with its figures: '%1'").arg(row.label)));
        if (!row.note.isEmpty())
            QCOMPARE(it->note, row.note);
        if (placed && r < placed->cells.size()) {
            for (int c = 0; c < row.values.size(); ++c) {
                const SourceRef &want = placed->cells[r][c];
                if (!want.isValid())
                    continue;
                QCOMPARE(it->cells[c].source.page, want.page);
                QVERIFY2(qAbs(it->cells[c].source.box.center().x() - want.box.center().x()) < 4
                             && qAbs(it->cells[c].source.box.center().y() - want.box.center().y()) < 4,
                         qPrintable(QStringLiteral("box of '%1' column %2").arg(row.label).arg(c)));
            }
        }
        ++matched;
    }
    QCOMPARE(matched, expected);
}

} // namespace

class TestStatements : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void profitOrLoss()
    {
        const FilingTable spec = Fixtures::profitOrLossTable();
        const auto placed = Fixtures::writeTable(m_dir.filePath("pl.pdf"), spec);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("pl.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *t = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY(t);
        QCOMPARE(t->unit, qint64(1000));
        QCOMPARE(t->currency, QStringLiteral("RMB"));
        QCOMPARE(t->columns.size(), 2);
        QCOMPARE(t->columns[0].periodEnd, QDate(2024, 6, 30));
        QCOMPARE(t->columns[1].periodEnd, QDate(2023, 6, 30));
        QCOMPARE(t->columns[0].months, 6);
        verifyRows(*t, spec, placed.tables.isEmpty() ? nullptr : &placed.tables.front());
        QCOMPARE(r.report.periodEnd, QDate(2024, 6, 30));
    }
    // A bilingual title printed on one line, English then Chinese.
    void bilingualTitleOnOneLine()
    {
        FilingTable spec = Fixtures::profitOrLossTable();
        spec.titleLines = {QStringLiteral("CONDENSED CONSOLIDATED INCOME STATEMENT 簡明綜合損益表"),
                           QStringLiteral("For the six months ended 30 June 2024")};
        spec.title.clear();
        Fixtures::writeTable(m_dir.filePath("bititle.pdf"), spec);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("bititle.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *t = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY2(t, "the profit or loss statement under a one-line bilingual title");
        verifyRows(*t, spec, nullptr);
    }
    // The Notes column headed in both languages, glued or spaced.
    void bilingualNotesHeader_data()
    {
        QTest::addColumn<QString>("header");
        QTest::newRow("chinese first") << QStringLiteral("附註 Notes");
        QTest::newRow("english first") << QStringLiteral("Note 附註");
    }
    void bilingualNotesHeader()
    {
        QFETCH(QString, header);
        FilingTable spec = Fixtures::profitOrLossTable();
        spec.notesHeader = header;
        const QString pdf = m_dir.filePath(QStringLiteral("notes-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        Fixtures::writeTable(pdf, spec);
        const ExtractionResult r = Extractor::extract(pdf);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *t = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY2(t, qPrintable(r.report.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(t->columns.size(), 2);
        verifyRows(*t, spec, nullptr);
    }
    // Figures headed "$'000" under a title line naming the currency once,
    // or the unit spelt out ("Expressed in thousands of Renminbi").
    void unitNamedUnderTheTitle_data()
    {
        QTest::addColumn<QString>("under");
        QTest::addColumn<QString>("columnUnit");
        QTest::addColumn<QString>("currency");
        QTest::newRow("bare dollars") << QStringLiteral("(Expressed in Hong Kong dollars)") << QStringLiteral("$'000") << QStringLiteral("HKD");
        QTest::newRow("spelt out") << QStringLiteral("(Expressed in thousands of Renminbi)") << QString() << QStringLiteral("RMB");
    }
    void unitNamedUnderTheTitle()
    {
        QFETCH(QString, under);
        QFETCH(QString, columnUnit);
        QFETCH(QString, currency);
        FilingTable spec = Fixtures::profitOrLossTable();
        spec.titleLines = {QStringLiteral("CONSOLIDATED STATEMENT OF PROFIT OR LOSS"), QStringLiteral("For the six months ended 30 June 2024"), under};
        spec.title.clear();
        for (int c = 0; c < 2; ++c) {
            spec.columns[c].header = {QString::number(2024 - c)};
            if (!columnUnit.isEmpty())
                spec.columns[c].header << columnUnit;
        }
        const QString pdf = m_dir.filePath(QStringLiteral("unit-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        Fixtures::writeTable(pdf, spec);
        const ExtractionResult r = Extractor::extract(pdf);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *t = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY(t);
        QCOMPARE(t->unit, qint64(1000));
        QCOMPARE(t->currency, currency);
        verifyRows(*t, spec, nullptr);
    }
    // Columns printed as their first and last day ("1.1.2024 to 30.6.2024")
    // under a title that names no period: each closes on its last day and is
    // as long as its days.
    void columnsPrintedAsDateRanges_data()
    {
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<QStringList>("prior");
        QTest::addColumn<int>("months");
        QTest::newRow("dotted") << QStringList{QStringLiteral("1.1.2024 to"), QStringLiteral("30.6.2024"), QStringLiteral("RMB'000")}
                                << QStringList{QStringLiteral("1.1.2023 to"), QStringLiteral("30.6.2023"), QStringLiteral("RMB'000")} << 6;
        QTest::newRow("chinese") << QStringList{QStringLiteral("二零二四年一月一日至"), QStringLiteral("二零二四年九月三十日"), QStringLiteral("人民幣千元")}
                                 << QStringList{QStringLiteral("二零二三年一月一日至"), QStringLiteral("二零二三年九月三十日"), QStringLiteral("人民幣千元")} << 9;
    }
    void columnsPrintedAsDateRanges()
    {
        QFETCH(QStringList, current);
        QFETCH(QStringList, prior);
        QFETCH(int, months);
        FilingTable spec = Fixtures::profitOrLossTable();
        spec.titleLines = {QStringLiteral("CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS")};
        spec.title.clear();
        spec.spans.clear();
        spec.columns[0].header = current;
        spec.columns[1].header = prior;
        const QString pdf = m_dir.filePath(QStringLiteral("ranges-%1.pdf").arg(QTest::currentDataTag()));
        Fixtures::writeTable(pdf, spec);
        const ExtractionResult r = Extractor::extract(pdf);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *t = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY(t);
        QCOMPARE(t->columns.size(), 2);
        const int year = 2024;
        const int endMonth = months;   // both ranges open on 1 January
        QCOMPARE(t->columns[0].periodEnd, Periods::makeDate(year, endMonth, 31));
        QCOMPARE(t->columns[1].periodEnd, Periods::makeDate(year - 1, endMonth, 31));
        QCOMPARE(t->columns[0].months, months);
        QCOMPARE(t->columns[1].months, months);
        verifyRows(*t, spec, nullptr);
    }
    // One statement of comprehensive income holding revenue, tax and profit
    // is the profit or loss statement (there is no separate one to prefer).
    void oneStatementComprehensiveIncomeIsProfitOrLoss()
    {
        FilingTable spec = Fixtures::profitOrLossTable();
        spec.titleLines = {QStringLiteral("CONDENSED CONSOLIDATED STATEMENT OF COMPREHENSIVE INCOME"),
                           QStringLiteral("For the six months ended 30 June 2024")};
        spec.title.clear();
        Fixtures::writeTable(m_dir.filePath("ci.pdf"), spec);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("ci.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *t = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY2(t, "filed under profit_or_loss");
        QVERIFY(!r.report.table(TableKind::ComprehensiveIncome));
        verifyRows(*t, spec, nullptr);
    }
    // A fund's one statement of comprehensive income prints income and
    // expenses without revenue or tax captions: still its profit or loss.
    // An OCI statement opening with the profit for the period is not.
    void whichComprehensiveIncomeIsTheProfitOrLoss_data()
    {
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<bool>("isProfitOrLoss");
        QTest::newRow("fund") << QStringList{QStringLiteral("Dividend income"), QStringLiteral("Interest income"),
                                             QStringLiteral("Total net income"), QStringLiteral("Management fee"),
                                             QStringLiteral("Increase in net assets attributable to unitholders from operations")}
                              << true;
        QTest::newRow("oci only") << QStringList{QStringLiteral("Profit for the period"),
                                                 QStringLiteral("Exchange differences on translation of foreign operations"),
                                                 QStringLiteral("Total comprehensive income for the period")}
                                  << false;
    }
    void whichComprehensiveIncomeIsTheProfitOrLoss()
    {
        QFETCH(QStringList, labels);
        QFETCH(bool, isProfitOrLoss);
        FilingTable spec = Fixtures::profitOrLossTable();
        spec.titleLines = {QStringLiteral("STATEMENT OF COMPREHENSIVE INCOME"), QStringLiteral("For the six months ended 30 June 2024")};
        spec.title.clear();
        spec.notesColumn = false;
        spec.rows.clear();
        int n = 1000;
        for (const QString &l : labels)
            spec.addRow(l, {d(QByteArray::number(n += 1111).constData()), d(QByteArray::number(n - 500).constData())});
        const QString path = m_dir.filePath(QStringLiteral("ci-%1.pdf").arg(QTest::currentDataTag()));
        Fixtures::writeTable(path, spec);
        const ExtractionResult r = Extractor::extract(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.report.table(TableKind::ProfitOrLoss) != nullptr, isProfitOrLoss);
        QCOMPARE(r.report.table(TableKind::ComprehensiveIncome) != nullptr, !isProfitOrLoss);
    }
    // A statement whose title is printed but whose table cannot be read is
    // named in the warnings with its page, never silently absent.
    void unreadStatementIsAWarning()
    {
        FilingDocument doc;
        doc.runningHeader = QStringLiteral("Fixture Holdings Limited");
        doc.addTable(Fixtures::profitOrLossTable());
        doc.addPageBreak();
        doc.addHeading(QStringLiteral("CONSOLIDATED STATEMENT OF CASH FLOWS"));
        doc.addParagraph(QStringLiteral("The statement is presented in the appendix published separately."));
        QVERIFY(Fixtures::writeDocument(m_dir.filePath("unread.pdf"), doc).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("unread.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!r.report.table(TableKind::CashFlows));
        const QStringList hits = r.report.warnings.filter(QStringLiteral("cash_flows"));
        QVERIFY2(!hits.isEmpty(), qPrintable(r.report.warnings.join(QLatin1String(" | "))));
        QVERIFY(hits.front().contains(QLatin1String("page 2")));
    }
    // A fund series prints each sub-fund's statement under the same title
    // on its own page, then the statement of changes in net assets: neither
    // next page continues the first statement.
    void nextPageStartingOverIsAnotherStatement()
    {
        FilingDocument doc;
        doc.runningHeader = QStringLiteral("Fixture ETF Series");
        FilingTable first = Fixtures::profitOrLossTable();
        first.titleLines.insert(1, QStringLiteral("Fixture Greater Bay Index ETF"));
        doc.addTable(first);
        doc.addPageBreak();
        FilingTable second = Fixtures::profitOrLossTable();
        second.titleLines.insert(1, QStringLiteral("Fixture Harbour Index ETF"));
        for (FilingRow &row : second.rows)
            for (auto &v : row.values)
                if (v)
                    v = *v + Decimal(1);
        doc.addTable(second);
        doc.addPageBreak();
        FilingTable changes;
        changes.titleLines = {QStringLiteral("STATEMENT OF CHANGES IN NET ASSETS ATTRIBUTABLE TO UNITHOLDERS"),
                              QStringLiteral("For the six months ended 30 June 2024")};
        changes.columns = first.columns;
        changes.addRow(QStringLiteral("Net assets at the beginning of the period"), {d("90000"), d("80000")});
        changes.addRow(QStringLiteral("Units issued"), {d("1500"), d("1000")});
        doc.addTable(changes);
        QVERIFY(Fixtures::writeDocument(m_dir.filePath("series.pdf"), doc).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("series.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *t = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY(t);
        QCOMPARE(t->pages.size(), 1);
        verifyRows(*t, t->pages.front() == 1 ? first : second, nullptr);
        for (const LineItem &it : t->items)
            QVERIFY2(!it.label.contains(QLatin1String("Units issued")), "the changes in net assets stay out");
    }
    // The company's own balance sheet after the group's, on the next page:
    // its title lacks "consolidated", and it is not the group's continuation.
    void companyBalanceSheetAfterTheGroups()
    {
        QVERIFY(Fixtures::writeGroupAndCompanyBalanceSheets(m_dir.filePath("company.pdf")).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("company.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *t = r.report.table(TableKind::FinancialPosition);
        QVERIFY(t);
        QCOMPARE(t->pages, QVector<int>{1});
        for (const LineItem &it : t->items)
            QVERIFY2(!it.label.contains(QLatin1String("subsidiaries")), qPrintable(it.label));
    }
    // The table the recogniser ranked lower is named (kind, page, title, score)
    // for the analyst to pick when the choice is wrong, and survives the JSON.
    void runnersUpAreCandidates()
    {
        const QString pdf = m_dir.filePath("runnerup.pdf");
        QVERIFY(Fixtures::writeGroupAndCompanyBalanceSheets(pdf).ok);
        const ExtractionResult r = Extractor::extract(pdf);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.report.table(TableKind::FinancialPosition)->pages, QVector<int>{1});
        QVector<TableCandidate> fp;
        for (const TableCandidate &c : r.report.candidates)
            if (c.kind == TableKind::FinancialPosition)
                fp << c;
        QCOMPARE(fp.size(), 1);
        QCOMPARE(fp[0].page, 2);
        QCOMPARE(fp[0].title, QStringLiteral("STATEMENT OF FINANCIAL POSITION"));
        QVERIFY(fp[0].score > 0);
        const QJsonObject json = ReportJson::toJson(r.report);
        QVERIFY(json.contains(QLatin1String("candidates")));
        QCOMPARE(ReportJson::fromJson(json).candidates, r.report.candidates);
        // One statement alone has no runner-up, and the JSON says nothing.
        Fixtures::writeTable(m_dir.filePath("alone.pdf"), Fixtures::profitOrLossTable());
        const ExtractionResult alone = Extractor::extract(m_dir.filePath("alone.pdf"));
        QVERIFY(alone.report.candidates.isEmpty());
        QVERIFY(!ReportJson::toJson(alone.report).contains(QLatin1String("candidates")));
    }
    // Older filings print the group and the parent company side by side:
    // the statement is the group's; the company's columns and its own lines go.
    void groupAndCompanySideBySideKeepTheGroup_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("company");
        QTest::newRow("en") << false << QStringLiteral("The Group") << QStringLiteral("The Company");
        QTest::newRow("zh") << true << QStringLiteral("本集團") << QStringLiteral("本公司");
    }
    void groupAndCompanySideBySideKeepTheGroup()
    {
        QFETCH(bool, chinese);
        QFETCH(QString, group);
        QFETCH(QString, company);
        FilingTable t;
        t.titleLines = {chinese ? QStringLiteral("財務狀況表") : QStringLiteral("STATEMENTS OF FINANCIAL POSITION"),
                        chinese ? QStringLiteral("於二零二四年十二月三十一日") : QStringLiteral("As at 31 December 2024")};
        t.key = QStringLiteral("financial_position");
        t.spans = {{0, 1, {group}}, {2, 3, {company}}};
        for (int c = 0; c < 4; ++c) {
            FilingColumn col;
            const int year = c % 2 ? 2023 : 2024;
            col.header = {QString::number(year), QStringLiteral("HK$'000")};
            col.label = QString::number(year);
            col.periodEnd = QDate(year, 12, 31);
            t.columns.append(col);
        }
        const auto none = std::optional<Decimal>();
        t.addRow(chinese ? QStringLiteral("物業、廠房及設備") : QStringLiteral("Property, plant and equipment"), {d("12500"), d("11000"), none, none});
        t.addRow(chinese ? QStringLiteral("於附屬公司之權益") : QStringLiteral("Interests in subsidiaries"), {none, none, d("80000"), d("80000")});
        t.addRow(chinese ? QStringLiteral("現金及現金等價物") : QStringLiteral("Cash and cash equivalents"), {d("7000"), d("6000"), d("1000"), d("900")});
        t.addRow(chinese ? QStringLiteral("股本") : QStringLiteral("Share capital"), {d("1000"), d("1000"), d("1000"), d("1000")});
        t.addRow(chinese ? QStringLiteral("權益總額") : QStringLiteral("Total equity"), {d("19500"), d("17000"), d("81000"), d("80900")},
                 RowStyle::Total);
        FilingDocument doc;
        doc.chinese = chinese;
        doc.runningHeader = QStringLiteral("Fixture Holdings Limited");
        doc.addTable(t);
        QVERIFY(Fixtures::writeDocument(m_dir.filePath("gc.pdf"), doc).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("gc.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *fp = r.report.table(TableKind::FinancialPosition);
        QVERIFY(fp);
        QCOMPARE(fp->columns.size(), 2);
        QCOMPARE(fp->columns[0].periodEnd, QDate(2024, 12, 31));
        QCOMPARE(fp->columns[1].periodEnd, QDate(2023, 12, 31));
        for (const Column &c : fp->columns)
            QVERIFY2(c.segment.isEmpty() && !c.label.contains(group), qPrintable(c.label));
        QStringList labels;
        for (const LineItem &it : fp->items)
            labels.append(it.label);
        QCOMPARE(labels.size(), 4);   // the company's interests in subsidiaries are not the group's
        QCOMPARE(fp->items.last().cells.size(), 2);
        QCOMPARE(fp->items.last().cells[0].value, d("19500"));
        QCOMPARE(fp->items.last().cells[1].value, d("17000"));
    }
    // GEM quarterly and interim reports print the quarter and the half year
    // side by side, each length centred over its own two years.
    void periodLengthCentredOverItsColumns()
    {
        FilingTable t;
        t.titleLines = {QStringLiteral("CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS"),
                        QStringLiteral("For the three months and six months ended 30 September 2024")};
        t.key = QStringLiteral("profit_or_loss");
        t.notesColumn = true;
        t.spans = {{0, 1, {QStringLiteral("Three months ended"), QStringLiteral("30 September")}},
                   {2, 3, {QStringLiteral("Six months ended"), QStringLiteral("30 September")}}};
        for (int c = 0; c < 4; ++c) {
            FilingColumn col;
            const int year = c % 2 ? 2023 : 2024;
            col.header = {QString::number(year), QStringLiteral("HK$'000")};
            col.periodEnd = QDate(year, 9, 30);
            col.months = c < 2 ? 3 : 6;
            t.columns.append(col);
        }
        t.addRow(QStringLiteral("Revenue"), {d("5000"), d("4000"), d("9800"), d("8100")});
        t.addRow(QStringLiteral("Cost of sales"), {d("-3000"), d("-2500"), d("-6000"), d("-5200")});
        t.addRow(QStringLiteral("Gross profit"), {d("2000"), d("1500"), d("3800"), d("2900")}, RowStyle::Subtotal);
        t.addRow(QStringLiteral("Profit for the period"), {d("2000"), d("1500"), d("3800"), d("2900")}, RowStyle::Total);
        QVERIFY(Fixtures::writeTable(m_dir.filePath("quarter.pdf"), t).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("quarter.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *pl = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY(pl);
        QCOMPARE(pl->columns.size(), 4);
        for (int c = 0; c < 4; ++c) {
            QCOMPARE(pl->columns[c].periodEnd, t.columns[c].periodEnd);
            QCOMPARE(pl->columns[c].months, t.columns[c].months);
        }
    }
    void balanceSheetContinuedOverleaf()
    {
        const FilingTable spec = Fixtures::financialPositionTable(45);
        const auto placed = Fixtures::writeTable(m_dir.filePath("fp.pdf"), spec);
        QVERIFY(placed.pageCount >= 2);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("fp.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *t = r.report.table(TableKind::FinancialPosition);
        QVERIFY(t);
        QVERIFY2(t->pages.size() >= 2, "the continuation page belongs to the statement");
        for (const Column &c : t->columns)
            QCOMPARE(c.months, 0); // balances are points in time
        verifyRows(*t, spec, placed.tables.isEmpty() ? nullptr : &placed.tables.front());
    }
    void wrappedLabelsAreOneLabel()
    {
        FilingTable spec = Fixtures::profitOrLossTable();
        spec.maxLabelWidth = 150;
        spec.rows[3].label = QStringLiteral("Other income and gains from the disposal of items of property, plant and equipment");
        Fixtures::writeTable(m_dir.filePath("wrap.pdf"), spec);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("wrap.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *t = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY(t);
        const LineItem *it = findItem(*t, spec.rows[3].label);
        QVERIFY2(it, "wrapped label joined into one");
        QCOMPARE(it->cells[0].value, d("4321"));
    }
    void chineseStatement()
    {
        FilingDocument doc;
        doc.chinese = true;
        doc.runningHeader = QStringLiteral("示例控股有限公司");
        FilingTable t;
        t.key = QStringLiteral("profit_or_loss");
        t.titleLines = {QStringLiteral("綜合損益表"), QStringLiteral("截至二零二五年三月三十一日止年度")};
        t.notesColumn = true;
        t.notesHeader = QStringLiteral("附註");
        FilingColumn c25;
        c25.header = {QStringLiteral("二零二五年"), QStringLiteral("千港元")};
        FilingColumn c24;
        c24.header = {QStringLiteral("二零二四年"), QStringLiteral("千港元")};
        t.columns = {c25, c24};
        t.addRow(QStringLiteral("營業額"), {d("99313"), d("148422")}).note = QStringLiteral("3");
        t.addRow(QStringLiteral("銷貨成本"), {d("-94192"), d("-139558")});
        t.addRow(QStringLiteral("毛利"), {d("5121"), d("8864")}, RowStyle::Subtotal);
        t.addRow(QStringLiteral("其他收入、收益及虧損"), {d("2483"), d("65007")});
        t.addRow(QStringLiteral("研發開支"), {std::nullopt, d("-115")});
        doc.addTable(t);
        Fixtures::writeDocument(m_dir.filePath("zh.pdf"), doc);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("zh.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *pl = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY(pl);
        QCOMPARE(pl->unit, qint64(1000));
        QCOMPARE(pl->currency, QStringLiteral("HKD"));
        QCOMPARE(pl->columns.size(), 2);
        QCOMPARE(pl->columns[0].periodEnd, QDate(2025, 3, 31));
        QCOMPARE(pl->columns[0].months, 12);
        verifyRows(*pl, t, nullptr);
    }
    // A statement closing at the foot of its page; the next page opens the
    // notes ("財務報表附註", a numbered Chinese note heading, or the English
    // forms) with a two-year table: the notes are not the statement's rows.
    void notesOverleafAreNotTheStatement_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<QString>("notesHeading");
        QTest::addColumn<QString>("noteHeading");
        QTest::newRow("zh notes title") << true << QStringLiteral("財務報表附註") << QStringLiteral("4.收益及分部資料");
        QTest::newRow("zh simplified") << true << QStringLiteral("综合财务报表附注") << QStringLiteral("4. 收入及分部资料");
        QTest::newRow("zh note only") << true << QString() << QStringLiteral("4.收益及分部資料");
        QTest::newRow("en note only") << false << QString() << QStringLiteral("4. Revenue and segment information");
    }
    void notesOverleafAreNotTheStatement()
    {
        QFETCH(bool, chinese);
        QFETCH(QString, notesHeading);
        QFETCH(QString, noteHeading);
        FilingDocument doc;
        doc.chinese = chinese;
        doc.runningHeader = chinese ? QStringLiteral("示例控股有限公司") : QStringLiteral("Fixture Holdings Limited");
        FilingTable t;
        t.titleLines = {chinese ? QStringLiteral("綜合損益表") : QStringLiteral("CONSOLIDATED STATEMENT OF PROFIT OR LOSS"),
                        chinese ? QStringLiteral("截至二零二五年三月三十一日止年度") : QStringLiteral("For the year ended 31 March 2025")};
        FilingColumn c25;
        c25.header = {chinese ? QStringLiteral("二零二五年") : QStringLiteral("2025"), chinese ? QStringLiteral("千港元") : QStringLiteral("HK$'000")};
        FilingColumn c24;
        c24.header = {chinese ? QStringLiteral("二零二四年") : QStringLiteral("2024"), chinese ? QStringLiteral("千港元") : QStringLiteral("HK$'000")};
        t.columns = {c25, c24};
        t.addRow(chinese ? QStringLiteral("營業額") : QStringLiteral("Revenue"), {d("99313"), d("148422")});
        t.addRow(chinese ? QStringLiteral("銷貨成本") : QStringLiteral("Cost of sales"), {d("-94192"), d("-139558")});
        t.addRow(chinese ? QStringLiteral("毛利") : QStringLiteral("Gross profit"), {d("5121"), d("8864")}, RowStyle::Subtotal);
        t.addRow(chinese ? QStringLiteral("本年度溢利") : QStringLiteral("Profit for the year"), {d("4121"), d("7864")}, RowStyle::Total);
        doc.addTable(t);
        doc.addPageBreak();
        if (!notesHeading.isEmpty())
            doc.addTitle(notesHeading);
        doc.addHeading(noteHeading);
        doc.addParagraph(chinese ? QStringLiteral("本集團按服務類別劃分的收益分析如下：") : QStringLiteral("An analysis of the Group's revenue by service is as follows:"));
        FilingTable note;
        note.columns = t.columns;
        note.addRow(chinese ? QStringLiteral("貨運服務") : QStringLiteral("Freight services"), {d("60000"), d("90000")});
        note.addRow(chinese ? QStringLiteral("倉儲服務") : QStringLiteral("Warehousing"), {d("39313"), d("58422")});
        note.addRow(QString(), {d("99313"), d("148422")}, RowStyle::Total);
        doc.addTable(note);
        QVERIFY(Fixtures::writeDocument(m_dir.filePath("notes.pdf"), doc).ok);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("notes.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *pl = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY(pl);
        QCOMPARE(pl->pages, QVector<int>{1});
        QCOMPARE(pl->items.size(), t.rows.size());
        verifyRows(*pl, t, nullptr);
    }
    void statementWinsOverHighlights()
    {
        FilingDocument doc;
        doc.runningHeader = QStringLiteral("Fixture Holdings Limited");
        doc.addTitle(QStringLiteral("FINANCIAL HIGHLIGHTS"));
        FilingTable highlights = Fixtures::profitOrLossTable();
        highlights.key.clear();
        highlights.titleLines = {QStringLiteral("Key figures")};
        highlights.rows.resize(3);
        doc.addTable(highlights);
        doc.addPageBreak();
        doc.addTable(Fixtures::profitOrLossTable());
        const auto placed = Fixtures::writeDocument(m_dir.filePath("hl.pdf"), doc);
        const ExtractionResult r = Extractor::extract(m_dir.filePath("hl.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Table *pl = r.report.table(TableKind::ProfitOrLoss);
        QVERIFY(pl);
        QCOMPARE(pl->pages.value(0), 2);
        QVERIFY(findItem(*pl, QStringLiteral("PROFIT FOR THE PERIOD")));
        Q_UNUSED(placed);
    }
};

QTEST_MAIN(TestStatements)
#include "tst_statements.moc"
