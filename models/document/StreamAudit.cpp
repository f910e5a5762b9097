#include "StreamAudit.h"

#include <QByteArray>
#include <QFile>

#include <zlib.h>

namespace ledgerlens {

namespace {

// The dictionary of the stream whose keyword is at `at`: back to its "obj".
QByteArray dictionaryBefore(const char *data, qint64 at)
{
    const qint64 from = qMax<qint64>(0, at - 4096);
    const QByteArray window = QByteArray::fromRawData(data + from, int(at - from));
    const int obj = window.lastIndexOf("obj");
    return window.mid(obj < 0 ? 0 : obj);
}

// Inflates from data until the stream ends, fails or yields `bound` bytes.
// Returns the bytes produced; *consumed gets the input used.
qint64 inflateCount(const char *data, qint64 size, qint64 bound, qint64 *consumed)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return 0;
    static thread_local char sink[1 << 16];
    qint64 produced = 0, fed = 0;
    int rc = Z_OK;
    while (rc == Z_OK && produced < bound) {
        if (z.avail_in == 0 && fed < size) {
            const qint64 chunk = qMin<qint64>(size - fed, 1 << 20);
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data + fed));
            z.avail_in = uInt(chunk);
            fed += chunk;
        }
        z.next_out = reinterpret_cast<Bytef *>(sink);
        z.avail_out = sizeof sink;
        rc = inflate(&z, Z_NO_FLUSH);
        produced += qint64(sizeof sink - z.avail_out);
        if (rc == Z_BUF_ERROR && z.avail_in == 0 && fed >= size)
            break;
        if (rc == Z_BUF_ERROR)
            rc = Z_OK;
    }
    *consumed = fed - z.avail_in;
    inflateEnd(&z);
    return produced;
}

} // namespace

StreamAudit::Finding StreamAudit::findBomb(const QString &path, qint64 minDecoded, int ratio)
{
    Finding worst;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() == 0)
        return worst;
    const qint64 size = f.size();
    const uchar *mapped = f.map(0, size);
    QByteArray copy;
    if (!mapped) {
        copy = f.readAll();
        mapped = reinterpret_cast<const uchar *>(copy.constData());
    }
    const char *data = reinterpret_cast<const char *>(mapped);
    const QByteArray all = QByteArray::fromRawData(data, int(qMin<qint64>(size, INT_MAX)));
    qint64 at = 0;
    while ((at = all.indexOf("stream", int(at))) >= 0) {
        const qint64 keyword = at;
        at += 6;
        if (keyword >= 3 && all.mid(int(keyword - 3), 3) == "end")
            continue;
        // The data starts after the keyword's end of line.
        qint64 start = at;
        if (start < size && data[start] == '\r')
            ++start;
        if (start < size && data[start] == '\n')
            ++start;
        if (start == at)
            continue;  // "stream" inside a word or a string, not the keyword
        const QByteArray dict = dictionaryBefore(data, keyword);
        if (!dict.contains("/FlateDecode") || dict.contains("/Image"))
            continue;
        qint64 consumed = 0;
        const qint64 produced = inflateCount(data + start, size - start, minDecoded, &consumed);
        if (produced > worst.decodedBytes) {
            worst.decodedBytes = produced;
            worst.encodedBytes = consumed;
        }
        if (produced >= minDecoded && produced >= qint64(ratio) * qMax<qint64>(1, consumed)) {
            worst.bomb = true;
            worst.decodedBytes = produced;
            worst.encodedBytes = consumed;
            return worst;
        }
        at = start + qMax<qint64>(consumed, 0);
    }
    return worst;
}

} // namespace ledgerlens
