#!/usr/bin/env bash
# Sets up a Debian 12 machine for Jianding, builds it, and then either launches the
# desktop app on its default database (`run`) or runs the whole test suite (`test`).
#   bash scripts/setup.sh run     install what is missing, build, launch the app
#   bash scripts/setup.sh test    install what is missing, build, run every test
set -euo pipefail

mode="${1:-run}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${JIANDING_BUILD_DIR:-$root/build}"
cd "$root"

case "$mode" in
  run|test|build) ;;
  *) echo "usage: bash scripts/setup.sh run|test|build" >&2; exit 2 ;;
esac

# 1. Debian packages: only the missing ones are installed.
missing=()
while read -r pkg; do
  [ -z "$pkg" ] && continue
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done < scripts/deps.txt
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# 2. Build (two cores: ninja uses both).
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build"

case "$mode" in
  build) exit 0 ;;
  run)
    exec "$build/app/gui/jianding" "${@:2}"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    export LANG=C.UTF-8
    cd "$build"
    ctest --output-on-failure --timeout 600 -j2
    ;;
esac
