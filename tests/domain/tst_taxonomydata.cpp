// The shipped taxonomy data: every variant reaches its key in its own
// section, IFRS element names look like element names and name one key each,
// the sections entries ask for are sections RowKeyer can produce, and the
// bundled samples' impairment captions share one key.
#include "taxonomy/Taxonomy.h"

#include <QFile>
#include <QRegularExpression>
#include "taxonomy/RowKeyer.h"

#include <QtTest>

using namespace ledgerlens;

Q_DECLARE_METATYPE(ledgerlens::TableKind)

namespace {

const QList<TableKind> kStatements = {TableKind::ProfitOrLoss, TableKind::ComprehensiveIncome,
                                      TableKind::FinancialPosition, TableKind::CashFlows};

// Reads a caption table (table, section, caption, key; '-' a heading and '~'
// an ambiguous figure row, both to stay unmapped) and lists the captions that
// do not reach their key.
QStringList captionMisses(const QString &file, int *checked)
{
    QFile f(QStringLiteral(LEDGERLENS_TESTDATA_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {QStringLiteral("cannot open ") + f.fileName()};
    const Taxonomy &t = Taxonomy::builtin();
    QStringList wrong;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        TableKind kind;
        if (cols.size() != 4 || !tableKindFromKey(cols[0], &kind)) {
            wrong << QStringLiteral("bad line: ") + line;
            continue;
        }
        const bool unmapped = cols[3] == QLatin1String("-") || cols[3] == QLatin1String("~");
        const QString expected = unmapped ? QString() : cols[3];
        const QString got = t.match(kind, cols[2], RowKeyer::sectionTags(cols[1])).key;
        if (got != expected)
            wrong << QStringLiteral("%1 [%2] \"%3\": %4, expected %5").arg(cols[0], cols[1], cols[2], got.isEmpty() ? QStringLiteral("-") : got, cols[3]);
        ++*checked;
    }
    return wrong;
}

} // namespace

class TestTaxonomyData : public QObject
{
    Q_OBJECT
private slots:
    void statementKinds_data()
    {
        QTest::addColumn<TableKind>("kind");
        for (TableKind k : kStatements)
            QTest::newRow(qPrintable(tableKey(k))) << k;
    }

    void everyVariantReachesItsKey_data() { statementKinds_data(); }
    void everyVariantReachesItsKey()
    {
        QFETCH(TableKind, kind);
        const Taxonomy &t = Taxonomy::builtin();
        int checked = 0;
        for (const Taxonomy::Entry &e : t.entries(kind)) {
            for (const QString &label : e.labels) {
                const Taxonomy::Match m = t.match(kind, label, RowKeyer::sectionTags(e.section));
                QVERIFY2(m.key == e.key, qPrintable(QStringLiteral("%1 \"%2\" [%3] -> %4").arg(e.key, label, e.section, m.key)));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }

    // One element is one line of a statement: two keys naming the same element
    // would put one figure on two comparison rows. The opening and closing
    // cash balances are the same element at two dates.
    void ifrsNamesAreElementsOfOneKey_data() { statementKinds_data(); }
    void ifrsNamesAreElementsOfOneKey()
    {
        QFETCH(TableKind, kind);
        static const QRegularExpression element(QStringLiteral("^[A-Z][A-Za-z0-9]+$"));
        const QSet<QString> shared = {QStringLiteral("CashAndCashEquivalents")};
        QHash<QString, QSet<QString>> keysOf;
        for (const Taxonomy::Entry &e : Taxonomy::builtin().entries(kind)) {
            QStringList names = e.ifrsBySection.values();
            if (!e.ifrs.isEmpty())
                names << e.ifrs;
            for (const QString &n : names) {
                QVERIFY2(element.match(n).hasMatch(), qPrintable(e.key + QStringLiteral(": ") + n));
                QVERIFY2(!n.startsWith(QLatin1String("ifrs")), qPrintable(n)); // the bare name, no prefix
                keysOf[n].insert(e.key);
            }
        }
        QVERIFY(!keysOf.isEmpty());
        for (auto it = keysOf.begin(); it != keysOf.end(); ++it) {
            if (kind == TableKind::CashFlows && shared.contains(it.key())) {
                QCOMPARE(it.value(), QSet<QString>({QStringLiteral("cash_at_beginning"), QStringLiteral("cash_and_cash_equivalents")}));
                continue;
            }
            QVERIFY2(it.value().size() == 1, qPrintable(it.key() + QStringLiteral(" names ") + QStringList(it.value().values()).join(QLatin1Char(','))));
        }
    }

    void sectionsAreOnesHeadingsOpen_data() { statementKinds_data(); }
    void sectionsAreOnesHeadingsOpen()
    {
        QFETCH(TableKind, kind);
        const QHash<TableKind, QStringList> heading = {
            {TableKind::FinancialPosition, {"Current assets", "Non-current assets", "Current liabilities", "Non-current liabilities"}},
            {TableKind::CashFlows, {"Cash flows from operating activities", "Cash flows from investing activities",
                                    "Cash flows from financing activities"}},
            {TableKind::ProfitOrLoss, {"Profit for the year attributable to:", "Total comprehensive income attributable to:",
                                       "Basic", "Diluted", "Basic and diluted", "From continuing operations",
                                       "From discontinued operations"}},
            {TableKind::ComprehensiveIncome, {"Profit for the year attributable to:", "Total comprehensive income attributable to:"}},
        };
        const Taxonomy &t = Taxonomy::builtin();
        QSet<QString> reachable;
        for (const QString &h : heading.value(kind)) {
            const QString s = t.sectionOfHeading(kind, h);
            QVERIFY2(!s.isEmpty(), qPrintable(h));
            for (const QString &tag : RowKeyer::sectionTags(s))
                reachable.insert(tag);
        }
        for (const Taxonomy::Entry &e : t.entries(kind)) {
            if (!e.section.isEmpty())
                QVERIFY2(reachable.contains(e.section), qPrintable(e.key + QStringLiteral(": ") + e.section));
            for (const QString &s : e.ifrsBySection.keys())
                QVERIFY2(reachable.contains(s), qPrintable(e.key + QStringLiteral(": ") + s));
        }
        // Headings that are line items are not sections.
        QCOMPARE(t.sectionOfHeading(kind, QStringLiteral("Net current assets")), QString());
    }

    void coverage()
    {
        const Taxonomy &t = Taxonomy::builtin();
        QSet<QString> all;
        for (TableKind k : allTableKinds())
            for (const QString &key : t.keys(k))
                all.insert(key);
        QVERIFY2(all.size() >= 150, qPrintable(QString::number(all.size())));
        QVERIFY(t.keys(TableKind::ComprehensiveIncome).contains(QStringLiteral("oci_exchange_differences")));
        QVERIFY(!t.ifrsTaxonomy().isEmpty());
        // Existing keys stay (workspaces and the scorer name them).
        for (const char *k : {"revenue", "net_cash_operating", "cash_at_beginning", "total_equity", "tci_attributable_to_nci"})
            QVERIFY2(t.displayName(QString::fromLatin1(k)) != QLatin1String(k), k);
    }

    // The bundled samples print the impairment line three ways.
    void sampleImpairmentCaptionsShareOneKey()
    {
        const QStringList captions = {QStringLiteral("Impairment losses on financial assets"), QStringLiteral("金融資產減值虧損淨額"),
                                      QStringLiteral("Net impairment losses on financial assets and contract assets")};
        const QStringList files = {QStringLiteral("cloud-factory-2024-interim.json"), QStringLiteral("harbour-lantern-2025-annual.json"),
                                   QStringLiteral("sensetime-2025-interim.json")};
        for (int i = 0; i < files.size(); ++i) {
            QFile f(QStringLiteral(LEDGERLENS_SOURCE_DIR "/resources/samples/") + files[i]);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            QVERIFY2(QString::fromUtf8(f.readAll()).contains(captions[i]), qPrintable(files[i] + QStringLiteral(" no longer prints ") + captions[i]));
            const Taxonomy::Match m = Taxonomy::builtin().match(TableKind::ProfitOrLoss, captions[i]);
            QCOMPARE(m.key, QStringLiteral("impairment_losses_financial_assets"));
            QCOMPARE(m.ifrs, QStringLiteral("ImpairmentLossImpairmentGainAndReversalOfImpairmentLossDeterminedInAccordanceWithIFRS9"));
        }
    }

    // Captions as HKFRS statements commonly print them, English and Chinese,
    // each with the key an analyst expects (tests/data/common-captions.tsv,
    // written for this test): the vocabulary unseen filings will bring.
    void commonCaptionsReachTheirKeys()
    {
        int checked = 0;
        const QStringList wrong = captionMisses(QStringLiteral("common-captions.tsv"), &checked);
        QVERIFY(checked > 500);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // A second list written apart from the first, without looking at it or at
    // any filing: how far the taxonomy reaches captions it was not fitted to.
    void freshCaptionsReachTheirKeys()
    {
        int checked = 0;
        const QStringList wrong = captionMisses(QStringLiteral("fresh-captions.tsv"), &checked);
        QVERIFY(checked > 300);
        // Every miss on its own line: QVERIFY2 cuts a long message short.
        for (const QString &w : wrong)
            qInfo("%s", qPrintable(w));
        qInfo("fresh captions: %lld of %d reach their key", qlonglong(checked - wrong.size()), checked);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void sectionedDataIsChecked()
    {
        QString error;
        // Same caption, same section, two keys: a data error.
        Taxonomy::fromJson(R"({"tables": {"financial_position": [
            {"key": "a", "section": "current_liabilities", "labels": ["Lease liabilities"]},
            {"key": "b", "section": "current_liabilities", "labels": ["Lease liabilities"]}]}})", &error);
        QVERIFY2(error.contains(QLatin1String("a")) && error.contains(QLatin1String("b")), qPrintable(error));
        // Different sections: fine, and each applies only in its own.
        const Taxonomy t = Taxonomy::fromJson(R"({"tables": {"financial_position": [
            {"key": "a", "section": "current_liabilities", "labels": ["Lease liabilities"]},
            {"key": "b", "section": "non_current_liabilities", "ifrs": "X", "labels": ["Lease liabilities"]}]}})", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(t.match(TableKind::FinancialPosition, QStringLiteral("Lease liabilities"), {QStringLiteral("non_current_liabilities")}).ifrs,
                 QStringLiteral("X"));
        QCOMPARE(t.canonicalFor(TableKind::FinancialPosition, QStringLiteral("Lease liabilities")), QString());
    }
};

QTEST_GUILESS_MAIN(TestTaxonomyData)
#include "tst_taxonomydata.moc"
