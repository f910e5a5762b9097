#!/usr/bin/env bash
# Benchmark (not a test): typesets a long filing with the project's own sample
# typesetter (a bundled sample's statements after PAGES-1 pages of narrative),
# then loads it into the main window offscreen with tools/bench-ui-load.sh and
# prints the longest event-loop stall while it loads.
# usage: tools/bench-long-pdf.sh [PAGES]   (default 2000; extra PDFs: LONG_PDF_EXTRA="a.pdf b.pdf")
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-2000}
BUILD=${LEDGERLENS_BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$PAGES" "$work/long-$PAGES.json" <<'PY'
import json, sys
pages, out = int(sys.argv[1]), sys.argv[2]
spec = json.load(open("resources/samples/cloud-factory-2024-interim.json"))
filler = []
for i in range(max(pages - 10, 0)):
    filler.append({"heading": "Management discussion, part %d" % (i + 1)})
    filler.append({"paragraph": ("The group continued to invest in its factories and its people during the "
                                 "period under review; this page %d is narrative only. " % (i + 1)) * 6})
    filler.append({"page_break": True})
spec["blocks"] = filler + spec["blocks"]
json.dump(spec, open(out, "w"))
PY
QT_QPA_PLATFORM=offscreen "$BUILD/app/samples/ledgerlens-samples" --out "$work" "$work/long-$PAGES.json" >/dev/null
pdf="$work/long-$PAGES.pdf"
echo "long PDF: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages, $(du -k "$pdf" | cut -f1) KB"
# shellcheck disable=SC2086
LEDGERLENS_BENCH=${LEDGERLENS_BENCH:-$BUILD/app/bench/ledgerlens-bench-ui-load} \
  bash tools/bench-ui-load.sh "$pdf" ${LONG_PDF_EXTRA:-}
