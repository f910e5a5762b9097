#!/usr/bin/env bash
# One command: install what is missing, build, and launch the workbench on the
# bundled sample reports (under xvfb-run when there is no display).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
bash tools/build.sh
samples=(build/samples/*.pdf)
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: running under xvfb-run"
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/gui/ledgerlens "${samples[@]}" "$@"
fi
exec build/app/gui/ledgerlens "${samples[@]}" "$@"
