#!/usr/bin/env bash
# Benchmark (not a test): how many rows of each primary statement hold
# figures of two or more reports, as printed and standardised.
# usage: tools/bench-shared-rows.sh [--rows] a.pdf b.pdf ...   (default: five real
# filings of different companies from ../shared/corpus; LEDGERLENS_BENCH overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=${LEDGERLENS_BENCH:-build/app/bench/ledgerlens-bench-shared-rows}
C=${LEDGERLENS_CORPUS:-../shared/corpus}
[ -d "$C" ] || C=../../shared/corpus   # a worktree under wt/
flags=()
[ "${1:-}" = --rows ] && { flags=(--rows); shift; }   # --rows: list every row
if [ $# -eq 0 ]; then
  set -- "$C/cf-2024-interim-announcement.pdf" "$C/real/capitalvc-02324-annual-2021.pdf" \
    "$C/real/china-creative-01678-ar2019.pdf" "$C/real/water-oasis-01161-ar2021.pdf" \
    "$C/real/alco-00328-annual-results-2025-zh.pdf"
fi
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$BENCH" "${flags[@]}" "$@"
