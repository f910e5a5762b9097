// Files a user may drop on the app that cannot be read: each gets its own
// clear classification and a one-line message, never a crash or empty result.
#include "Fixtures.h"
#include "RawPdf.h"
#include "extract/Extractor.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;

class TestBadInputs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_good;

    ExtractionResult expect(const QString &path, ExtractionError error, const QString &password = {})
    {
        ExtractionOptions o;
        o.password = password;
        const ExtractionResult r = Extractor::extract(path, o);
        [&] {
            QVERIFY2(r.error == error, qPrintable(QStringLiteral("got %1: %2").arg(ExtractionErrors::key(r.error), r.message)));
            QVERIFY(!r.message.isEmpty());
            QVERIFY2(!r.message.contains(QLatin1Char('\n')), "one line");
        }();
        return r;
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        m_good = m_dir.filePath("good.pdf");
        QVERIFY(Fixtures::writeTable(m_good, Fixtures::profitOrLossTable()).ok);
        QVERIFY(Extractor::extract(m_good).ok());
    }
    void missing() { expect(m_dir.filePath("nowhere.pdf"), ExtractionError::NotFound); }
    void empty()
    {
        QVERIFY(Fixtures::emptyFile(m_dir.filePath("empty.pdf")));
        expect(m_dir.filePath("empty.pdf"), ExtractionError::EmptyFile);
    }
    void notPdf()
    {
        QVERIFY(Fixtures::notAPdf(m_dir.filePath("text.pdf")));
        expect(m_dir.filePath("text.pdf"), ExtractionError::NotPdf);
    }
    void truncated()
    {
        QVERIFY(Fixtures::truncatedCopy(m_good, m_dir.filePath("cut.pdf"), 0.6));
        expect(m_dir.filePath("cut.pdf"), ExtractionError::Truncated);
    }
    void folder()
    {
        QVERIFY(QDir(m_dir.path()).mkpath("folder.pdf"));
        expect(m_dir.filePath("folder.pdf"), ExtractionError::NotAFile);
    }
    // The page tree's Kids loop back up: poppler finds none of the pages.
    // Not "no text layer", which would send the analyst to OCR.
    void loopingPageTree()
    {
        const ExtractionResult r = expect(write("loop.pdf", RawPdf::loopingPageTree()), ExtractionError::DamagedPageTree);
        QCOMPARE(r.args.count, 2);
        QCOMPARE(r.args.page, 1);
    }
    // 200 x 200 inches (the PDF format's own limit), nothing legible on it.
    void pageFarTooLarge()
    {
        const ExtractionResult r = expect(write("poster.pdf", RawPdf::pageOfSize(14400, 14400)), ExtractionError::PageTooLarge);
        QCOMPARE(r.args.page, 1);
        QCOMPARE(r.args.pageSize, QSizeF(14400, 14400));
        QVERIFY2(r.message.contains("200 x 200 in"), qPrintable(r.message));
        // The same page at A4 is only an empty page.
        expect(write("blank.pdf", RawPdf::pageOfSize(595, 842)), ExtractionError::NoTextLayer);
    }
    // A content stream of 25 KB that inflates to 24 MB of blanks.
    void decompressionBomb()
    {
        const QString bomb = write("bomb.pdf", RawPdf::flateBomb(24LL << 20));
        QVERIFY(QFileInfo(bomb).size() < 1 << 20);
        const ExtractionResult r = expect(bomb, ExtractionError::StreamTooLarge);
        QVERIFY2(r.args.bytes >= 16LL << 20, qPrintable(QString::number(r.args.bytes)));
    }
    // Poppler rebuilds a broken cross-reference table: the report loads, and
    // says it was repaired.
    void repairedCrossReferenceTable()
    {
        QFile good(m_good);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QString broken = write("xref.pdf", RawPdf::withBrokenXref(good.readAll()));
        const ExtractionResult r = Extractor::extract(broken);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.report.table(TableKind::ProfitOrLoss));
        QVERIFY2(!r.report.warnings.isEmpty() && r.report.warnings.first().contains("repaired"),
                 qPrintable(r.report.warnings.join(" | ")));
        // The intact file says nothing of the kind.
        for (const QString &w : Extractor::extract(m_good).report.warnings)
            QVERIFY2(!w.contains("repaired"), qPrintable(w));
    }
    void imageOnly()
    {
        QVERIFY(Fixtures::writeImageOnlyPdf(m_dir.filePath("scan.pdf"), 2));
        expect(m_dir.filePath("scan.pdf"), ExtractionError::NoTextLayer);
    }
    void encrypted()
    {
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (qpdf.isEmpty())
            QSKIP("qpdf is not installed (apt-get install qpdf) to encrypt the fixture");
        const QString locked = m_dir.filePath("locked.pdf");
        QCOMPARE(QProcess::execute(qpdf, {"--encrypt", "s3cret", "owner-pw", "256", "--", m_good, locked}), 0);
        expect(locked, ExtractionError::Encrypted);
        expect(locked, ExtractionError::WrongPassword, QStringLiteral("guess"));
        ExtractionOptions o;
        o.password = QStringLiteral("s3cret");
        const ExtractionResult r = Extractor::extract(locked, o);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.report.table(TableKind::ProfitOrLoss));
    }
};

QTEST_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
