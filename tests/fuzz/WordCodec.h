#pragma once

#include "document/PdfWord.h"
#include "extract/PageText.h"

#include <QByteArray>
#include <QVector>
#include <cstddef>
#include <cstdint>

namespace ledgerlens::fuzz {

// The byte format the recognition fuzz target reads: a bounded list of words,
// so any input decodes to something the engine could get from poppler.
// Per word (little endian):
//   u8 page (mod kMaxPages, 1-based after decoding), u16 x, u16 y (1/8 pt),
//   u8 width (pt), u8 height (1/8 pt), u8 length (mod kMaxText), UTF-8 text.
constexpr int kMaxPages = 16;
constexpr int kMaxWords = 4000;
constexpr int kMaxText = 64; // bytes: a 16-character CJK heading (48 bytes) still fits

QVector<PdfWord> decodeWords(const uint8_t *data, size_t size);
// The inverse, for seeds dumped from real PDFs (boxes are rounded).
QByteArray encodeWords(const QVector<PdfWord> &words);
// Words grouped into A4 pages and lines, as PageReader would give them.
DocumentText documentOf(const QVector<PdfWord> &words);

} // namespace ledgerlens::fuzz
