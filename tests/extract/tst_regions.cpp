// A table the recogniser misses, read where the analyst points (RegionReader,
// ExtractionOptions::regions, `extract --table`): its figures and boxes as
// the typesetter printed them, and a clear problem for a region holding none.
#include "Fixtures.h"
#include "extract/Extractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;
using namespace ledgerlens::typeset;

class TestRegions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_pdf;
    FilingTable m_spec;
    TypesetResult m_placed;
    int m_block = -1;

    ExtractionResult extractWith(const QString &region)
    {
        ExtractionOptions o;
        QString why;
        const auto r = TableRegion::parse(region, &why);
        if (!r)
            qFatal("bad region %s: %s", qPrintable(region), qPrintable(why));
        o.regions = {*r};
        return Extractor::extract(m_pdf, o);
    }
    // The box the analyst would drag: from the left margin to the page's
    // right edge, from above the column header to under the last row.
    QRectF tableBox() const
    {
        const PlacedTable *p = m_placed.forBlock(m_block);
        QRectF cells;
        for (const auto &row : p->cells)
            for (const SourceRef &c : row)
                if (c.isValid())
                    cells = cells.isNull() ? c.box : cells.united(c.box);
        return QRectF(0, cells.top() - 60, 595, cells.height() + 66);
    }
    QString boxText(const QRectF &b) const
    {
        return QStringLiteral("%1,%2,%3,%4").arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pdf = m_dir.filePath("untitled-cash-flows.pdf");
        m_spec = Fixtures::untitledCashFlowsTable();
        m_placed = Fixtures::writeMissedCashFlows(m_pdf, &m_block);
        QCOMPARE(m_placed.pageCount, 3);
        QCOMPARE(m_placed.forBlock(m_block)->pages, QVector<int>{2});
    }

    void recogniserMissesIt()
    {
        const ExtractionResult r = Extractor::extract(m_pdf);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.report.table(TableKind::ProfitOrLoss));
        QVERIFY(!r.report.table(TableKind::CashFlows));
    }

    void readByRegion_data()
    {
        QTest::addColumn<bool>("withBox");
        QTest::newRow("box around the table") << true;
        QTest::newRow("whole page") << false;
    }
    void readByRegion()
    {
        QFETCH(bool, withBox);
        const QString region = withBox ? QStringLiteral("cash_flows=pages:2,box:") + boxText(tableBox())
                                       : QStringLiteral("cash_flows=pages:2");
        const ExtractionResult r = extractWith(region);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.regionIssues.isEmpty());
        QVERIFY(r.report.table(TableKind::ProfitOrLoss)); // the recognised tables stay
        const Table *t = r.report.table(TableKind::CashFlows);
        QVERIFY(t);
        QCOMPARE(t->pages, QVector<int>{2});
        QCOMPARE(t->columns.size(), 2);
        QCOMPARE(t->columns[0].periodEnd, QDate(2024, 6, 30));
        QCOMPARE(t->columns[1].periodEnd, QDate(2023, 6, 30));
        QCOMPARE(t->unit, qint64(1000));
        const PlacedTable *placed = m_placed.forBlock(m_block);
        int matched = 0, expected = 0;
        for (int row = 0; row < m_spec.rows.size(); ++row) {
            const FilingRow &spec = m_spec.rows[row];
            if (spec.style == RowStyle::Heading)
                continue;
            ++expected;
            const LineItem *it = nullptr;
            for (const LineItem &cand : t->items)
                if (cand.label.compare(spec.label, Qt::CaseInsensitive) == 0 && cand.kind != RowKind::Heading)
                    it = &cand;
            QVERIFY2(it, qPrintable(spec.label));
            for (int c = 0; c < spec.values.size(); ++c) {
                QCOMPARE(it->cells[c].value, spec.values[c]);
                const SourceRef &want = placed->cells[row][c];
                QCOMPARE(it->cells[c].source.page, want.page);
                QVERIFY2(qAbs(it->cells[c].source.box.center().x() - want.box.center().x()) < 4
                             && qAbs(it->cells[c].source.box.center().y() - want.box.center().y()) < 4,
                         qPrintable(spec.label));
            }
            ++matched;
        }
        QCOMPARE(matched, expected);
        // The capital commitments sentence under the box is no row of it.
        for (const LineItem &it : t->items)
            QVERIFY2(!it.label.contains(QLatin1String("commitments")) || !withBox, qPrintable(it.label));
        // Its arithmetic is checked like a recognised statement's.
        int checks = 0;
        for (const Check &c : r.report.checks)
            if (c.table == TableKind::CashFlows) {
                ++checks;
                QVERIFY2(c.ok, qPrintable(c.rule));
            }
        QVERIFY(checks > 0);
    }

    void hostileRegions_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("says");
        QTest::newRow("page 999") << QStringLiteral("cash_flows=pages:999") << int(RegionProblem::NoSuchPage)
                                  << QStringLiteral("there is no page 999 (the PDF has 3 pages)");
        QTest::newRow("run past the end") << QStringLiteral("cash_flows=pages:2-4") << int(RegionProblem::NoSuchPage)
                                          << QStringLiteral("there is no page 4");
        QTest::newRow("outside the page") << QStringLiteral("cash_flows=pages:2,box:700,900,100,100")
                                          << int(RegionProblem::BoxOutsidePage)
                                          << QStringLiteral("the box lies outside page 2, which is 595 x 842 points");
        QTest::newRow("empty area") << QStringLiteral("cash_flows=pages:2,box:400,780,150,30")
                                    << int(RegionProblem::NothingPrinted)
                                    << QStringLiteral("nothing is printed there on page 2");
        QTest::newRow("page of prose") << QStringLiteral("cash_flows=pages:3") << int(RegionProblem::NoFigureRows)
                                       << QStringLiteral("no rows of figures");
    }
    void hostileRegions()
    {
        QFETCH(QString, region);
        QFETCH(int, problem);
        QFETCH(QString, says);
        const ExtractionResult r = extractWith(region);
        QVERIFY(r.ok());
        QCOMPARE(r.regionIssues.size(), 1);
        QCOMPARE(int(r.regionIssues[0].problem), problem);
        QVERIFY2(r.regionIssues[0].message.contains(says), qPrintable(r.regionIssues[0].message));
        QVERIFY(!r.report.table(TableKind::CashFlows));
    }

    void parseRegion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one page") << QStringLiteral("cash_flows=pages:76") << true;
        QTest::newRow("run and box") << QStringLiteral("revenue_mix=pages:76-77,box:10,20.5,300,400") << true;
        QTest::newRow("unknown kind") << QStringLiteral("cashflows=pages:2") << false;
        QTest::newRow("page 0") << QStringLiteral("cash_flows=pages:0") << false;
        QTest::newRow("backwards") << QStringLiteral("cash_flows=pages:5-3") << false;
        QTest::newRow("flat box") << QStringLiteral("cash_flows=pages:5,box:1,2,0,4") << false;
        QTest::newRow("no pages") << QStringLiteral("cash_flows") << false;
    }
    void parseRegion()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString why;
        const auto r = TableRegion::parse(text, &why);
        QCOMPARE(bool(r), valid);
        if (r)
            QCOMPARE(r->toString(), text); // written back the same way (the workspace stores it)
        else
            QVERIFY(!why.isEmpty());
    }

    // The CLI (and so the app's worker) takes the same regions.
    void cliTable()
    {
        QProcess p;
        p.start(QStringLiteral(LEDGERLENS_CLI),
                {QStringLiteral("extract"), m_pdf, QStringLiteral("--table"),
                 QStringLiteral("cash_flows=pages:2,box:") + boxText(tableBox())});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonValue cf = json.value("statements").toObject().value("cash_flows");
        QVERIFY2(cf.isObject(), "no cash_flows in the JSON");
        QVERIFY(QJsonDocument(cf.toObject()).toJson().contains("24791"));

        p.start(QStringLiteral(LEDGERLENS_CLI),
                {QStringLiteral("extract"), m_pdf, QStringLiteral("--table"), QStringLiteral("cash_flows=pages:999")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("cash_flows=pages:999: there is no page 999 (the PDF has 3 pages)")), qPrintable(err));

        p.start(QStringLiteral(LEDGERLENS_CLI),
                {QStringLiteral("extract"), m_pdf, QStringLiteral("--table"), QStringLiteral("cashflow=pages:2")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("unknown table kind")));
    }
};

QTEST_MAIN(TestRegions)
#include "tst_regions.moc"
