#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One entry point for a fresh Debian 12 machine: installs what is missing, builds, then
#   run   -> starts the app on the embedded default (GUI when a display is there, else the CLI demo)
#   test  -> runs every test with ctest
#   deps  -> only installs what is missing
set -euo pipefail
mode=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PROTOSTAR_BUILD_DIR:-$root/build}

packages=(build-essential cmake ninja-build pkg-config git file dpkg-dev
          qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n qt6-qpa-plugins libxkbcommon-dev libgl-dev
          libsqlite3-dev libpq-dev libhiredis-dev prometheus-cpp-dev libpoppler-qt6-dev libquazip1-qt6-dev
          qtkeychain-qt6-dev libicu-dev libxapian-dev
          redis-server postgresql-15 xvfb xauth fonts-noto-cjk qpdf desktop-file-utils appstream
          dbus-daemon dbus-bin gnome-keyring libsecret-1-0)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing: ${missing[*]}" >&2
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
[ "$mode" = deps ] && exit 0

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
test)
    cd "$build"
    ctest --output-on-failure --parallel "$(nproc)" --timeout 900
    ;;
run)
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        # The window imports the bundled demo corpus on first start.
        exec "$build/app/gui/protostar" "$@"
    fi
    # No display: the same engine from the command line, on the embedded SQLite store.
    cli="$build/app/cli/protostar-cli"
    echo "No display: importing the demo corpus and asking questions with protostar-cli." >&2
    "$cli" import "$root"/resources/demo/*-*.md "$root"/resources/demo/*.txt
    "$cli" candidates
    for q in "PostgreSQL을 10k TPS 이상 운영한 사람은?" "What did Jane Park achieve at Brightlane?" "김지원의 병역 사항은?"; do
        echo; echo "> $q"
        "$cli" ask "$q"
    done
    ;;
*)
    echo "usage: installer/dev.sh run|test|deps" >&2
    exit 2
    ;;
esac
