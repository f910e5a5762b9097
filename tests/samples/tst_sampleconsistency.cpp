// The sample figures hold together as a real filing's do, so that the
// extractor's checks on them pass for the right reason: subtotals add up,
// the balance sheet balances, ageing buckets sum to the receivable/payable on
// the balance sheet, and cash flows roll from opening to closing cash.
#include "Fixtures.h"
#include "domain/ReportJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace ledgerlens;

namespace {

Report load(const QString &name)
{
    QFile f(Fixtures::sampleExpected(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return ReportJson::fromJson(QJsonDocument::fromJson(f.readAll()).object());
}

Decimal at(const Table &t, const QString &canonical, int column)
{
    const int row = t.rowOf(canonical);
    if (row < 0)
        QTest::qFail(qPrintable(QStringLiteral("no row '%1'").arg(canonical)), __FILE__, __LINE__);
    return row < 0 ? Decimal() : t.items[row].cells[column].value.value_or(Decimal());
}

// The unlabelled figure row at the end of a table (the printed total).
Decimal lastRow(const Table &t, int column)
{
    return t.items.last().cells[column].value.value_or(Decimal());
}

// Sum of the figure rows between two row indexes (exclusive of both).
Decimal sumBetween(const Table &t, int from, int to, int column)
{
    Decimal s;
    for (int r = from + 1; r < to; ++r)
        if (t.items[r].kind == RowKind::Item)
            s = s + t.items[r].cells[column].value.value_or(Decimal());
    return s;
}

} // namespace

class TestSampleConsistency : public QObject
{
    Q_OBJECT

private slots:
    void harbourLanternHoldsTogether();
    void ageingBucketsSumToTheirTotals_data();
    void ageingBucketsSumToTheirTotals();
};

void TestSampleConsistency::harbourLanternHoldsTogether()
{
    const Report r = load(QStringLiteral("harbour-lantern-2025-annual"));
    QCOMPARE(r.currency, QStringLiteral("HKD"));
    const Table *pl = r.table(TableKind::ProfitOrLoss);
    const Table *bs = r.table(TableKind::FinancialPosition);
    const Table *cf = r.table(TableKind::CashFlows);
    const Table *mix = r.table(TableKind::RevenueMix);
    const Table *rec = r.table(TableKind::ReceivablesAgeing);
    const Table *pay = r.table(TableKind::PayablesAgeing);
    QVERIFY(pl && bs && cf && mix && rec && pay);
    for (int c = 0; c < 2; ++c) {
        QCOMPARE(at(*pl, QStringLiteral("revenue"), c) + at(*pl, QStringLiteral("cost_of_sales"), c),
                 at(*pl, QStringLiteral("gross_profit"), c));
        const int gp = pl->rowOf(QStringLiteral("gross_profit")), pbt = pl->rowOf(QStringLiteral("profit_before_tax"));
        QCOMPARE(at(*pl, QStringLiteral("gross_profit"), c) + sumBetween(*pl, gp, pbt, c),
                 at(*pl, QStringLiteral("profit_before_tax"), c));
        QCOMPARE(at(*pl, QStringLiteral("profit_before_tax"), c) + at(*pl, QStringLiteral("income_tax"), c),
                 at(*pl, QStringLiteral("profit_for_period"), c));

        QCOMPARE(at(*bs, QStringLiteral("total_assets"), c),
                 at(*bs, QStringLiteral("total_equity"), c) + at(*bs, QStringLiteral("total_liabilities"), c));
        QCOMPARE(at(*bs, QStringLiteral("total_equity_and_liabilities"), c), at(*bs, QStringLiteral("total_assets"), c));

        QCOMPARE(lastRow(*mix, c), at(*pl, QStringLiteral("revenue"), c));
        QCOMPARE(lastRow(*rec, c), at(*bs, QStringLiteral("trade_receivables"), c));
        QCOMPARE(lastRow(*pay, c), at(*bs, QStringLiteral("trade_payables"), c));

        const Decimal net = at(*cf, QStringLiteral("net_cash_operating"), c) + at(*cf, QStringLiteral("net_cash_investing"), c)
                            + at(*cf, QStringLiteral("net_cash_financing"), c);
        QCOMPARE(at(*cf, QStringLiteral("net_increase_in_cash"), c), net);
        QCOMPARE(at(*cf, QStringLiteral("cash_at_beginning"), c) + net
                     + at(*cf, QStringLiteral("effect_of_exchange_rate_changes"), c),
                 lastRow(*cf, c));
        QCOMPARE(lastRow(*cf, c), at(*bs, QStringLiteral("cash_and_cash_equivalents"), c));
    }
    // Opening cash this year is last year's closing cash.
    QCOMPARE(at(*cf, QStringLiteral("cash_at_beginning"), 0), lastRow(*cf, 1));
}

void TestSampleConsistency::ageingBucketsSumToTheirTotals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("cf receivables") << "cloud-factory-2024-interim" << int(TableKind::ReceivablesAgeing);
    QTest::newRow("cf payables") << "cloud-factory-2024-interim" << int(TableKind::PayablesAgeing);
    QTest::newRow("sensetime receivables") << "sensetime-2025-interim" << int(TableKind::ReceivablesAgeing);
    QTest::newRow("harbour receivables") << "harbour-lantern-2025-annual" << int(TableKind::ReceivablesAgeing);
    QTest::newRow("harbour payables") << "harbour-lantern-2025-annual" << int(TableKind::PayablesAgeing);
}

void TestSampleConsistency::ageingBucketsSumToTheirTotals()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    const Report r = load(name);
    const Table *t = r.table(TableKind(kind));
    QVERIFY(t);
    QCOMPARE(t->items.last().kind, RowKind::Subtotal);
    for (int c = 0; c < t->columns.size(); ++c)
        QCOMPARE(sumBetween(*t, -1, t->items.size() - 1, c), lastRow(*t, c));
}

QTEST_GUILESS_MAIN(TestSampleConsistency)
#include "tst_sampleconsistency.moc"
