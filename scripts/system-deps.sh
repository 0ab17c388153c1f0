#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Small Steps needs.
# Usage: scripts/system-deps.sh run|test
#   run:  Qt runtime libraries (and python3-venv for Debian's own python3)
#   test: run + X server, tray host and tools used by the e2e tests
set -euo pipefail

run_pkgs=(
  libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 libpulse0
)
test_pkgs=(xvfb xauth trayer xdotool imagemagick x11-apps poppler-utils fonts-dejavu-core
           desktop-file-utils appstream)

case "${1:-}" in
  run) pkgs=("${run_pkgs[@]}") ;;
  test) pkgs=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

# Debian's python3 leaves out venv/ensurepip (python3-venv); pyenv or
# python.org builds have it built in, so only add it for the system python.
if ! command -v python3 >/dev/null; then
  pkgs+=(python3 python3-venv)
elif [ "$(python3 -c 'import sys; print(sys.base_prefix)')" = /usr ]; then
  pkgs+=(python3-venv)
fi

if ! command -v dpkg-query >/dev/null; then
  echo "Not a Debian/Ubuntu system; install the equivalents of: ${pkgs[*]}" >&2
  exit 1
fi

# Installed package names plus what they provide (Ubuntu 24.04 renamed
# libglib2.0-0 to libglib2.0-0t64, which provides the old name).
installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}, ${Provides}\n' 2>/dev/null |
  awk '$1 == "ii" { $1 = ""; print }' | sed -E 's/\([^)]*\)//g' | tr ', ' '\n\n' | sed '/^$/d')
missing=()
for p in "${pkgs[@]}"; do
  grep -qxF "$p" <<<"$installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "Missing system packages. Please run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "Installing system packages: ${missing[*]}"
# Lock::Timeout waits for unattended-upgrades on a freshly booted machine.
apt_opts=(-qq -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"
