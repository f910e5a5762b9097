// libFuzzer target: words and boxes in, tables out (WordCodec.h decodes any bytes into a bounded list of words).
// The body lives in Harness.cpp so tests/robustness replays past crashes.
#include "Harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ledgerlens::fuzz::recognitionInput(data, size);
    return 0;
}
