// Chinese text drawn with a non-embedded CID font through one of Adobe's
// predefined CMaps (UniCNS-UCS2-H, UniGB-UCS2-H). Many real filings print
// their Chinese this way; poppler can read it only with the CMaps and CID
// maps of poppler-data. Without that package every Chinese character of such
// a page is silently missing, so this names the failure instead.
#include "document/PdfDocument.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;

namespace {

// A one-page PDF written object by object (QPdfWriter only embeds fonts with
// Identity-H, so it cannot make this): `hex` is the UCS-2 text, shown with a
// Type0 font whose CMap is `cmap` over a CIDFontType0 of `ordering`.
QByteArray cidFontPdf(const char *cmap, const char *ordering, const char *hex)
{
    const QByteArray content = QByteArray("BT /F1 12 Tf 72 700 Td <") + hex + "> Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        QByteArray("<< /Type /Font /Subtype /Type0 /BaseFont /Ming /Encoding /") + cmap
            + " /DescendantFonts [6 0 R] >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        QByteArray("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Ming /CIDSystemInfo << /Registry (Adobe) "
                   "/Ordering (") + ordering + ") /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>",
        "<< /Type /FontDescriptor /FontName /Ming /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
        "/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QString pageText(const QString &path)
{
    PdfOpenStatus status;
    QString message;
    auto doc = PdfDocument::open(path, QString(), &status, &message);
    if (!doc)
        return QStringLiteral("<cannot open: %1>").arg(message);
    QString text;
    for (const PdfWord &w : doc->words(1).words)
        text += w.text;
    return text;
}

} // namespace

class TestCjkCmaps : public QObject
{
    Q_OBJECT
private slots:
    void predefinedCmapTextIsRead_data()
    {
        QTest::addColumn<QByteArray>("cmap");
        QTest::addColumn<QByteArray>("ordering");
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("expected");
        // 綜合財務狀況表 / 综合财务状况表 (statement of financial position)
        QTest::newRow("traditional, UniCNS-UCS2-H") << QByteArray("UniCNS-UCS2-H") << QByteArray("CNS1")
                                                   << QByteArray("7D9C54088CA152D972C06CC18868")
                                                   << QStringLiteral("綜合財務狀況表");
        QTest::newRow("simplified, UniGB-UCS2-H") << QByteArray("UniGB-UCS2-H") << QByteArray("GB1")
                                                 << QByteArray("7EFC54088D2252A172B651B58868")
                                                 << QStringLiteral("综合财务状况表");
    }
    void predefinedCmapTextIsRead()
    {
        QFETCH(QByteArray, cmap);
        QFETCH(QByteArray, ordering);
        QFETCH(QByteArray, hex);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cid.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(cidFontPdf(cmap.constData(), ordering.constData(), hex.constData()));
        f.close();
        const QString text = pageText(path);
        QVERIFY2(text == expected,
                 qPrintable(QStringLiteral("read \"%1\" instead of \"%2\": poppler cannot map the %3 CMap; is the "
                                           "poppler-data package installed (tools/deps.sh)?")
                                .arg(text, expected, QString::fromLatin1(cmap))));
    }
};

QTEST_GUILESS_MAIN(TestCjkCmaps)
#include "tst_cjkcmaps.moc"
