#!/usr/bin/env bash
# Benchmark (not a test): the extractor's wall and CPU time (user + system, all
# threads) on a PDF beside `pdftotext -layout` on the same file, and their
# ratios. Best of N runs for each figure.
# usage: tools/bench-extract.sh FILE.pdf [runs]   (LEDGERLENS_CLI overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${LEDGERLENS_CLI:-build/app/cli/ledgerlens-cli}
pdf=${1:?usage: bench-extract.sh FILE.pdf [runs]}
runs=${2:-3}
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
# best wall and best CPU seconds of running "$@" $runs times (GNU time)
timing=$(mktemp)
trap 'rm -f "$timing"' EXIT
best() {
  local bw=999999 bc=999999 out w c
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$timing" -f '%e %U %S' "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$timing")
    w=$(echo "$out" | awk '{ print $1 }')
    c=$(echo "$out" | awk '{ print $2 + $3 }')
    bw=$(echo "if ($w < $bw) $w else $bw" | bc)
    bc=$(echo "if ($c < $bc) $c else $bc" | bc)
  done
  echo "$bw $bc"
}
read -r cw cc <<<"$(best "$CLI" extract "$pdf")"
read -r rw rc <<<"$(best pdftotext -layout "$pdf" -)"
ratio() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.2fx", $1 / $2; else print "n/a" }'; }
printf 'file            %s (%s pages), best of %s\n' "$(basename "$pdf")" "$pages" "$runs"
printf '                wall      cpu       pages/s (wall)\n'
printf 'ledgerlens-cli  %-8.2fs %-8.2fs %.0f\n' "$cw" "$cc" "$(echo "$pages / ($cw + 0.001)" | bc -l)"
printf 'pdftotext       %-8.2fs %-8.2fs %.0f\n' "$rw" "$rc" "$(echo "$pages / ($rw + 0.001)" | bc -l)"
printf 'ratio           %-9s %-9s (ledgerlens / pdftotext)\n' "$(ratio "$cw" "$rw")" "$(ratio "$cc" "$rc")"
