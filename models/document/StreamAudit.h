#pragma once

#include <QString>

namespace ledgerlens {

// Looks for a decompression "bomb": a small Flate stream that inflates to
// far more than any page's text needs, which poppler decodes in full while
// reading text (seconds to minutes of CPU, then nothing to show). Reads the
// raw file, without poppler, and stops inflating each stream at the bound,
// so it costs well under a second. Images are skipped: text reading never
// decodes them, and a blank scanned page compresses as well as a bomb.
namespace StreamAudit {

struct Finding
{
    bool bomb = false;
    qint64 decodedBytes = 0;   // of the worst stream, up to the bound
    qint64 encodedBytes = 0;
};

// A stream that decodes to at least minDecoded bytes at over ratio : 1.
// Page content compresses perhaps 10 : 1; blanks repeated compress 1000 : 1.
Finding findBomb(const QString &path, qint64 minDecoded = 16LL << 20, int ratio = 200);

} // namespace StreamAudit
} // namespace ledgerlens
