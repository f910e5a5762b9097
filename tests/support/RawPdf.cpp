#include "RawPdf.h"

#include <zlib.h>

namespace RawPdf {

namespace {
const QByteArray kFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

QByteArray page(int parent, int contents, double width, double height)
{
    return "<< /Type /Page /Parent " + QByteArray::number(parent) + " 0 R /MediaBox [0 0 " + QByteArray::number(width)
        + ' ' + QByteArray::number(height) + "] /Contents " + QByteArray::number(contents)
        + " 0 R /Resources << /Font << /F1 4 0 R >> >> >>";
}
} // namespace

QByteArray build(const QList<QByteArray> &objects)
{
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray stream(const QByteArray &data, const QByteArray &dictionaryExtra)
{
    return "<< /Length " + QByteArray::number(data.size()) + ' ' + dictionaryExtra + " >>\nstream\n" + data
        + "\nendstream";
}

QByteArray textContent(int lines)
{
    QByteArray c = "BT /F1 10 Tf 14 TL 72 760 Td\n";
    for (int i = 0; i < lines; ++i)
        c += "(Revenue from contracts with customers " + QByteArray::number(369696 + i) + " 301,862) '\n";
    return c + "ET\n";
}

QByteArray loopingPageTree()
{
    // 2 (root Pages) -> 5 (Pages) -> back to 2; the page 3 is never reached.
    return build({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [5 0 R] /Count 2 >>",
                  page(5, 6, 595, 842), kFont,
                  "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 2 >>", stream(textContent())});
}

QByteArray pageOfSize(double width, double height, int lines)
{
    return build({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                  page(2, 5, width, height), kFont, stream(textContent(lines))});
}

QByteArray flateBomb(qint64 decodedBytes)
{
    z_stream z{};
    deflateInit(&z, 9);
    const QByteArray blanks(1 << 20, ' ');
    QByteArray out;
    char buffer[1 << 16];
    auto pump = [&](int flush) {
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, int(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    };
    for (qint64 done = 0; done < decodedBytes; done += blanks.size()) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(blanks.constData()));
        z.avail_in = uInt(blanks.size());
        pump(Z_NO_FLUSH);
    }
    z.avail_in = 0;
    pump(Z_FINISH);
    deflateEnd(&z);
    return build({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                  page(2, 5, 595, 842), kFont, stream(out, "/Filter /FlateDecode")});
}

QByteArray withBrokenXref(const QByteArray &pdf)
{
    QByteArray out = pdf;
    const qsizetype at = out.lastIndexOf("startxref");
    if (at < 0)
        return out;
    const qsizetype eol = out.indexOf("%%EOF", at);
    // Half-way into the file: inside some object, not a cross-reference table.
    out.replace(at, eol - at, "startxref\n" + QByteArray::number(pdf.size() / 2) + "\n");
    return out;
}

} // namespace RawPdf
