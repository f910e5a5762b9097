// The bundled sample PDFs, generated at build time, against the expected JSON
// the generator emits: every keyed figure is printed, on the page and in the
// box the expected file says, with the value it says; the committed expected
// files have not drifted from the specs.
#include "Fixtures.h"
#include "PdfText.h"
#include "domain/Decimal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using ledgerlens::Decimal;

namespace {

const char *const Samples[] = {"cloud-factory-2024-interim", "sensetime-2025-interim",
                               "harbour-lantern-2025-annual"};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Every keyed table of an extraction JSON, by contract key.
QMap<QString, QJsonObject> tablesOf(const QJsonObject &root)
{
    QMap<QString, QJsonObject> out;
    const QJsonObject statements = root[QStringLiteral("statements")].toObject();
    for (auto it = statements.begin(); it != statements.end(); ++it)
        if (!it.value().toObject().isEmpty())
            out.insert(it.key(), it.value().toObject());
    for (const char *key : {"revenue_mix", "receivables_ageing", "payables_ageing"})
        if (!root[QLatin1String(key)].toObject().isEmpty())
            out.insert(QLatin1String(key), root[QLatin1String(key)].toObject());
    return out;
}

std::optional<Decimal> decimalOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    return Decimal::fromString(QString::number(v.toDouble(), 'f', 6));
}

} // namespace

class TestSamplePdfs : public QObject
{
    Q_OBJECT

private slots:
    void figuresWhereExpected_data();
    void figuresWhereExpected();
    void committedExpectedMatchesGenerator_data() { figuresWhereExpected_data(); }
    void committedExpectedMatchesGenerator();
    void balanceSheetContinuesWithHeader();
    void chineseTextExtractsAsCharacters();
    void highlightsComeBeforeTheStatement();
};

void TestSamplePdfs::figuresWhereExpected_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : Samples)
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSamplePdfs::figuresWhereExpected()
{
    QFETCH(QString, name);
    const QString pdf = Fixtures::samplePdf(name);
    const QJsonObject expected = readJson(Fixtures::sampleExpected(name));
    QVERIFY2(QFile::exists(pdf), qPrintable(pdf));
    QVERIFY2(!expected.isEmpty(), "generated expected JSON missing");
    QCOMPARE(PdfText::pageCount(pdf), expected[QStringLiteral("source")].toObject()[QStringLiteral("pages")].toInt());

    const QMap<QString, QJsonObject> tables = tablesOf(expected);
    QVERIFY2(tables.contains(QStringLiteral("profit_or_loss")) && tables.contains(QStringLiteral("financial_position"))
                 && tables.contains(QStringLiteral("receivables_ageing")),
             "a sample lacks a core table");
    QMap<int, QVector<PdfText::Word>> pageWords;
    int checked = 0;
    for (auto t = tables.begin(); t != tables.end(); ++t) {
        QVector<int> pages;
        for (const QJsonValue &p : t->value(QStringLiteral("pages")).toArray())
            pages.append(p.toInt());
        QVERIFY2(!pages.isEmpty(), qPrintable(t.key()));
        for (const QJsonValue &iv : t->value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = iv.toObject();
            const QJsonArray values = item[QStringLiteral("values")].toArray();
            const QJsonArray cells = item[QStringLiteral("cells")].toArray();
            QCOMPARE(cells.size(), values.size());
            for (int c = 0; c < values.size(); ++c) {
                const QJsonObject cell = cells[c].toObject();
                if (cell.isEmpty()) {
                    QVERIFY2(values[c].isNull(), "a figure without a cell");  // headings only
                    continue;
                }
                const int page = cell[QStringLiteral("page")].toInt();
                QVERIFY2(pages.contains(page), qPrintable(QStringLiteral("%1: page %2 not in the table's pages")
                                                              .arg(t.key()).arg(page)));
                if (!pageWords.contains(page))
                    pageWords.insert(page, PdfText::words(pdf, page));
                const QJsonArray b = cell[QStringLiteral("bbox")].toArray();
                const QRectF box(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble());
                const PdfText::Word *word = PdfText::wordAt(pageWords[page], box);
                const QString where = QStringLiteral("%1 '%2' column %3 on page %4")
                                          .arg(t.key(), item[QStringLiteral("label")].toString()).arg(c).arg(page);
                QVERIFY2(word, qPrintable(QStringLiteral("nothing printed at ") + where));
                QString machine;
                QVERIFY2(PdfText::parseFigure(word->text, &machine),
                         qPrintable(QStringLiteral("'%1' is not a figure at %2").arg(word->text, where)));
                const std::optional<Decimal> want = decimalOf(values[c]);
                if (!want) {
                    QVERIFY2(machine.isEmpty(), qPrintable(QStringLiteral("expected a dash at ") + where));
                } else {
                    const std::optional<Decimal> got = Decimal::fromString(machine);
                    QVERIFY2(got && *got == *want,
                             qPrintable(QStringLiteral("printed %1, expected %2 at %3")
                                            .arg(word->text, want->toString(), where)));
                }
                ++checked;
            }
        }
    }
    QVERIFY2(checked > 60, qPrintable(QStringLiteral("only %1 figures checked").arg(checked)));
}

void TestSamplePdfs::committedExpectedMatchesGenerator()
{
    QFETCH(QString, name);
    const QJsonObject committed = readJson(QStringLiteral(LEDGERLENS_SOURCE_DIR "/resources/samples/") + name
                                           + QStringLiteral(".expected.json"));
    const QJsonObject generated = readJson(Fixtures::sampleExpected(name));
    QVERIFY(!committed.isEmpty());
    QVERIFY(!generated.isEmpty());
    // After editing a spec: cmake --build <build> --target update_sample_expected
    for (auto it = generated.begin(); it != generated.end(); ++it)
        QVERIFY2(committed.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: '%2' differs from the generator's output").arg(name, it.key())));
}

void TestSamplePdfs::balanceSheetContinuesWithHeader()
{
    const QString name = QStringLiteral("sensetime-2025-interim");
    const QJsonObject expected = readJson(Fixtures::sampleExpected(name));
    const QJsonArray pages = expected[QStringLiteral("statements")].toObject()[QStringLiteral("financial_position")]
                                 .toObject()[QStringLiteral("pages")].toArray();
    QCOMPARE(pages.size(), 2);
    const int second = pages[1].toInt();
    QCOMPARE(second, pages[0].toInt() + 1);
    const QString text = PdfText::pageText(Fixtures::samplePdf(name), second);
    QVERIFY2(text.contains(QStringLiteral("INTERIM CONDENSED CONSOLIDATED BALANCE SHEET (continued)")), qPrintable(text.left(300)));
    // The column header is repeated above the continued rows.
    double firstFigureY = 1e9;
    const QJsonArray items = expected[QStringLiteral("statements")].toObject()[QStringLiteral("financial_position")]
                                 .toObject()[QStringLiteral("items")].toArray();
    for (const QJsonValue &iv : items)
        for (const QJsonValue &cv : iv.toObject()[QStringLiteral("cells")].toArray()) {
            const QJsonObject cell = cv.toObject();
            if (cell[QStringLiteral("page")].toInt() == second)
                firstFigureY = std::min(firstFigureY, cell[QStringLiteral("bbox")].toArray()[1].toDouble());
        }
    QVERIFY2(firstFigureY < 1e9, "no figures on the continued page");
    double headerY = -1;
    for (const PdfText::Word &w : PdfText::words(Fixtures::samplePdf(name), second))
        if (w.text == QStringLiteral("(Audited)") && headerY < 0)
            headerY = w.box.top();
    QVERIFY2(headerY > 0, "no repeated column header on the continued page");
    QVERIFY(headerY < firstFigureY);
}

void TestSamplePdfs::chineseTextExtractsAsCharacters()
{
    const QString name = QStringLiteral("harbour-lantern-2025-annual");
    const QString pdf = Fixtures::samplePdf(name);
    const QJsonObject pl = readJson(Fixtures::sampleExpected(name))[QStringLiteral("statements")].toObject()
                               [QStringLiteral("profit_or_loss")].toObject();
    const int page = pl[QStringLiteral("pages")].toArray().first().toInt();
    const QString text = PdfText::pageText(pdf, page);
    for (const QString &s : {QStringLiteral("綜合損益表"), QStringLiteral("千港元"), QStringLiteral("二零二五年"),
                             QStringLiteral("附註"), QStringLiteral("除稅前溢利")})
        QVERIFY2(text.contains(s), qPrintable(QStringLiteral("'%1' not extracted from page %2").arg(s).arg(page)));
    // The revenue label sits on the line of its figure.
    const QVector<PdfText::Word> words = PdfText::words(pdf, page);
    const PdfText::Word *label = nullptr, *figure = nullptr;
    for (const PdfText::Word &w : words) {
        if (w.text == QStringLiteral("收益") && !label)
            label = &w;
        if (w.text == QStringLiteral("1,286,540") && !figure)
            figure = &w;
    }
    QVERIFY(label && figure);
    QVERIFY(qAbs(label->box.center().y() - figure->box.center().y()) < 2.0);
    QVERIFY(label->box.right() < figure->box.left());
}

void TestSamplePdfs::highlightsComeBeforeTheStatement()
{
    // Page 1 repeats key figures in a highlights table; the statement an
    // analyst keys in is the later one, and the expected JSON points there.
    const QString name = QStringLiteral("cloud-factory-2024-interim");
    const QString page1 = PdfText::pageText(Fixtures::samplePdf(name), 1);
    QVERIFY(page1.contains(QStringLiteral("FINANCIAL HIGHLIGHTS")));
    QVERIFY(page1.contains(QStringLiteral("369,696")));
    const QJsonObject pl = readJson(Fixtures::sampleExpected(name))[QStringLiteral("statements")].toObject()
                               [QStringLiteral("profit_or_loss")].toObject();
    QVERIFY(pl[QStringLiteral("pages")].toArray().first().toInt() > 1);
}

QTEST_GUILESS_MAIN(TestSamplePdfs)
#include "tst_samplepdfs.moc"
