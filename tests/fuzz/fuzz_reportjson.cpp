// libFuzzer target: the extraction JSON the workbench reads from its worker process.
// The body lives in Harness.cpp so tests/robustness replays past crashes.
#include "Harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ledgerlens::fuzz::reportJsonInput(data, size);
    return 0;
}
