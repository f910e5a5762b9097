// Key audit: the extractor's canonical keys on real filings against keys
// read off the printed pages by hand (tests/data/keys/<file>.tsv). A row
// keyed differently from the page fails: a wrong key silently aligns a row
// with another company's different line item. A row left unmapped only
// lowers the coverage printed per file. Needs ../shared/corpus/real.
#include "domain/TableKind.h"
#include "extract/Extractor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QtTest>

using namespace ledgerlens;

namespace {

struct Expected
{
    TableKind table;
    QString label;
    QStringList keys; // alternatives the page supports; empty: stays unmapped
    int line = 0;
};

QString corpusDir() { return QStringLiteral(LEDGERLENS_SOURCE_DIR "/../shared/corpus/real"); }

// Case, width, spacing (Chinese captions print spaced out) do not tell rows apart.
QString fold(const QString &label)
{
    QString out;
    for (QChar c : label.normalized(QString::NormalizationForm_KC).toCaseFolded()) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QVector<Expected> readExpected(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = f.errorString();
        return {};
    }
    QVector<Expected> out;
    QTextStream in(&f);
    int n = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++n;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        Expected e;
        e.line = n;
        if (parts.size() != 3 || !tableKindFromKey(parts[0], &e.table)) {
            *error = QStringLiteral("line %1: want table<TAB>label<TAB>key").arg(n);
            return {};
        }
        e.label = parts[1];
        if (parts[2] != QLatin1String("-"))
            e.keys = parts[2].split(u'|');
        out << e;
    }
    return out;
}

bool printsFigures(const LineItem &item)
{
    return item.kind != RowKind::Heading
           && std::any_of(item.cells.cbegin(), item.cells.cend(), [](const Cell &c) { return c.value.has_value(); });
}

// The next row at or after `from` printing this label: the same caption, or
// one that begins with it (a caption the table joined with the line below).
int findRow(const Table &t, const QString &label, int from)
{
    const QString want = fold(label);
    for (int r = from; r < t.items.size(); ++r) {
        if (printsFigures(t.items[r]) && fold(t.items[r].label) == want)
            return r;
    }
    if (want.isEmpty())
        return -1;
    for (int r = from; r < t.items.size(); ++r) {
        if (printsFigures(t.items[r]) && fold(t.items[r].label).startsWith(want))
            return r;
    }
    return -1;
}

} // namespace

class TestKeyAudit : public QObject
{
    Q_OBJECT
private slots:
    void keysMatchThePage_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(QStringLiteral(LEDGERLENS_TESTDATA_DIR "/keys")).entryList({QStringLiteral("*.tsv")});
        QVERIFY(files.size() >= 4);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << QFileInfo(f).completeBaseName();
    }

    void keysMatchThePage()
    {
        QFETCH(QString, name);
        const QString pdf = corpusDir() + u'/' + name + QStringLiteral(".pdf");
        if (!QFileInfo::exists(pdf))
            QSKIP("the shared corpus is not here");
        QString error;
        const QVector<Expected> expected = readExpected(QStringLiteral(LEDGERLENS_TESTDATA_DIR "/keys/") + name + ".tsv", &error);
        QVERIFY2(!expected.isEmpty(), qPrintable(error));
        const ExtractionResult result = Extractor::extract(pdf);
        QVERIFY2(result.ok(), qPrintable(result.message));

        QStringList wrong, missing, absent;
        int keyedExpected = 0, keyedRight = 0, notFound = 0;
        QHash<TableKind, int> cursor;
        for (const Expected &e : expected) {
            keyedExpected += e.keys.isEmpty() ? 0 : 1;
            const Table *t = result.report.table(e.table);
            const int row = t ? findRow(*t, e.label, cursor.value(e.table)) : -1;
            const QString where = QStringLiteral("%1 \"%2\" (tsv line %3)").arg(tableKey(e.table), e.label).arg(e.line);
            if (row < 0) {
                ++notFound;
                absent << where;
                continue;
            }
            cursor[e.table] = row + 1;
            const QString got = t->items[row].canonical;
            if (got.isEmpty()) {
                if (!e.keys.isEmpty())
                    missing << where + QStringLiteral(": want ") + e.keys.join(u'|');
            } else if (e.keys.contains(got)) {
                ++keyedRight;
            } else {
                wrong << where + QStringLiteral(": keyed %1, the page says %2")
                                     .arg(got, e.keys.isEmpty() ? QStringLiteral("unmapped") : e.keys.join(u'|'));
            }
        }
        qInfo("%s: %d/%d rows keyed (%.0f%%), %d of %d rows not found",
              qPrintable(name), keyedRight, keyedExpected, keyedExpected ? 100.0 * keyedRight / keyedExpected : 100.0,
              notFound, int(expected.size()));
        for (const QString &m : missing)
            qInfo("  missing: %s", qPrintable(m));
        for (const QString &a : absent)
            qInfo("  not found: %s", qPrintable(a));
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("wrong keys:\n  ") + wrong.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestKeyAudit)
#include "tst_keyaudit.moc"
