#include "domain/ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ledgerlens;

class TestReportJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryFieldTheAppNeeds()
    {
        Report r;
        r.path = QStringLiteral("/tmp/cf.pdf");
        r.pageCount = 17;
        r.company = QStringLiteral("Cloud Factory Technology Holdings Limited");
        r.stockCode = QStringLiteral("2512");
        r.periodEnd = QDate(2024, 6, 30);
        r.currency = QStringLiteral("RMB");
        Table t;
        t.kind = TableKind::RevenueMix;
        t.pages = {13};
        t.unit = 1000000;
        t.currency = QStringLiteral("RMB");
        t.columns = {{QStringLiteral("2025"), QDate(2025, 6, 30), 6, false, {}}};
        LineItem it;
        it.label = QStringLiteral("Generative AI");
        it.kind = RowKind::Subtotal;
        it.cells = {{Decimal(18155, 1), {7, QRectF(412.1, 188, 38.2, 9.5)}}};
        LineItem nil;
        nil.label = QStringLiteral("Other");
        nil.cells = {{std::nullopt, {7, QRectF(1, 2, 3, 4)}}};
        t.items = {it, nil};
        r.tables.insert(t.kind, t);
        r.checks.append({TableKind::RevenueMix, QStringLiteral("a = b"), 0, false, Decimal(5), Decimal(4), {0, 1}});

        const QJsonObject json = ReportJson::toJson(r);
        // The contract's shape: revenue_mix at top level, statements present but empty.
        QVERIFY(json[QStringLiteral("statements")].toObject()[QStringLiteral("profit_or_loss")].toObject().isEmpty());
        const QJsonObject mix = json[QStringLiteral("revenue_mix")].toObject();
        QCOMPARE(mix[QStringLiteral("items")].toArray()[0].toObject()[QStringLiteral("values")].toArray()[0].toDouble(), 1815.5);

        const Report back = ReportJson::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QCOMPARE(back.company, r.company);
        QCOMPARE(back.periodEnd, r.periodEnd);
        const Table *bt = back.table(TableKind::RevenueMix);
        QVERIFY(bt);
        QCOMPARE(bt->unit, qint64(1000000));
        QCOMPARE(bt->columns[0].months, 6);
        QCOMPARE(bt->columns[0].audited, std::optional<bool>(false));
        QCOMPARE(bt->items[0].kind, RowKind::Subtotal);
        QCOMPARE(bt->items[0].cells[0].value->toString(), QStringLiteral("1815.5"));
        QCOMPARE(bt->items[0].cells[0].source.page, 7);
        QCOMPARE(bt->items[0].cells[0].source.box, QRectF(412.1, 188, 38.2, 9.5));
        QVERIFY(!bt->items[1].cells[0].value);
        QCOMPARE(back.checks.size(), 1);
        QCOMPARE(back.checks[0].computed, Decimal(4));
        QVERIFY(!back.table(TableKind::ProfitOrLoss));
    }

    // "ifrs" sits beside "canonical" and is written only when set.
    void ifrsElementRoundTripsOnlyWhenSet()
    {
        Report r;
        Table t;
        t.kind = TableKind::ProfitOrLoss;
        LineItem revenue;
        revenue.label = QStringLiteral("Revenue");
        revenue.canonical = QStringLiteral("revenue");
        revenue.ifrs = QStringLiteral("Revenue");
        revenue.cells = {{Decimal(5), {}}};
        LineItem other;
        other.label = QStringLiteral("Other income, gains and losses");
        other.canonical = QStringLiteral("other_income_gains_and_losses");
        other.cells = {{Decimal(1), {}}};
        t.items = {revenue, other};
        r.tables.insert(t.kind, t);

        const QJsonObject json = ReportJson::toJson(r);
        const QJsonArray items = json[QStringLiteral("statements")].toObject()[QStringLiteral("profit_or_loss")]
                                     .toObject()[QStringLiteral("items")].toArray();
        QCOMPARE(items[0].toObject()[QStringLiteral("ifrs")].toString(), QStringLiteral("Revenue"));
        QVERIFY(!items[1].toObject().contains(QStringLiteral("ifrs")));

        const Report back = ReportJson::fromJson(json);
        QCOMPARE(back.table(TableKind::ProfitOrLoss)->items[0].ifrs, QStringLiteral("Revenue"));
        QVERIFY(back.table(TableKind::ProfitOrLoss)->items[1].ifrs.isEmpty());
    }
    // An unlabelled subtotal keeps "label": "" as printed; its derived name
    // travels in "derived_label", written only when set.
    void derivedLabelRoundTripsBesideTheEmptyPrintedLabel()
    {
        Report r;
        Table t;
        t.kind = TableKind::FinancialPosition;
        LineItem inventories;
        inventories.label = QStringLiteral("Inventories");
        inventories.cells = {{Decimal(5), {}}};
        LineItem total;
        total.kind = RowKind::Subtotal;
        total.canonical = QStringLiteral("total_current_assets");
        total.derivedLabel = QStringLiteral("Total current assets");
        total.cells = {{Decimal(5), {}}};
        t.items = {inventories, total};
        r.tables.insert(t.kind, t);

        const QJsonObject json = ReportJson::toJson(r);
        const QJsonArray items = json[QStringLiteral("statements")].toObject()[QStringLiteral("financial_position")]
                                     .toObject()[QStringLiteral("items")].toArray();
        QVERIFY(!items[0].toObject().contains(QStringLiteral("derived_label")));
        QCOMPARE(items[1].toObject()[QStringLiteral("label")].toString(), QString());
        QCOMPARE(items[1].toObject()[QStringLiteral("derived_label")].toString(), QStringLiteral("Total current assets"));

        const Report back = ReportJson::fromJson(json);
        const LineItem &b = back.table(TableKind::FinancialPosition)->items[1];
        QVERIFY(b.label.isEmpty());
        QCOMPARE(b.derivedLabel, QStringLiteral("Total current assets"));
        QVERIFY(back.table(TableKind::FinancialPosition)->items[0].derivedLabel.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
