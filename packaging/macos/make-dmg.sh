#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the macOS disk image: wraps the built opensteps binary in OpenSteps.app (the build
# makes a plain binary), lets macdeployqt copy in Qt's frameworks, plugins and the QML modules
# the app imports, signs it ad hoc (Apple silicon runs nothing unsigned) and packs it with hdiutil.
#   packaging/macos/make-dmg.sh build/bin/opensteps 0.1.0 dist
# Needs Qt's bin (macdeployqt) on PATH. Not notarised: see docs/deploying.md.
set -euo pipefail

binary=$1 version=${2:-0.1.0} out=${3:-dist}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

app="$work/dmg/OpenSteps.app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources" "$out"
cp "$binary" "$app/Contents/MacOS/opensteps"
sed "s/@VERSION@/$version/g" "$here/Info.plist" > "$app/Contents/Info.plist"

# The icon from the PNGs made for Linux (iconutil names each size, and the @2x doubles).
iconset="$work/opensteps.iconset"
mkdir "$iconset"
for size in 16 32 128 256; do
  cp "$here/../icons/${size}x${size}/org.opensteps.OpenSteps.png" "$iconset/icon_${size}x${size}.png"
done
cp "$here/../icons/32x32/org.opensteps.OpenSteps.png" "$iconset/icon_16x16@2x.png"
cp "$here/../icons/64x64/org.opensteps.OpenSteps.png" "$iconset/icon_32x32@2x.png"
cp "$here/../icons/256x256/org.opensteps.OpenSteps.png" "$iconset/icon_128x128@2x.png"
iconutil -c icns -o "$app/Contents/Resources/opensteps.icns" "$iconset"

macdeployqt "$app" -qmldir="$source_dir/qml" -always-overwrite
codesign --force --deep --sign - "$app"

# The disk image opens on the app beside a link to Applications, to drag it into.
ln -s /Applications "$work/dmg/Applications"
dmg="$out/OpenSteps-$version-macos.dmg"
rm -f "$dmg"
hdiutil create -volname OpenSteps -srcfolder "$work/dmg" -fs HFS+ -format UDZO "$dmg"
echo "$dmg"
