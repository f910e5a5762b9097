#pragma once

#include <cstddef>
#include <cstdint>

// The bodies of the fuzz targets, shared with tests/robustness/tst_fuzzregressions
// (which replays every input a fuzzer ever crashed on). Each one returns
// normally or traps (__builtin_trap) when an invariant breaks; sanitizers
// catch the rest.
namespace ledgerlens::fuzz {

// Words and boxes (WordCodec.h) -> recognisers, taxonomy, checks -> JSON and back.
void recognitionInput(const uint8_t *data, size_t size);
// One string through every text parser a printed cell or title meets.
void parsersInput(const uint8_t *data, size_t size);
// A workspace file's bytes through validate() and fromJson() into a store.
void workspaceInput(const uint8_t *data, size_t size);
// The worker's stdout through ReportJson::fromJson, as the workbench reads it.
void reportJsonInput(const uint8_t *data, size_t size);

} // namespace ledgerlens::fuzz
