#!/usr/bin/env bash
# Proves the README's test command on a fresh Debian 12: builds a throwaway
# bookworm minbase root with debootstrap, clones this repository's committed
# HEAD into it, and runs `bash tools/test.sh` there (chroot, as root), then
# launches the app once on the bundled samples (`tools/run.sh` under a time
# limit). Prints the ctest summary and exits with the test command's status.
#
#   sudo bash tools/fresh-machine-check.sh [--keep] [--root DIR]
#
# Only committed work is tested (minbase has no git: the clone is made from
# the host). Takes tens of minutes on 2 cores (LibreOffice, clang and a full
# build). --keep leaves the root for a look afterwards (it is reused by nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
keep=0
root=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=1 ;;
    --root) root=$2; shift ;;
    *) echo "usage: $0 [--keep] [--root DIR]" >&2; exit 2 ;;
  esac
  shift
done
[ "$(id -u)" -eq 0 ] || { echo "fresh-machine-check: run as root (debootstrap and chroot need it)" >&2; exit 2; }
if ! git diff --quiet HEAD -- 2>/dev/null || [ -n "$(git ls-files --others --exclude-standard)" ]; then
  echo "fresh-machine-check: uncommitted changes are NOT tested (only HEAD $(git rev-parse --short HEAD) is cloned)"
fi

if ! command -v debootstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
fi

# The Debian mirror apt itself uses here (deb822 .sources or one-line .list).
mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/ && $2 ~ /\/debian\/?$/ { print $2; exit }')
[ -n "$mirror" ] || mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
  | awk '$1 == "deb" { for (i = 2; i <= NF; ++i) if ($i ~ /^[a-z]+:\/\//) { if ($i ~ /\/debian\/?$/) { print $i; exit } break } }')
[ -n "$mirror" ] || { echo "fresh-machine-check: no Debian mirror in apt's sources" >&2; exit 2; }

[ -n "$root" ] || root=$(mktemp -d "${TMPDIR:-/var/tmp}/ledgerlens-fresh.XXXXXX")
mkdir -p "$root"
mounted=()
cleanup() {
  # Unmount innermost first; never delete while anything is mounted below.
  for ((i = ${#mounted[@]} - 1; i >= 0; --i)); do
    umount -R "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" 2>/dev/null || true
  done
  if awk -v r="$root/" 'index($2 "/", r) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
    echo "fresh-machine-check: something is still mounted under $root; left in place" >&2
  elif [ "$keep" = 1 ]; then
    echo "fresh-machine-check: root kept at $root"
  else
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT

echo "== debootstrap --variant=minbase bookworm $root $mirror"
start=$SECONDS
debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1 \
  || { tail -20 "$root.debootstrap.log"; exit 1; }
rm -f "$root.debootstrap.log"
echo "   done in $((SECONDS - start)) s"

# apt's sources (only the files apt reads) and the resolver.
rm -f "$root/etc/apt/sources.list"
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] && cp "$f" "$root$f"
done
cp -L /etc/resolv.conf "$root/etc/resolv.conf"

echo "== cloning HEAD $(git rev-parse --short HEAD) into $root/work/ledgerlens"
mkdir -p "$root/work"
git clone -q --no-local "$repo" "$root/work/ledgerlens"

for m in proc sys dev; do
  mkdir -p "$root/$m"
done
mount -t proc proc "$root/proc"; mounted+=("$root/proc")
mount --rbind /sys "$root/sys"; mount --make-rslave "$root/sys"; mounted+=("$root/sys")
mount --rbind /dev "$root/dev"; mount --make-rslave "$root/dev"; mounted+=("$root/dev")

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM=dumb "$@"
}

echo "== bash tools/test.sh (the README's test command), inside the fresh root"
start=$SECONDS
status=0
in_root bash -c 'cd /work/ledgerlens && bash tools/test.sh' > "$root/test.log" 2>&1 || status=$?
echo "   finished in $((SECONDS - start)) s, exit $status"
grep -E "tests passed|tests failed|^\s+[0-9]+ - |Failed|Errors while running" "$root/test.log" | tail -40 || true
[ "$status" -eq 0 ] || { echo "-- last lines of the log:"; tail -60 "$root/test.log"; }

# The run command: the window must come up on the samples and stay up.
echo "== bash tools/run.sh (the README's run command), 60 s"
run_status=0
in_root timeout 60 bash -c 'cd /work/ledgerlens && bash tools/run.sh' > "$root/run.log" 2>&1 || run_status=$?
if [ "$run_status" -eq 124 ]; then
  echo "   the window was still up after 60 s: ok"
else
  echo "   the app exited with $run_status before 60 s:"; tail -20 "$root/run.log"
  [ "$status" -ne 0 ] || status=1
fi
[ "$keep" = 1 ] && echo "logs: $root/test.log $root/run.log"
exit $status
