#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package in a build directory, installs it into the real system with apt-get
# (so Depends are resolved as on a user's machine), checks the installed files and that
# protostar-cli runs from /usr/bin, then removes the package again.
#   installer/check-package.sh BUILD_DIR
# Needs root (or sudo) and must not run beside anything else that uses /usr/bin/protostar*.
set -euo pipefail

build=${1:?usage: installer/check-package.sh BUILD_DIR}
build=$(cd "$build" && pwd)
fail() { echo "check-package: FAIL: $*" >&2; exit 1; }

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || fail "installing a package needs root or passwordless sudo"
    sudo="sudo -n"
fi
# Wait for another apt/dpkg run on the machine instead of failing on its lock.
apt=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -qq)

if dpkg-query -W -f='${Status}' protostar 2>/dev/null | grep -q "install ok installed"; then
    fail "a protostar package is already installed; remove it first (apt-get remove protostar)"
fi

# The binaries and translations must exist before cpack runs install(); build only what is packaged.
cmake --build "$build" --target protostar protostar-cli protostar-worker
workdir=$(mktemp -d)
installed=""
cleanup() {
    if [ -n "$installed" ]; then
        $sudo "${apt[@]}" remove protostar >/dev/null || true
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT

(cd "$workdir" && cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" >cpack.log 2>&1) \
    || { cat "$workdir/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$workdir"/protostar_*.deb 2>/dev/null | head -n1)
tgz=$(ls "$workdir"/protostar-*.tar.gz 2>/dev/null | head -n1)
[ -f "$deb" ] || fail "no .deb produced in $workdir"
[ -f "$tgz" ] || fail "no .tar.gz produced in $workdir"
echo "check-package: built $(basename "$deb") ($(stat -c %s "$deb") bytes) and $(basename "$tgz")"

listing=$(tar -tzf "$tgz")
for f in bin/protostar-cli share/protostar/demo/kim-jiwon-resume.md share/applications/protostar.desktop; do
    grep -q "/$f\$" <<<"$listing" || fail "$(basename "$tgz") lacks $f"
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "check-package: Depends: $depends"
for dep in libqt6core6 qt6-qpa-plugins fonts-noto-cjk; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done

# apt-get needs a path containing a slash and a file it may read as the _apt user.
chmod a+rx "$workdir"
chmod a+r "$deb"
installed=yes
$sudo "${apt[@]}" install "$deb" >"$workdir/apt.log" 2>&1 \
    || { cat "$workdir/apt.log" >&2; fail "apt-get install failed"; }

for f in /usr/bin/protostar /usr/bin/protostar-cli /usr/bin/protostar-worker \
         /usr/share/applications/protostar.desktop \
         /usr/share/icons/hicolor/scalable/apps/protostar.svg \
         /usr/share/icons/hicolor/256x256/apps/protostar.png \
         /usr/share/metainfo/io.protostar.Protostar.metainfo.xml \
         /usr/share/doc/protostar/demo-README.md; do
    [ -e "$f" ] || fail "$f is not installed"
done
[ ! -e /usr/share/protostar/demo/README.md ] || fail "the demo README would be imported as a candidate"
count=$(find /usr/share/protostar/demo -type f \( -name '*.md' -o -name '*.txt' \) | wc -l)
[ "$count" -ge 6 ] || fail "demo corpus at /usr/share/protostar/demo has only $count documents"

# Run from the installed path with no build tree around, as a user would.
help=$(cd / && env -u LD_LIBRARY_PATH /usr/bin/protostar-cli --help) || fail "protostar-cli --help exited with $?"
grep -q "Usage: protostar-cli" <<<"$help" || fail "protostar-cli --help printed no usage"
version=$(cd / && /usr/bin/protostar-cli --version) || fail "protostar-cli --version failed"
echo "check-package: $version runs from /usr/bin; $count demo documents in /usr/share/protostar/demo"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/protostar.desktop || fail "desktop entry invalid"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/io.protostar.Protostar.metainfo.xml >/dev/null \
        || fail "AppStream metainfo invalid"
fi

$sudo "${apt[@]}" remove protostar >/dev/null || fail "apt-get remove failed"
installed=""
[ ! -e /usr/bin/protostar-cli ] || fail "/usr/bin/protostar-cli is still there after removal"
echo "check-package: PASS"
