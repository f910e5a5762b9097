#!/usr/bin/env bash
# Benchmark (not a test): loads report PDFs (five real filings, say) into the
# main window offscreen and prints the longest event-loop stall while they
# load (lateness of a 5 ms timer), the model resets and the chart redraws.
# usage: tools/bench-ui-load.sh a.pdf b.pdf ...   (LEDGERLENS_BENCH overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=${LEDGERLENS_BENCH:-build/app/bench/ledgerlens-bench-ui-load}
[ $# -gt 0 ] || { echo "usage: bench-ui-load.sh FILE.pdf..." >&2; exit 2; }
# A fresh home: no recovery offer, no settings from an earlier run.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home \
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$BENCH" "$@"
