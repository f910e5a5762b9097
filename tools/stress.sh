#!/usr/bin/env bash
# Stress check (figures, not a pass/fail timing test): ~20 reports, good and
# broken, loaded again and again.
#   tools/stress.sh [ROUNDS]          (default 3)
# 1. CLI: every file extracted ROUNDS times in a fresh worker process, as the
#    workbench does; each run's exit status and peak RSS (/usr/bin/time) are
#    checked against what the file is (good: 0, broken: 2, nothing else).
# 2. Workbench process: the UI loader opens all files, waits, closes them all
#    and reopens them, ROUNDS times (tests/robustness/tst_reopen with
#    LEDGERLENS_STRESS_ROUNDS); its own RSS per round shows any growth.
# 3. Leaks: valgrind (or the ASan build's LeakSanitizer when build-asan
#    exists) on one good and one broken file.
# 4. Two windows on one workspace, steady editing typed with xdotool, kill -9
#    at random moments: the edits lost (tools/stress-windows.sh).
# Uses build/ (or $LEDGERLENS_BUILD_DIR); build it first (tools/build.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
BUILD_DIR=${LEDGERLENS_BUILD_DIR:-build}
CLI="$BUILD_DIR/app/worker/ledgerlens-worker"  # what the workbench runs
REOPEN="$BUILD_DIR/tests/test_robustness_reopen"
[ -x "$CLI" ] || { echo "stress: $CLI not built (run tools/build.sh)"; exit 1; }
export QT_QPA_PLATFORM=offscreen
WORK=$(mktemp -d /tmp/ledgerlens-stress.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/in" "$WORK/out"

# --- the files: samples, copies of them, and broken ones ----------------------
good=()
i=0
for s in "$BUILD_DIR"/samples/*.pdf; do
  for n in 1 2 3 4 5; do
    i=$((i + 1))
    # A comment after %%EOF: same report, other bytes (not a duplicate by content).
    { cat "$s"; printf '%% copy %d\n' "$i"; } > "$WORK/in/good-$i.pdf"
    good+=("$WORK/in/good-$i.pdf")
  done
done
[ ${#good[@]} -gt 0 ] || { echo "stress: no samples in $BUILD_DIR/samples"; exit 1; }
first=${good[0]}
bad=()
: > "$WORK/in/empty.pdf"; bad+=("$WORK/in/empty.pdf")
echo "Revenue 1,234 this is text" > "$WORK/in/text.pdf"; bad+=("$WORK/in/text.pdf")
size=$(stat -c %s "$first")
for pct in 5 40 75 99; do
  head -c $((size * pct / 100)) "$first" > "$WORK/in/cut-$pct.pdf"; bad+=("$WORK/in/cut-$pct.pdf")
done
{ head -c 64 "$first"; head -c 30000 /dev/urandom; printf '\nstartxref\n99\n%%%%EOF\n'; } > "$WORK/in/noise.pdf"
bad+=("$WORK/in/noise.pdf")
if command -v qpdf >/dev/null; then
  qpdf --encrypt secret secret-owner 256 -- "$first" "$WORK/in/locked.pdf" && bad+=("$WORK/in/locked.pdf")
fi
if command -v pdftoppm >/dev/null && command -v convert >/dev/null; then
  # A scan: the first pages as pictures only (no text layer).
  pdftoppm -r 40 -l 3 -png "$first" "$WORK/scan" && convert "$WORK"/scan*.png "$WORK/in/scan.pdf" 2>/dev/null \
    && bad+=("$WORK/in/scan.pdf")
fi
echo "stress: ${#good[@]} good + ${#bad[@]} broken reports, $ROUNDS rounds"

# --- 1. CLI worker per file -------------------------------------------------
failures=0; runs=0; peak=0; peakfile=""; total_ms=0
for round in $(seq 1 "$ROUNDS"); do
  for f in "${good[@]}" "${bad[@]}"; do
    expect=2
    [[ " ${good[*]} " == *" $f "* ]] && expect=0
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$WORK/rss" timeout 300 "$CLI" extract "$f" --out "$WORK/out" >/dev/null 2>"$WORK/err"
    rc=$?
    total_ms=$((total_ms + ($(date +%s%N) - start) / 1000000))
    runs=$((runs + 1))
    rss=$(tail -1 "$WORK/rss" | tr -dc 0-9)
    if [ -n "$rss" ] && [ "$rss" -gt "$peak" ]; then peak=$rss; peakfile=$(basename "$f"); fi
    if [ $rc -ne $expect ]; then
      failures=$((failures + 1))
      echo "  FAIL round $round $(basename "$f"): exit $rc (expected $expect): $(grep -v '^progress' "$WORK/err" | tail -2)"
    fi
  done
done
echo "CLI: $runs runs, $failures unexpected outcomes, peak worker RSS $((peak / 1024)) MB ($peakfile), mean $((total_ms / runs)) ms/run"

# --- 2. the workbench process: open all, close all, again ---------------------
if [ -x "$REOPEN" ]; then
  LEDGERLENS_STRESS_ROUNDS=$ROUNDS LEDGERLENS_STRESS_FILES="$(printf '%s\n' "${good[@]}" "${bad[@]}")" \
    "$REOPEN" 2>&1 | grep -E "round|PASS|FAIL|Totals" | sed 's/^/  /'
  [ "${PIPESTATUS[0]}" -eq 0 ] || failures=$((failures + 1))
else
  echo "workbench loop skipped: $REOPEN not built"
fi

# --- 3. leaks ---------------------------------------------------------------
ASAN_CLI=build-asan/app/worker/ledgerlens-worker
if [ -x "$ASAN_CLI" ]; then
  for f in "$first" "$WORK/in/cut-75.pdf"; do
    ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0" \
      "$ASAN_CLI" extract "$f" --out "$WORK/out" >/dev/null 2>"$WORK/lsan"
    echo "leaks (LeakSanitizer, $(basename "$f")): $(grep -E 'SUMMARY: AddressSanitizer' "$WORK/lsan" || echo 'none reported')"
  done
elif command -v valgrind >/dev/null; then
  for f in "$first" "$WORK/in/cut-75.pdf"; do
    # PCRE2's JIT (QRegularExpression) makes valgrind report ~1000 false
    # "uninitialised value" errors in generated code: interpret instead.
    QT_ENABLE_REGEXP_JIT=0 valgrind --leak-check=full --errors-for-leak-kinds=definite --log-file="$WORK/vg" \
      "$CLI" extract "$f" --out "$WORK/out" --threads 1 >/dev/null 2>&1
    echo "leaks (valgrind, $(basename "$f")): $(grep -E 'definitely lost|ERROR SUMMARY' "$WORK/vg" | sed 's/==[0-9]*== //' | tr '\n' ';')"
  done
fi
# --- 4. two windows, kill -9 during steady editing ---------------------------
bash tools/stress-windows.sh 2 || failures=$((failures + 1))
echo "stress: $failures failure(s)"
exit $((failures > 0))
