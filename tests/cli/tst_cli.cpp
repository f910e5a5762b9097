// ledgerlens-cli extract as the app's worker process and a user's shell see it:
// JSON on stdout, exit codes, one-line errors, progress lines, --out.
#include "Fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exit = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(LEDGERLENS_CLI), args);
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString fold(const QString &s)
{
    QString t = s.normalized(QString::NormalizationForm_KC).toLower().simplified();
    for (QChar &c : t)
        if (c == QChar(0x2013) || c == QChar(0x2014))
            c = QLatin1Char('-');
    return t;
}

// Share of the expected items (with figures) found with every value right.
double matchRatio(const QJsonObject &expected, const QJsonObject &actual)
{
    int found = 0, total = 0;
    const QStringList keys = {"profit_or_loss", "comprehensive_income", "financial_position", "cash_flows",
                              "revenue_mix", "receivables_ageing", "payables_ageing"};
    for (const QString &k : keys) {
        const bool statement = k.size() && keys.indexOf(k) < 4;
        const QJsonObject et = statement ? expected["statements"].toObject()[k].toObject() : expected[k].toObject();
        const QJsonObject at = statement ? actual["statements"].toObject()[k].toObject() : actual[k].toObject();
        const double ue = et["unit"].toDouble(1), ua = at["unit"].toDouble(1);
        QVector<bool> used(at["items"].toArray().size());
        for (const auto &ev : et["items"].toArray()) {
            const QJsonArray evals = ev.toObject()["values"].toArray();
            bool any = false;
            for (const auto &v : evals)
                any = any || !v.isNull();
            if (!any)
                continue;
            ++total;
            const QJsonArray items = at["items"].toArray();
            for (int i = 0; i < items.size(); ++i) {
                const QJsonObject a = items[i].toObject();
                if (used[i] || fold(a["label"].toString()) != fold(ev.toObject()["label"].toString()))
                    continue;
                const QJsonArray avals = a["values"].toArray();
                bool same = avals.size() >= evals.size();
                for (int c = 0; same && c < evals.size(); ++c) {
                    const double e = evals[c].isNull() ? 0 : evals[c].toDouble() * ue;
                    const double g = avals[c].isNull() ? 0 : avals[c].toDouble() * ua;
                    same = qAbs(e - g) <= 1e-6 * qMax(1.0, qAbs(e));
                }
                if (same) {
                    used[i] = true;
                    ++found;
                    break;
                }
            }
        }
    }
    return total ? double(found) / total : 0.0;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_pl;

private slots:
    void initTestCase()
    {
        m_pl = m_dir.filePath("pl.pdf");
        QVERIFY(Fixtures::writeTable(m_pl, Fixtures::profitOrLossTable()).ok);
    }
    void printsContractJson()
    {
        const Run r = cli({"extract", m_pl});
        QCOMPARE(r.exit, 0);
        QJsonParseError e;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(root["source"].toObject()["path"].toString(), QStringLiteral("pl.pdf"));
        const QJsonObject pl = root["statements"].toObject()["profit_or_loss"].toObject();
        QCOMPARE(pl["unit"].toDouble(), 1000.0);
        const QJsonObject revenue = pl["items"].toArray().first().toObject();
        QCOMPARE(revenue["label"].toString(), QStringLiteral("REVENUE"));
        QCOMPARE(revenue["note"].toString(), QStringLiteral("5"));
        QCOMPARE(revenue["values"].toArray().first().toDouble(), 369696.0);
        QCOMPARE(revenue["cells"].toArray().first().toObject()["page"].toInt(), 1);
        QCOMPARE(pl["columns"].toArray().first().toObject()["period_end"].toString(), QStringLiteral("2024-06-30"));
    }
    void progressLines()
    {
        const Run r = cli({"extract", m_pl, "--progress"});
        QCOMPARE(r.exit, 0);
        const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QRegularExpression re(QStringLiteral("^progress (\\d+) (\\d+)$"));
        QString last;
        for (const QString &l : lines)
            if (re.match(l).hasMatch())
                last = l;
        QVERIFY2(!last.isEmpty(), r.err.constData());
        const auto m = re.match(last);
        QCOMPARE(m.captured(1), m.captured(2)); // ends at done == total
    }
    void unreadableExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("empty") << "empty";
        QTest::newRow("not a pdf") << "text";
        QTest::newRow("truncated") << "cut";
        QTest::newRow("missing") << "missing";
        QTest::newRow("image only") << "scan";
    }
    void unreadableExitsTwoWithOneLine()
    {
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(kind + ".pdf");
        if (kind == "empty")
            QVERIFY(Fixtures::emptyFile(path));
        else if (kind == "text")
            QVERIFY(Fixtures::notAPdf(path));
        else if (kind == "cut")
            QVERIFY(Fixtures::truncatedCopy(m_pl, path, 0.5));
        else if (kind == "scan")
            QVERIFY(Fixtures::writeImageOnlyPdf(path));
        const Run r = cli({"extract", path});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(QLatin1String("error: ")));
    }
    void noStatementsIsValidJsonWithWarning()
    {
        Fixtures::FilingDocument doc;
        doc.addTitle(QStringLiteral("CHAIRMAN'S STATEMENT"));
        doc.addParagraph(QStringLiteral("The year was one of steady progress across all of our businesses."));
        const QString path = m_dir.filePath("prose.pdf");
        QVERIFY(Fixtures::writeDocument(path, doc).ok);
        const Run r = cli({"extract", path});
        QCOMPARE(r.exit, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!root.isEmpty());
        QVERIFY(root["statements"].toObject()["profit_or_loss"].toObject().isEmpty());
        QVERIFY(r.err.contains("warning:"));
    }
    void outDirWritesOneJsonPerFile()
    {
        const QString second = m_dir.filePath("pl2.pdf");
        QVERIFY(QFile::copy(m_pl, second));
        const QString out = m_dir.filePath("out");
        const Run r = cli({"extract", m_pl, second, "--out", out});
        QCOMPARE(r.exit, 0);
        QVERIFY(QFile::exists(out + "/pl.json"));
        QVERIFY(QFile::exists(out + "/pl2.json"));
    }
    void severalFilesNeedOut()
    {
        const Run r = cli({"extract", m_pl, m_pl});
        QCOMPARE(r.exit, 1);
    }
    void bundledSamplesMatchTheirExpectedJson()
    {
        const QDir samples(QStringLiteral(LEDGERLENS_SAMPLES_DIR));
        const QStringList pdfs = samples.entryList({"*.pdf"}, QDir::Files);
        if (pdfs.isEmpty())
            QSKIP("no bundled samples generated in this build");
        int checked = 0;
        for (const QString &pdf : pdfs) {
            const QString name = QFileInfo(pdf).completeBaseName();
            QFile expected(samples.filePath(name + ".expected.json"));
            if (!expected.open(QIODevice::ReadOnly))
                continue;
            const Run r = cli({"extract", samples.filePath(pdf)});
            QCOMPARE(r.exit, 0);
            const QJsonObject want = QJsonDocument::fromJson(expected.readAll()).object();
            const QJsonObject got = QJsonDocument::fromJson(r.out).object();
            const double ratio = matchRatio(want, got);
            QVERIFY2(ratio >= 0.99, qPrintable(QStringLiteral("%1: %2 of expected items").arg(name).arg(ratio)));
            // Periods too: a chart captions a column by its end and length ("1H 2024").
            const QJsonArray wantCols = want["revenue_mix"].toObject()["columns"].toArray();
            const QJsonArray gotCols = got["revenue_mix"].toObject()["columns"].toArray();
            for (int c = 0; c < wantCols.size() && c < gotCols.size(); ++c) {
                QCOMPARE(gotCols[c].toObject()["period_end"], wantCols[c].toObject()["period_end"]);
                QCOMPARE(gotCols[c].toObject()["months"], wantCols[c].toObject()["months"]);
            }
            ++checked;
        }
        QVERIFY(checked > 0);
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
