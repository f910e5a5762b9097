#!/usr/bin/env bash
# Builds Ledgerlens with AddressSanitizer + UndefinedBehaviorSanitizer into
# build-asan (or $LEDGERLENS_ASAN_DIR) and runs the whole ctest suite under it,
# leak detection on. Extra args go to ctest (e.g. -R robustness).
# Leaks inside Qt, fontconfig and poppler that are not ours are suppressed in
# tests/sanitize/lsan.supp; keep that list narrow.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${LEDGERLENS_ASAN_DIR:-build-asan}
# gcc: clang's -fsanitize=function flags Qt's (valid) slot-object calls.
export CC=${ASAN_CC:-gcc} CXX=${ASAN_CXX:-g++}

# The build runs the sample generator: no leak checks while building.
export ASAN_OPTIONS=detect_leaks=0
t0=$(date +%s)
# -O1 -g1: the usual sanitizer trade-off, and about half the compile time of
# -O2 -g on CI's two cores; line tables are enough for the stack traces.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DLEDGERLENS_SANITIZE=ON >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
t1=$(date +%s)

export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitize/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$ROOT/tests/sanitize/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" --timeout 900 "$@" || status=$?
t2=$(date +%s)
echo "sanitize: build $((t1 - t0)) s, tests $((t2 - t1)) s, total $((t2 - t0)) s (ASan+UBSan, leaks on)"
exit $status
