#include "WordCodec.h"

#include "layout/TextLine.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace ledgerlens::fuzz {

namespace {
int clampTo(double v, int hi) { return std::clamp(int(std::lround(v)), 0, hi); }
void putU16(QByteArray &out, int v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}
} // namespace

QVector<PdfWord> decodeWords(const uint8_t *data, size_t size)
{
    QVector<PdfWord> words;
    size_t i = 0;
    while (i + 8 <= size && words.size() < kMaxWords) {
        PdfWord w;
        w.page = data[i] % kMaxPages + 1;
        const double x = (data[i + 1] | data[i + 2] << 8) / 8.0;
        const double y = (data[i + 3] | data[i + 4] << 8) / 8.0;
        const double width = data[i + 5];
        const double height = data[i + 6] / 8.0;
        const size_t len = std::min<size_t>(data[i + 7] % kMaxText, size - i - 8);
        i += 8;
        // Poppler's words are normalised and trimmed, never empty.
        w.text = normalizePdfText(QString::fromUtf8(reinterpret_cast<const char *>(data + i), qsizetype(len))).trimmed();
        i += len;
        if (w.text.isEmpty())
            continue;
        w.box = QRectF(x, y, width, height);
        w.fontSize = height;
        words.append(w);
    }
    return words;
}

QByteArray encodeWords(const QVector<PdfWord> &words)
{
    QByteArray out;
    for (const PdfWord &w : words) {
        QByteArray text = w.text.toUtf8();
        // Whole characters only: cut at a UTF-8 lead byte.
        while (text.size() >= kMaxText || (!text.isEmpty() && text.size() < w.text.toUtf8().size()
                                            && (uchar(w.text.toUtf8()[text.size()]) & 0xC0) == 0x80))
            text.chop(1);
        out.append(char((w.page - 1 + kMaxPages) % kMaxPages));
        putU16(out, clampTo(w.box.left() * 8, 0xffff));
        putU16(out, clampTo(w.box.top() * 8, 0xffff));
        out.append(char(clampTo(w.box.width(), 255)));
        out.append(char(clampTo(w.box.height() * 8, 255)));
        out.append(char(text.size()));
        out.append(text);
    }
    return out;
}

DocumentText documentOf(const QVector<PdfWord> &words)
{
    int pages = 0;
    for (const PdfWord &w : words)
        pages = qMax(pages, w.page);
    QVector<QVector<PdfWord>> byPage(pages);
    for (const PdfWord &w : words)
        byPage[w.page - 1].append(w);
    DocumentText doc(pages);
    for (int p = 0; p < pages; ++p) {
        doc[p].page = p + 1;
        doc[p].size = QSizeF(595, 842);
        doc[p].wordCount = byPage[p].size();
        doc[p].lines = Layout::buildLines(byPage[p]);
    }
    return doc;
}

} // namespace ledgerlens::fuzz
