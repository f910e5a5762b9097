// The samples and every typeset fixture must come out the same on every
// machine: the typesetter loads its faces from named files and refuses to
// substitute another font when one is missing.
#include "typeset/FilingFonts.h"

#include <QRawFont>
#include <QtTest>

using namespace ledgerlens::typeset;

class TestFilingFonts : public QObject
{
    Q_OBJECT
private slots:
    void facesAreTheProjectsOwn_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("boldStyle");
        // The condensed faces, not the wider Book face of the same family.
        QTest::newRow("english") << false << QStringLiteral("DejaVu Serif") << QStringLiteral("Condensed")
                                 << QStringLiteral("Condensed Bold");
        QTest::newRow("chinese") << true << QStringLiteral("WenQuanYi Micro Hei") << QStringLiteral("Regular")
                                 << QStringLiteral("Regular");
    }
    void facesAreTheProjectsOwn()
    {
        QFETCH(bool, chinese);
        QFETCH(QString, family);
        QFETCH(QString, style);
        QFETCH(QString, boldStyle);
        QString error;
        const std::optional<FilingFonts> fonts = FilingFonts::forLanguage(chinese, &error);
        QVERIFY2(fonts, qPrintable(error));
        // The face drawn is the file's, whatever else the font database holds.
        for (const QFont &f : {fonts->body, fonts->table, fonts->small}) {
            const QRawFont raw = QRawFont::fromFont(f);
            QVERIFY(raw.isValid());
            QCOMPARE(raw.familyName(), family);
            QCOMPARE(raw.styleName(), style);
        }
        for (const QFont &f : {fonts->bold, fonts->tableBold, fonts->title}) {
            const QRawFont raw = QRawFont::fromFont(f);
            QCOMPARE(raw.familyName(), family);
            QCOMPARE(raw.styleName(), boldStyle);
        }
    }
};

QTEST_MAIN(TestFilingFonts)
#include "tst_filingfonts.moc"
