#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what OpenSteps needs to build, run and test, on Debian 12 (bookworm) or newer.
# Quiet and quick when everything is already there; uses sudo when not run as root.
set -euo pipefail

packages=(
  # build tools
  cmake ninja-build g++ pkg-config
  # Qt 6 (Debian 12 ships 6.4.2)
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libqt6svg6
  # SQLite itself (the library Qt's driver uses): exports read big results through its API
  libsqlite3-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml
  qml6-module-qtqml-workerscript qml6-module-qttest libqt6test6 libqt6quicktest6
  # read aloud: Qt TextToSpeech with the offline Flite voice (no speech daemon needed)
  qt6-speech-dev libqt6texttospeech6 qt6-speech-flite-plugin
  # the LRS secret in the system keychain (Secret Service or KWallet) when the PC has one
  qtkeychain-qt6-dev libqt6keychain1
  # fonts and software rendering for PCs without a usable GPU
  fonts-dejavu-core libgl1-mesa-dri
  # names and words in other scripts: DejaVu has no Urdu ہ; Noto has Arabic, Urdu, Bengali, Gurmukhi
  fonts-noto-core
  # Chinese (中文) among the languages a learner may say they prefer; Noto core has no Han
  fonts-wqy-microhei
  # reading PDFs back in tests
  poppler-utils
  # a virtual display for the start-up benchmark and the screen-reader audit
  xvfb xauth
  # the screen-reader audit (tests/e2e/atspi_audit.sh): a D-Bus session, the AT-SPI bus and
  # Debian's Python bindings to read the app's accessibility tree
  dbus dbus-daemon at-spi2-core python3 python3-pyatspi qt6-qpa-plugins
  # windows on Wayland, as under the cage kiosk compositor
  qt6-wayland
)
# Only for the tests (packaging/dev.sh test):
test_packages=(
  # the Debian package (CPack: dpkg-shlibdeps) and its install test: validators, man pages
  dpkg-dev appstream desktop-file-utils man-db groff-base file
  # packaging_lint: the Windows installer (makensis), ADMX/ADML, Flatpak manifest, workflow YAML
  nsis libxml2-utils flatpak-builder python3-yaml
  # the kiosk test (tests/e2e/kiosk_cage.sh): cage headless, its Xwayland, keys and close requests
  cage xwayland xdotool python3-xlib
)
[ "${1:-}" = --test ] && packages+=("${test_packages[@]}")

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  cat >&2 <<MSG
This script installs packages with apt on Debian 12 or newer (or Ubuntu 23.04 or newer).
On another system, install these yourself and run the same cmake commands as packaging/dev.sh:
  CMake 3.22+, Ninja, a C++20 compiler, Qt 6.4+ with Qt Quick, Quick Controls, Qt SQL (SQLite
  driver), Qt SVG, Qt TextToSpeech (with a voice plugin), Qt Test, Qt Quick Test and the Qt Linguist tools, and the DejaVu fonts.
MSG
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$package")
done
# Tests only: Node.js and npm run a real Learning Record Store (npm's xapi-statements) for the
# sync tests. Any Node 18 or newer will do, so a Node already on PATH is kept.
if [ "${1:-}" = --test ]; then
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "Please install these packages as root: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
