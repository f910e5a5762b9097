#include "Fixtures.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QtGlobal>

using namespace ledgerlens;
using namespace ledgerlens::typeset;

namespace Fixtures {

namespace {

std::optional<Decimal> d(const char *text)
{
    return Decimal::fromString(QString::fromLatin1(text));
}

FilingColumn column(const QString &year, const QDate &end, int months, bool audited)
{
    FilingColumn c;
    c.header = {year, QStringLiteral("RMB'000"), audited ? QStringLiteral("(Audited)") : QStringLiteral("(Unaudited)")};
    c.label = year;
    c.periodEnd = end;
    c.months = months;
    c.audited = audited;
    return c;
}

} // namespace

FilingTable untitledCashFlowsTable()
{
    auto col = [](const QString &year, const QDate &end) {
        FilingColumn c;
        c.header = {year, QStringLiteral("RMB'000")};
        c.label = year;
        c.periodEnd = end;
        c.months = 6;
        return c;
    };
    FilingTable t;
    t.titleLines = {QStringLiteral("Where the money came from and went"),
                    QStringLiteral("For the six months ended 30 June 2024")};
    t.currency = QStringLiteral("RMB");
    t.spans = {{0, 1, {QStringLiteral("For the six months ended 30 June")}}};
    t.columns = {col(QStringLiteral("2024"), QDate(2024, 6, 30)), col(QStringLiteral("2023"), QDate(2023, 6, 30))};
    t.addHeading(QStringLiteral("OPERATING ACTIVITIES"));
    t.addRow(QStringLiteral("Profit before tax"), {d("17791"), d("17071")});
    t.addRow(QStringLiteral("Depreciation of property, plant and equipment"), {d("2000"), d("1800")});
    t.addRow(QStringLiteral("Net cash flows from operating activities"), {d("19791"), d("18871")}, RowStyle::Subtotal);
    t.addHeading(QStringLiteral("INVESTING ACTIVITIES"));
    t.addRow(QStringLiteral("Purchases of items of property, plant and equipment"), {d("-5000"), d("-4000")});
    t.addRow(QStringLiteral("Net cash flows used in investing activities"), {d("-5000"), d("-4000")}, RowStyle::Subtotal);
    t.addRow(QStringLiteral("Net increase in cash and cash equivalents"), {d("14791"), d("14871")}, RowStyle::Subtotal);
    t.addRow(QStringLiteral("Cash and cash equivalents at beginning of period"), {d("10000"), d("8000")});
    t.addRow(QStringLiteral("Cash and cash equivalents at end of period"), {d("24791"), d("22871")}, RowStyle::Total);
    return t;
}

QString noiseParagraph()
{
    return QStringLiteral(
        "The directors met on 12 occasions during the period and reviewed the risk register, the 3 year plan and "
        "the succession arrangements for 2 senior roles. Attendance was recorded for each meeting and the minutes "
        "were approved at the following meeting. No director had a material interest in any contract of significance.");
}

TypesetResult writeMissedCashFlows(const QString &pdfPath, int *block)
{
    FilingDocument doc;
    doc.runningHeader = doc.company = QStringLiteral("Fixture Holdings Limited");
    doc.addTable(profitOrLossTable());
    doc.addPageBreak();
    doc.addParagraph(QStringLiteral("The figures below are unaudited."));
    if (block)
        *block = doc.blocks.size();
    doc.addTable(untitledCashFlowsTable());
    doc.addParagraph(QStringLiteral("Capital commitments of 4,500 and 3,200 were contracted for at 30 June 2024."));
    doc.addPageBreak();
    for (int i = 0; i < 8; ++i)
        doc.addParagraph(noiseParagraph());
    return writeDocument(pdfPath, doc);
}

TypesetResult writeGroupAndCompanyBalanceSheets(const QString &pdfPath)
{
    FilingDocument doc;
    doc.runningHeader = doc.company = QStringLiteral("Fixture Holdings Limited");
    const FilingTable group = financialPositionTable(0);
    doc.addTable(group);
    doc.addPageBreak();
    FilingTable company;
    company.titleLines = {QStringLiteral("STATEMENT OF FINANCIAL POSITION"), QStringLiteral("30 June 2024")};
    company.columns = group.columns;
    company.addRow(QStringLiteral("Investments in subsidiaries"), {d("694256"), d("1")});
    company.addRow(QStringLiteral("Amounts due from subsidiaries"), {d("1593868"), d("1706843")});
    company.addRow(QStringLiteral("Cash and cash equivalents"), {d("32947"), d("10179")});
    doc.addTable(company);
    return writeDocument(pdfPath, doc);
}

TypesetResult writeDocument(const QString &pdfPath, const FilingDocument &document)
{
    const TypesetResult r = FilingTypesetter::write(document, pdfPath);
    if (!r.ok)
        qFatal("Fixtures: cannot write %s: %s", qPrintable(pdfPath), qPrintable(r.error));
    return r;
}

TypesetResult writeTable(const QString &pdfPath, const FilingTable &table, const QString &company)
{
    FilingDocument doc;
    doc.runningHeader = company;
    doc.company = company;
    doc.currency = table.currency.isEmpty() ? QStringLiteral("RMB") : table.currency;
    doc.addTable(table);
    return writeDocument(pdfPath, doc);
}

FilingTable profitOrLossTable()
{
    FilingTable t;
    t.key = QStringLiteral("profit_or_loss");
    t.titleLines = {QStringLiteral("INTERIM CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS"),
                    QStringLiteral("For the six months ended 30 June 2024")};
    t.title = QStringLiteral("Interim Condensed Consolidated Statement of Profit or Loss");
    t.currency = QStringLiteral("RMB");
    t.notesColumn = true;
    t.spans = {{0, 1, {QStringLiteral("For the six months ended 30 June")}}};
    t.columns = {column(QStringLiteral("2024"), QDate(2024, 6, 30), 6, false),
                 column(QStringLiteral("2023"), QDate(2023, 6, 30), 6, false)};
    FilingRow &revenue = t.addRow(QStringLiteral("REVENUE"), {d("369696"), d("301862")});
    revenue.note = QStringLiteral("5");
    revenue.bold = true;
    revenue.canonical = QStringLiteral("revenue");
    t.addRow(QStringLiteral("Cost of sales"), {d("-322586"), d("-254091")}).canonical = QStringLiteral("cost_of_sales");
    t.addRow(QStringLiteral("Gross profit"), {d("47110"), d("47771")}, RowStyle::Subtotal).canonical = QStringLiteral("gross_profit");
    t.addRow(QStringLiteral("Other income and gains"), {d("4321"), d("738")});
    t.addRow(QStringLiteral("Administrative expenses"), {d("-33620"), d("-31438")});
    t.addRow(QStringLiteral("Other expenses"), {d("-20"), std::nullopt});
    FilingRow &pbt = t.addRow(QStringLiteral("PROFIT BEFORE TAX"), {d("17791"), d("17071")}, RowStyle::Subtotal);
    pbt.bold = true;
    pbt.canonical = QStringLiteral("profit_before_tax");
    t.addRow(QStringLiteral("Income tax expense"), {d("-5248"), d("-3885")}).canonical = QStringLiteral("income_tax");
    FilingRow &pfp = t.addRow(QStringLiteral("PROFIT FOR THE PERIOD"), {d("12543"), d("13186")}, RowStyle::Total);
    pfp.bold = true;
    pfp.canonical = QStringLiteral("profit_for_period");
    t.addHeading(QStringLiteral("Attributable to:"));
    t.addRow(QStringLiteral("Owners of the parent"), {d("12320"), d("12899")}).indent = 1;
    t.addRow(QStringLiteral("Non-controlling interests"), {d("223"), d("287")}).indent = 1;
    t.addRow(QString(), {d("12543"), d("13186")}, RowStyle::Total);
    t.addHeading(QStringLiteral("EARNINGS PER SHARE ATTRIBUTABLE TO ORDINARY EQUITY HOLDERS OF THE PARENT"));
    FilingRow &eps = t.addRow(QStringLiteral("Basic and diluted (RMB)"), {d("0.03"), d("0.03")});
    eps.note = QStringLiteral("10");
    return t;
}

FilingTable financialPositionTable(int extraRows)
{
    FilingTable t;
    t.key = QStringLiteral("financial_position");
    t.titleLines = {QStringLiteral("INTERIM CONDENSED CONSOLIDATED STATEMENT OF FINANCIAL POSITION"),
                    QStringLiteral("30 June 2024")};
    t.title = QStringLiteral("Interim Condensed Consolidated Statement of Financial Position");
    t.currency = QStringLiteral("RMB");
    t.notesColumn = true;
    FilingColumn now = column(QStringLiteral("30 June 2024"), QDate(2024, 6, 30), 0, false);
    now.header = {QStringLiteral("30 June"), QStringLiteral("2024"), QStringLiteral("RMB'000"), QStringLiteral("(Unaudited)")};
    FilingColumn before = column(QStringLiteral("31 December 2023"), QDate(2023, 12, 31), 0, true);
    before.header = {QStringLiteral("31 December"), QStringLiteral("2023"), QStringLiteral("RMB'000"), QStringLiteral("(Audited)")};
    t.columns = {now, before};
    t.addHeading(QStringLiteral("NON-CURRENT ASSETS"));
    qint64 sumNow = 29152, sumBefore = 21453;
    t.addRow(QStringLiteral("Property, plant and equipment"), {Decimal(29152), Decimal(21453)}).note = QStringLiteral("11");
    for (int i = 0; i < extraRows; ++i) {
        t.addRow(QStringLiteral("Other non-current asset %1").arg(i + 1), {Decimal(100 + i), Decimal(90 + i)});
        sumNow += 100 + i;
        sumBefore += 90 + i;
    }
    t.addRow(QStringLiteral("Total non-current assets"), {Decimal(sumNow), Decimal(sumBefore)}, RowStyle::Subtotal);
    t.addHeading(QStringLiteral("CURRENT ASSETS"));
    t.addRow(QStringLiteral("Trade receivables"), {d("323775"), d("197627")}).canonical = QStringLiteral("trade_receivables");
    t.addRow(QStringLiteral("Cash and cash equivalents"), {d("164639"), d("162341")}).canonical = QStringLiteral("cash_and_cash_equivalents");
    t.addRow(QStringLiteral("Total current assets"), {d("488414"), d("359968")}, RowStyle::Subtotal);
    FilingRow &total = t.addRow(QStringLiteral("TOTAL ASSETS"), {Decimal(sumNow + 488414), Decimal(sumBefore + 359968)}, RowStyle::Total);
    total.bold = true;
    total.canonical = QStringLiteral("total_assets");
    return t;
}

bool writeImageOnlyPdf(const QString &pdfPath, int pages)
{
    // Draw a statement into a bitmap first, so the PDF holds pixels only.
    QImage scan(1240, 1754, QImage::Format_Grayscale8);
    scan.fill(Qt::white);
    {
        QPainter p(&scan);
        QFont f(QStringLiteral("DejaVu Serif"));
        f.setPixelSize(24);
        p.setFont(f);
        p.drawText(QPointF(150, 200), QStringLiteral("CONSOLIDATED STATEMENT OF PROFIT OR LOSS"));
        const char *rows[][3] = {{"Revenue", "369,696", "301,862"},
                                 {"Cost of sales", "(322,586)", "(254,091)"},
                                 {"Gross profit", "47,110", "47,771"}};
        for (int i = 0; i < 3; ++i) {
            p.drawText(QPointF(150, 300 + i * 40), QString::fromLatin1(rows[i][0]));
            p.drawText(QPointF(800, 300 + i * 40), QString::fromLatin1(rows[i][1]));
            p.drawText(QPointF(1000, 300 + i * 40), QString::fromLatin1(rows[i][2]));
        }
    }
    QPdfWriter writer(pdfPath);
    writer.setResolution(150);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QPainter p;
    if (!p.begin(&writer))
        return false;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.drawImage(QRectF(0, 0, writer.width(), writer.height()), scan);
    }
    return p.end();
}

bool truncatedCopy(const QString &src, const QString &dst, double fraction)
{
    QFile in(src);
    QFile out(dst);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = in.readAll();
    const qint64 keep = qBound<qint64>(0, qint64(bytes.size() * fraction), bytes.size());
    return out.write(bytes.left(keep)) == keep;
}

bool notAPdf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write("Revenue 369,696 301,862\nThis is a text file, not a PDF.\n") > 0;
}

bool emptyFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

} // namespace Fixtures
