// libFuzzer target: the text parsers every printed cell and title meets.
// The body lives in Harness.cpp so tests/robustness replays past crashes.
#include "Harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ledgerlens::fuzz::parsersInput(data, size);
    return 0;
}
