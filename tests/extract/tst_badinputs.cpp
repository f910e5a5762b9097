// Files a user may drop on the app that cannot be read: each gets its own
// clear classification and a one-line message, never a crash or empty result.
#include "Fixtures.h"
#include "extract/Extractor.h"

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

    void expect(const QString &path, ExtractionError error, const QString &password = {})
    {
        ExtractionOptions o;
        o.password = password;
        const ExtractionResult r = Extractor::extract(path, o);
        QCOMPARE(int(r.error), int(error));
        QVERIFY(!r.message.isEmpty());
        QVERIFY2(!r.message.contains(QLatin1Char('\n')), "one line");
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
        expect(m_dir.filePath("cut.pdf"), ExtractionError::Damaged);
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
