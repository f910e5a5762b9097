// libFuzzer target: the workspace file reader (.ledgerlens bytes).
// The body lives in Harness.cpp so tests/robustness replays past crashes.
#include "Harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ledgerlens::fuzz::workspaceInput(data, size);
    return 0;
}
