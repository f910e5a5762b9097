#!/usr/bin/env bash
# Installs what Ledgerlens needs on Debian 12 that is not there yet.
# Runs apt-get only when a package is missing (sudo when not root).
set -euo pipefail
PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libpoppler-qt6-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev
  qt6-translations-l10n libgl-dev
  # Qt6Charts' CMake package needs Qt6OpenGL, only a Recommends of qt6-base-dev.
  libqt6opengl6-dev
  libzip-dev libxlsxwriter-dev
  # zlib: the stream audit inflates Flate streams itself to spot decompression bombs.
  zlib1g-dev
  # poppler's CJK CMaps (UniGB-/UniCNS-/UniJIS-* ...): without them the Chinese
  # of filings with non-embedded CID fonts has no text. A Recommends, so named.
  poppler-data
  # The fonts the sample typesetter embeds (app/samples/typeset/FilingFonts):
  # DejaVu Serif Condensed is in -extra, not -core; WenQuanYi Micro Hei for CJK.
  fonts-dejavu-core fonts-dejavu-extra fonts-wqy-microhei
  poppler-utils xvfb xauth python3
)
# Tests also need a real office client to open the exported .pptx/.xlsx.
if [ "${1:-}" = "--tests" ]; then
  PACKAGES+=(libreoffice-impress libreoffice-calc)
  # Robustness tests and tools: encrypted fixtures (qpdf); sanitizer, fuzz
  # and stress runs (clang + libFuzzer, valgrind, /usr/bin/time, imagemagick).
  PACKAGES+=(qpdf clang libclang-rt-14-dev valgrind time imagemagick)
  # tools/stress.sh types into two real windows (kill -9 during steady editing).
  PACKAGES+=(xdotool)
  # The install test validates the .desktop entry and compiles the MIME package.
  PACKAGES+=(desktop-file-utils shared-mime-info)
fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
