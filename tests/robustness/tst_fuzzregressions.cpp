// Replays every input the fuzzers ever crashed on (tests/robustness/data/fuzz/
// <target>/) and the committed seed corpora (tests/fuzz/corpus/<target>/)
// through the same harness bodies the libFuzzer targets run (tests/fuzz/
// Harness.cpp, compiled in here so this test needs no fuzzing toolchain).
// A regression crashes this test (and names the input first).
#include "../fuzz/Harness.cpp"
#include "../fuzz/Recognition.cpp"
#include "../fuzz/WordCodec.cpp"

#include <QDirIterator>
#include <QtTest>

using namespace ledgerlens;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    static QStringList inputs(const QString &target)
    {
        QStringList files;
        for (const QString &root : {QStringLiteral(LEDGERLENS_SOURCE_DIR "/tests/robustness/data/fuzz/"),
                                    QStringLiteral(LEDGERLENS_SOURCE_DIR "/tests/fuzz/corpus/")}) {
            QDirIterator it(root + target, QDir::Files);
            while (it.hasNext())
                files << it.next();
        }
        files.sort();
        return files;
    }

    static void replay(const QString &target, void (*harness)(const uint8_t *, size_t))
    {
        const QStringList files = inputs(target);
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no inputs for %1").arg(target)));
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            // Printed first, so a crash in the harness names its input.
            fprintf(stderr, "replay %s (%lld bytes)\n", qPrintable(QFileInfo(path).fileName()), qint64(bytes.size()));
            harness(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        }
        qInfo("%s: %d inputs replayed", qPrintable(target), int(files.size()));
    }

private slots:
    void recognition() { replay(QStringLiteral("recognition"), &fuzz::recognitionInput); }
    void parsers() { replay(QStringLiteral("parsers"), &fuzz::parsersInput); }
    void workspace() { replay(QStringLiteral("workspace"), &fuzz::workspaceInput); }
    void reportjson() { replay(QStringLiteral("reportjson"), &fuzz::reportJsonInput); }

    // A worker printing a figure too large for an exact Decimal (>= ~9.2e12 at
    // six places) once dereferenced an empty optional in ReportJson: the
    // workbench showed garbage or aborted. Now it is nil; the rest stay exact.
    void outOfRangeFigureIsNilNotGarbage()
    {
        QFile f(QStringLiteral(LEDGERLENS_SOURCE_DIR "/tests/robustness/data/fuzz/reportjson/out-of-range-figure.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Report r = ReportJson::fromJson(QJsonDocument::fromJson(f.readAll()).object());
        const Table *t = r.table(TableKind::ProfitOrLoss);
        QVERIFY(t && t->items.size() == 1);
        const QVector<Cell> &cells = t->items[0].cells;
        QCOMPARE(cells.size(), 5);
        QVERIFY(!cells[0].value);
        QVERIFY(!cells[1].value || cells[1].value->toString() == QStringLiteral("12345678901234.5"));
        QVERIFY(!cells[2].value || cells[2].value->toString() == QStringLiteral("-9300000000000"));
        QCOMPARE(cells[3].value, std::optional<Decimal>(Decimal(1, 1)));
        QCOMPARE(cells[4].value, std::optional<Decimal>(Decimal(-42)));
    }

    // The word codec itself: real words survive encoding (boxes to 1/8 pt).
    void wordCodecRoundTrips()
    {
        QVector<PdfWord> words;
        words.append(PdfWord{QStringLiteral("Revenue"), 1, QRectF(56.5, 120.25, 40, 9.5), 9.5});
        words.append(PdfWord{QStringLiteral("369,696"), 2, QRectF(420, 120.25, 33, 9.5), 9.5});
        words.append(PdfWord{QStringLiteral("截至二零二四年六月三十日止六個月"), 3, QRectF(60, 700, 200, 10), 10});
        const QByteArray bytes = fuzz::encodeWords(words);
        const QVector<PdfWord> back = fuzz::decodeWords(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        QCOMPARE(back.size(), words.size());
        for (int i = 0; i < words.size(); ++i) {
            QCOMPARE(back[i].text, words[i].text);
            QCOMPARE(back[i].page, words[i].page);
            QVERIFY(qAbs(back[i].box.left() - words[i].box.left()) <= 0.125);
            QVERIFY(qAbs(back[i].box.top() - words[i].box.top()) <= 0.125);
            QVERIFY(qAbs(back[i].box.height() - words[i].box.height()) <= 0.125);
        }
    }
};

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
