#!/usr/bin/env bash
# Benchmark (not a test): opens workspaces of N missing reports (default 1,000
# and 5,000) in the main window offscreen and prints the time each took.
# usage: tools/bench-open-missing.sh [N...]   (LEDGERLENS_BENCH overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=${LEDGERLENS_BENCH:-build/app/bench/ledgerlens-bench-open-missing}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home \
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$BENCH" "$@"
