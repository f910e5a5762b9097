#!/usr/bin/env bash
# Stress (figures, not pass/fail timing): two windows on one workspace, steady
# editing typed with xdotool into both, and kill -9 of one of them at a random
# moment, ROUNDS times. Each edit is a figure correction whose note is "eN"
# (N counts that window's edits); after the kill, the newest of the window's
# recovery file and the workspace tells the last edit on disk, so
#   lost = edits typed - last edit on disk      (and how many seconds of typing)
# The surviving window's edits must still be on disk at the end.
#   tools/stress-windows.sh [ROUNDS]    (default 4; tools/stress.sh runs it with 2)
# Needs Xvfb and xdotool (tools/deps.sh --tests).
set -uo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-4}
BUILD_DIR=${LEDGERLENS_BUILD_DIR:-build}
GUI="$BUILD_DIR/app/gui/ledgerlens"
for need in Xvfb xdotool python3; do
  command -v $need >/dev/null || { echo "two-window stress skipped: $need missing (tools/deps.sh --tests)"; exit 0; }
done
[ -x "$GUI" ] || { echo "two-window stress skipped: $GUI not built"; exit 0; }
sample=$(ls "$BUILD_DIR"/samples/*.pdf 2>/dev/null | head -1)
[ -n "$sample" ] || { echo "two-window stress skipped: no sample PDF in $BUILD_DIR/samples"; exit 0; }

WORK=$(mktemp -d /tmp/ledgerlens-2win.XXXXXX)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 3300x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done; kill "$xvfb" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
sleep 1
export DISPLAY=$display HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share
export XDG_RUNTIME_DIR=$WORK/home QT_QPA_PLATFORM=xcb
mkdir -p "$HOME"
cp "$sample" "$WORK/report.pdf"
WS=$WORK/review.ledgerlens
python3 - "$WS" "$WORK/report.pdf" <<'PY'
import json, sys
json.dump({"format": "ledgerlens-workspace", "formatVersion": 2,
           "reports": [{"path": sys.argv[2], "corrections": []}]}, open(sys.argv[1], "w"))
PY

# Highest "eN" note of window `tag` in a file (recovery or workspace); 0 when none.
last_on_disk() {
  python3 - "$1" "$2" <<'PY'
import json, re, sys
best = 0
try:
    d = json.load(open(sys.argv[1]))
    for r in d.get("reports", []):
        for c in r.get("corrections", []) + r.get("mismatchedCorrections", []):
            m = re.fullmatch(sys.argv[2] + r"(\d+)", c.get("note", ""))
            if m:
                best = max(best, int(m.group(1)))
except Exception:
    pass
print(best)
PY
}
window_of_now() { xdotool search --all --onlyvisible --pid "$1" --name Ledgerlens 2>/dev/null | head -1; }
window_of() { xdotool search --all --sync --onlyvisible --pid "$1" --name Ledgerlens 2>/dev/null | head -1; }
# Opens the workspace in a new window and waits until it is up (a busy machine
# takes well over a fixed few seconds). The second window ($2 = ask) is asked
# whether to open a workspace the first holds: wait for that question (it comes
# after the main window shows) and answer "Open Anyway".
launch() {
  "$GUI" "$WS" >"$WORK/gui-$1.log" 2>&1 &
  local pid=$! t found=""
  for t in $(seq 1 60); do
    if [ "${2:-}" = ask ]; then
      found=$(xdotool search --all --onlyvisible --pid "$pid" --name "Workspace Already Open" 2>/dev/null | head -1)
      [ -n "$found" ] && { xdotool windowfocus --sync "$found" 2>/dev/null; xdotool key --clearmodifiers alt+a 2>/dev/null; }
    else
      found=$(window_of_now "$pid")
    fi
    [ -n "$found" ] && break
    sleep 0.5
  done
  [ -n "$found" ] || echo "  (window $1 did not come up in 30 s)" >&2
  sleep 3                                           # the sample loads
  echo "$pid"
}
# One edit: a figure of the Revenue row gets value N, note <tag>N.
edit() {
  local wid=$1 tag=$2 n=$3
  xdotool windowfocus --sync "$wid" 2>/dev/null
  xdotool key --window "$wid" ctrl+f; xdotool type --delay 5 "Revenue"; xdotool key Tab Tab Right
  xdotool key ctrl+e; sleep 0.15
  # The dialog shows the cell's current note: replace it, not prepend to it.
  xdotool type --delay 5 "$((1000 + n))"; xdotool key Tab ctrl+a; xdotool type --delay 5 "$tag$n"
  xdotool key ctrl+Return; sleep 0.1
}

total_lost=0; total_lost_s=0; worst_s=0; landed_any=0; other_lost=0
echo "two windows, one workspace: $ROUNDS kills during steady editing"
for round in $(seq 1 "$ROUNDS"); do
  a=$(launch a); pids+=("$a")
  b=$(launch b ask); pids+=("$b")
  wa=$(window_of "$a"); wb=$(window_of "$b")
  if [ -z "$wa" ] || [ -z "$wb" ]; then echo "  round $round: a window did not appear"; continue; fi
  # Side by side: with no window manager, keys typed into a window hidden under
  # the other do not reach its editors reliably.
  xdotool windowmove "$wb" 1700 0 2>/dev/null; sleep 0.5
  # Steady editing in both, ~2 edits/s, for a random 6-20 s; then kill -9 window A.
  stop_at=$(( $(date +%s%N) / 1000000 + 6000 + RANDOM % 14000 ))
  n=0; declare -A when=()
  while [ $(( $(date +%s%N) / 1000000 )) -lt "$stop_at" ]; do
    n=$((n + 1))
    edit "$wa" a "$n"; when[$n]=$(date +%s%N)
    edit "$wb" b "$n"
  done
  killed_at=$(date +%s%N)
  kill -9 "$a"
  sleep 0.5
  rec=$(ls -t "$XDG_DATA_HOME"/*/recovery/session-"$a".ledgerlens "$XDG_DATA_HOME"/*/*/recovery/session-"$a".ledgerlens 2>/dev/null | head -1)
  on_disk=0
  for f in $rec "$WS"; do v=$(last_on_disk "$f" a); [ "$v" -gt "$on_disk" ] && on_disk=$v; done
  lost=$((n - on_disk))
  [ "$on_disk" -gt 0 ] && landed_any=1
  # Seconds of typing lost: from the first edit not on disk to the kill.
  lost_s=0
  if [ "$lost" -gt 0 ] && [ -n "${when[$((on_disk + 1))]:-}" ]; then
    lost_s=$(( (killed_at - when[$((on_disk + 1))]) / 1000000 ))
  fi
  # The survivor keeps its own work: its recovery file holds its last edits.
  recb=$(ls -t "$XDG_DATA_HOME"/*/recovery/session-"$b".ledgerlens "$XDG_DATA_HOME"/*/*/recovery/session-"$b".ledgerlens 2>/dev/null | head -1)
  sleep 5
  b_disk=$(last_on_disk "${recb:-/nonexistent}" b)
  [ "$b_disk" -lt "$n" ] && other_lost=$((other_lost + n - b_disk))
  printf '  round %d: window A typed %d edits, %d on disk at the kill: %d lost (%d.%03d s of typing); window B %d of %d on disk\n' \
    "$round" "$n" "$on_disk" "$lost" $((lost_s / 1000)) $((lost_s % 1000)) "$b_disk" "$n"
  total_lost=$((total_lost + lost)); [ "$lost_s" -gt "$worst_s" ] && worst_s=$lost_s
  kill -9 "$b" 2>/dev/null
  rm -rf "$XDG_DATA_HOME"/*/recovery "$XDG_DATA_HOME"/*/*/recovery 2>/dev/null
  python3 - "$WS" "$WORK/report.pdf" <<'PY'
import json, sys
json.dump({"format": "ledgerlens-workspace", "formatVersion": 2,
           "reports": [{"path": sys.argv[2], "corrections": []}]}, open(sys.argv[1], "w"))
PY
  unset when
done
if [ "$landed_any" -eq 0 ]; then
  echo "two windows: no typed edit reached disk: the driver did not reach a figure (see $WORK/gui-*.log)"
  exit 1
fi
echo "two windows: $total_lost edits lost in all; worst $((worst_s / 1000)).$((worst_s % 1000 / 100)) s of typing lost; surviving window lost $other_lost"
