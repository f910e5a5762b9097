#!/usr/bin/env bash
# Benchmark (not a test): the extractor's wall time and pages/s on a PDF beside
# `pdftotext -layout` on the same file, and their ratio. Best of N runs.
# usage: tools/bench-extract.sh FILE.pdf [runs]   (LEDGERLENS_CLI overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${LEDGERLENS_CLI:-build/app/cli/ledgerlens-cli}
pdf=${1:?usage: bench-extract.sh FILE.pdf [runs]}
runs=${2:-3}
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
best() { # best wall time in seconds of running "$@" $runs times
  local b=999999 s e t
  for _ in $(seq "$runs"); do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc); b=$(echo "if ($t < $b) $t else $b" | bc)
  done
  echo "$b"
}
cli=$(best "$CLI" extract "$pdf")
ref=$(best pdftotext -layout "$pdf" -)
printf 'file            %s (%s pages)\n' "$(basename "$pdf")" "$pages"
printf 'ledgerlens-cli  %.3f s  %.0f pages/s\n' "$cli" "$(echo "$pages / $cli" | bc -l)"
printf 'pdftotext       %.3f s  %.0f pages/s\n' "$ref" "$(echo "$pages / $ref" | bc -l)"
printf 'ratio           %.2fx pdftotext\n' "$(echo "$cli / $ref" | bc -l)"
