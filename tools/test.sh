#!/usr/bin/env bash
# One command: install what is missing, build, and run every test headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh --tests
bash tools/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${LEDGERLENS_BUILD_DIR:-build}" --output-on-failure --parallel "$(nproc)" "$@"
