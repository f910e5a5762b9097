#!/usr/bin/env bash
# Scores the extractor on every PDF of the shared corpus (../shared/corpus and
# ../shared/corpus/real) and fails when a file's item ratio drops below its
# floor in tests/data/corpus-floor.txt (a ratchet: raise floors as it improves).
# Builds nothing. LEDGERLENS_CLI overrides the extractor binary.
set -uo pipefail
cd "$(dirname "$0")/.."
CLI=${LEDGERLENS_CLI:-build/app/cli/ledgerlens-cli}
CORPUS=${LEDGERLENS_CORPUS:-../shared/corpus}
SCORER=${LEDGERLENS_SCORER:-../shared/tools/score_extraction.py}
FLOORS=tests/data/corpus-floor.txt
if [ ! -x "$CLI" ]; then echo "corpus-check: no extractor at $CLI (build first or set LEDGERLENS_CLI)"; exit 2; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
shopt -s nullglob
for pdf in "$CORPUS"/*.pdf "$CORPUS"/real/*.pdf; do
  name=$(basename "$pdf" .pdf)
  expected="${pdf%.pdf}.expected.json"
  [ -f "$expected" ] || { echo "$name: no expected JSON, skipped"; continue; }
  start=$(date +%s.%N)
  "$CLI" extract "$pdf" > "$out/$name.json" 2> "$out/$name.err"
  rc=$?
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  line=$(python3 "$SCORER" "$expected" "$out/$name.json" | tail -1)
  ratio=$(python3 - "$expected" "$out/$name.json" "$SCORER" <<'PY'
import importlib.util, io, contextlib, json, sys
spec = importlib.util.spec_from_file_location("scorer", sys.argv[3]); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
try:
    with contextlib.redirect_stdout(io.StringIO()):
        r, _ = m.score(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))
except Exception:
    r = 0.0
print(f"{r:.4f}")
PY
)
  floor=$(awk -v n="$name" '$1 == n { print $2 }' "$FLOORS" 2>/dev/null)
  floor=${floor:-0}
  verdict=ok
  above=$(python3 -c "print(1 if float('$ratio') + 1e-9 >= float('$floor') else 0)")
  if [ "$rc" -ne 0 ] || [ "$above" != 1 ]; then
    verdict="BELOW FLOOR $floor (exit $rc)"
    failed=1
  fi
  printf '%-45s %s  ratio %s floor %s  %.2fs  %s\n' "$name" "$line" "$ratio" "$floor" "$secs" "$verdict"
done
exit $failed
