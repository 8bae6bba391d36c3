#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e_package_install: builds the Debian package, installs it for real with apt-get, runs the
# INSTALLED /usr/bin/opensteps from a folder far from the build and source trees (so nothing
# can come from them), checks what it loaded came from the package's Depends, then removes it.
# Needs root; as anyone else it says so and exits 77 (CTest's skip). A trap removes the package
# on any failure, so a run never leaves it installed.
#   package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build=$(cd "$1" && pwd) source=$(cd "$2" && pwd)
if [ "$(id -u)" -ne 0 ]; then
  echo "skipped: needs root (it installs and removes the opensteps package with apt-get)"
  exit 77
fi

export DEBIAN_FRONTEND=noninteractive
# Waits for another apt or dpkg to finish instead of failing; never reads stdin.
apt=(apt-get -y -q -o DPkg::Lock::Timeout=600)
work=$(mktemp -d /tmp/opensteps-package-test.XXXXXX)
chmod 755 "$work" # apt's download user reads the .deb from here

installed() { dpkg-query -W -f='${db:Status-Status}' opensteps 2>/dev/null | grep -qx installed; }
cleanup() {
  status=$?
  if installed || dpkg-query -W opensteps >/dev/null 2>&1; then
    echo "== cleaning up: removing the opensteps package"
    "${apt[@]}" purge opensteps </dev/null >/dev/null || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

if installed; then
  echo "note: an opensteps package is installed already (an earlier run that was killed?): replacing it"
  "${apt[@]}" purge opensteps </dev/null >/dev/null
fi
[ -f /etc/xdg/OpenSteps/opensteps.conf ] &&
  echo "note: this PC has machine-wide presets in /etc/xdg/OpenSteps/opensteps.conf; they apply below"

step "building the package"
rm -f "$build"/opensteps_*.deb
cmake --build "$build" --target package </dev/null
debs=("$build"/opensteps_*_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one opensteps_<version>_<arch>.deb in $build"
cp "${debs[0]}" "$work/"
deb="$work/$(basename "${debs[0]}")"
echo "Depends: $(dpkg-deb --field "$deb" Depends)"

step "installing $(basename "$deb")"
cd "$work" # from here on, far from the build and source trees
if ! "${apt[@]}" install "./$(basename "$deb")" </dev/null; then
  echo "note: apt-get install failed; refreshing the package lists and trying once more"
  "${apt[@]}" update </dev/null
  "${apt[@]}" install "./$(basename "$deb")" </dev/null
fi
installed || fail "opensteps is not installed after apt-get install"

step "the installed files"
for file in /usr/bin/opensteps /usr/share/applications/org.opensteps.OpenSteps.desktop \
  /usr/share/metainfo/org.opensteps.OpenSteps.metainfo.xml /usr/share/man/man1/opensteps.1.gz \
  /usr/share/doc/opensteps/copyright /usr/share/icons/hicolor/scalable/apps/org.opensteps.OpenSteps.svg \
  /usr/share/icons/hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}/apps/org.opensteps.OpenSteps.png; do
  [ -s "$file" ] || fail "$file is missing or empty"
done
appstreamcli validate --no-net /usr/share/metainfo/org.opensteps.OpenSteps.metainfo.xml
desktop-file-validate /usr/share/applications/org.opensteps.OpenSteps.desktop
[ "$(man -w opensteps)" = /usr/share/man/man1/opensteps.1.gz ] || fail "man cannot find opensteps(1)"
man -l /usr/share/man/man1/opensteps.1.gz 2>&1 | grep -q "opensteps" || fail "man -l shows no page"

# A fresh home, so the app's default data folder is new and nothing of root's is touched.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset XDG_DATA_HOME XDG_CONFIG_HOME

step "opensteps --startup-probe (offscreen, software renderer)"
# LD_DEBUG=libs names every shared object as it starts (plugins and QML plugins included);
# QML_IMPORT_TRACE names every QML module's qmldir read.
timeout 120 env QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software QML_IMPORT_TRACE=1 \
  LD_DEBUG=libs LD_DEBUG_OUTPUT="$work/ld" /usr/bin/opensteps --startup-probe \
  >"$work/probe.out" 2>"$work/probe.err" || { cat "$work/probe.out" "$work/probe.err"; fail "--startup-probe failed"; }
cat "$work/probe.out"
grep -q '^first_frame_ms=[0-9]' "$work/probe.out" || fail "--startup-probe printed no first frame"

step "everything it loaded comes from a package in its Depends"
apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances opensteps |
  sed -n 's/^ *|\{0,1\}\(Pre\)\{0,1\}Depends: //p; /^[a-z0-9]/p' | sed 's/:.*//' | sort -u >"$work/closure"
{ sed -n 's/.*calling init: \(\/.*\)$/\1/p' "$work"/ld.*
  grep -o '"/[^"]*/qmldir"' "$work/probe.err" | tr -d '"'; } | sort -u >"$work/loaded"
grep -q '/QtQuick/qmldir$' "$work/loaded" || fail "QML_IMPORT_TRACE named no QtQuick module"
grep -q '/sqldrivers/libqsqlite.so$' "$work/loaded" || fail "LD_DEBUG named no SQLite driver"
while read -r file; do
  owner=""
  for path in "$file" "$(readlink -f "$file")" "${file#/usr}" "/usr${file}"; do
    owner=$(dpkg-query -S "$path" 2>/dev/null | head -1 | sed 's/[:,].*//') && [ -n "$owner" ] && break
  done
  [ -n "$owner" ] || fail "$file (loaded by the app) belongs to no package"
  grep -qx "$owner" "$work/closure" || fail "$file is from $owner, which opensteps does not depend on"
done <"$work/loaded"
echo "$(wc -l <"$work/loaded") libraries and QML modules, all from its dependencies"

step "opensteps lessons check (the lessons compiled into the binary)"
timeout 120 /usr/bin/opensteps lessons check
# The same lessons as the source tree's, by id: they are inside the binary, not read from disk.
timeout 120 /usr/bin/opensteps lessons list --json >"$work/lessons.json"
/usr/bin/python3 - "$work/lessons.json" "$source/lessons" <<'PY'
import json, pathlib, sys
installed = sorted(lesson["id"] for lesson in json.load(open(sys.argv[1])))
source = sorted(json.load(open(f))["id"] for f in pathlib.Path(sys.argv[2]).glob("*/lesson.json"))
print(f"lessons: {len(installed)} in the installed app, {len(source)} in the source tree")
sys.exit(0 if installed == source and installed else "FAIL: the installed app's lessons differ")
PY

step "opensteps config check --config FILE"
example=/usr/share/doc/opensteps/examples/opensteps.conf.example
[ -f "$example" ] || example="$source/packaging/presets/opensteps.conf.example"
[ -f "$example" ] || fail "no sample presets: packaging/presets/opensteps.conf.example is missing"
# Sets key=value in the [General] section of an INI file, replacing a line that sets it.
set_key() {
  if grep -q "^$2=" "$1"; then sed -i "s|^$2=.*|$2=$3|" "$1"
  elif grep -q '^\[General\]' "$1"; then sed -i "/^\[General\]/a $2=$3" "$1"
  else sed -i "1i [General]\n$2=$3" "$1"; fi
}
mkdir "$work/data"
cp "$example" "$work/good.conf"
set_key "$work/good.conf" dataDir "$work/data"
if grep -q '^lrsSecretFile=' "$work/good.conf"; then # the sample's path is on IT's PC, not here
  echo "test-secret" >"$work/lrs-secret" && set_key "$work/good.conf" lrsSecretFile "$work/lrs-secret"
fi
timeout 120 /usr/bin/opensteps config check --config "$work/good.conf" ||
  fail "config check refused the sample presets (exit $?)"
cp "$work/good.conf" "$work/bad.conf"
set_key "$work/bad.conf" idleMinutes abc
status=0
timeout 120 /usr/bin/opensteps config check --config "$work/bad.conf" >"$work/bad.out" 2>&1 || status=$?
cat "$work/bad.out"
[ "$status" -eq 1 ] || fail "config check exited $status for idleMinutes=abc, not 1"
grep -q "^$work/bad.conf: idleMinutes: " "$work/bad.out" || fail "no 'file: idleMinutes: problem' line"

step "kiosk mode inside cage (the installed app)"
bash "$source/tests/e2e/kiosk_cage.sh" /usr/bin/opensteps </dev/null || fail "the installed app's kiosk test failed"

step "opensteps backup (the installed app)"
timeout 120 /usr/bin/opensteps backup "$work/backup.sqlite" --data-dir "$HOME/.local/share/opensteps" ||
  fail "backup of the probe's data folder failed"
[ -s "$work/backup.sqlite" ] || fail "backup wrote nothing"

step "removing the package"
cd /
"${apt[@]}" remove opensteps </dev/null
[ ! -e /usr/bin/opensteps ] || fail "/usr/bin/opensteps is still there after apt-get remove"
# Purge what remove left (nothing, as the package has no configuration files of its own).
if dpkg-query -W opensteps >/dev/null 2>&1; then "${apt[@]}" purge opensteps </dev/null; fi
! dpkg-query -W opensteps >/dev/null 2>&1 || fail "dpkg still knows opensteps after purge"
[ ! -e /usr/share/applications/org.opensteps.OpenSteps.desktop ] || fail "the .desktop file is left"
echo "PASS"
