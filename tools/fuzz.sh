#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan into
# build-fuzz (or $LEDGERLENS_FUZZ_DIR) and runs each for SECONDS (default 60).
#   tools/fuzz.sh [SECONDS] [TARGET...]
# Seeds: tests/fuzz/corpus/<target> (committed) plus corpora written by
# fuzz_seeds from the sample PDFs. The growing corpus stays in
# <build>/fuzz-corpus/<target>; crashes land in <build>/fuzz-artifacts. Each
# crash found should become a regression input in tests/robustness/data/fuzz.
# Exit status 1 when any target found a crash, leak, timeout or OOM.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_TARGET=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(fuzz_recognition fuzz_parsers fuzz_workspace fuzz_reportjson)
BUILD_DIR=${LEDGERLENS_FUZZ_DIR:-build-fuzz}
export CC=clang CXX=clang++

t0=$(date +%s)
# The sample generator runs during the build: no leak checks there.
export ASAN_OPTIONS=detect_leaks=0
# Bounds checks too: std:: containers and optionals (_GLIBCXX_ASSERTIONS) and
# Qt's Q_ASSERTs (QList::operator[] and friends), which ASan misses inside a
# container's spare capacity.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="-D_GLIBCXX_ASSERTIONS -UQT_NO_DEBUG" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DLEDGERLENS_FUZZ=ON -DLEDGERLENS_SANITIZE=ON >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target ledgerlens_fuzz ledgerlens_sample_pdfs
t1=$(date +%s)

SEEDS="$BUILD_DIR/fuzz-seeds"
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/fuzz/fuzz_seeds" "$SEEDS" "$BUILD_DIR"/samples/*.pdf

export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitize/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$ROOT/tests/sanitize/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
ART="$BUILD_DIR/fuzz-artifacts"
mkdir -p "$ART"
found=0
summary=()
for target in "${TARGETS[@]}"; do
  short=${target#fuzz_}
  corpus="$BUILD_DIR/fuzz-corpus/$short"
  mkdir -p "$corpus"
  seeds=()
  [ -d "tests/fuzz/corpus/$short" ] && seeds+=("tests/fuzz/corpus/$short")
  [ -d "$SEEDS/$short" ] && seeds+=("$SEEDS/$short")
  dict=()
  [ -f "tests/fuzz/$short.dict" ] && dict=("-dict=tests/fuzz/$short.dict")
  log="$BUILD_DIR/fuzz-$short.log"
  before=$(ls "$ART" | wc -l)
  echo "== $target: ${SECONDS_PER_TARGET}s"
  rc=0
  "$BUILD_DIR/tests/fuzz/$target" "$corpus" "${seeds[@]}" "${dict[@]}" \
    -max_total_time="$SECONDS_PER_TARGET" -timeout=20 -rss_limit_mb=2560 -max_len=65536 \
    -artifact_prefix="$ART/$short-" -print_final_stats=1 >"$log" 2>&1 || rc=$?
  after=$(ls "$ART" | wc -l)
  grep -E "^#[0-9]+ +(INITED|DONE)" "$log" | tail -2 || true
  stats=$(grep -E "stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" "$log" | awk '{print $1 $2}' | tr '\n' ' ')
  cov=$(grep -Eo "cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+" "$log" | tail -1)
  if [ $rc -ne 0 ] || [ "$after" -gt "$before" ]; then
    found=1
    echo "!! $target: exit $rc, new artifacts in $ART:"
    grep -E "ERROR: |runtime error|SUMMARY|==[0-9]+==" "$log" | head -20 || true
  fi
  summary+=("$target: exit $rc; $cov; $stats")
done
t2=$(date +%s)
echo "fuzz summary (build $((t1 - t0)) s, fuzzing $((t2 - t1)) s):"
printf '  %s\n' "${summary[@]}"
exit $found
