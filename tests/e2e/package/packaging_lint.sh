#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# packaging_lint: checks the files that package OpenSteps for each platform without building
# any of them, so a mistake shows here and not on IT's PC or a Windows/macOS runner. The
# NSIS installer is compiled for real around a stand-in app folder; the Group Policy
# template, the installer and the app must name the same preset keys.
#   packaging_lint.sh SOURCE_DIR PROJECT_VERSION
set -euo pipefail

source=$(cd "$1" && pwd) version=$2
packaging="$source/packaging"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }
for tool in makensis xmllint appstreamcli desktop-file-validate flatpak-builder groff /usr/bin/python3; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run packaging/install-deps.sh --test"
done

step "desktop file and AppStream metainfo"
desktop-file-validate "$packaging/opensteps.desktop"
appstreamcli validate --no-net "$packaging/org.opensteps.OpenSteps.metainfo.xml"
grep -qx 'Icon=org.opensteps.OpenSteps' "$packaging/opensteps.desktop" || fail "the .desktop Icon is not the app id"
grep -q "<release version=\"$version\"" "$packaging/org.opensteps.OpenSteps.metainfo.xml" ||
  fail "the metainfo has no <release> for $version"

step "manual page"
LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 "$packaging/linux/opensteps.1" 2>"$work/groff"
[ ! -s "$work/groff" ] || { cat "$work/groff"; fail "groff warns about opensteps.1"; }
grep -q "^\.TH OPENSTEPS 1 .*\"OpenSteps $version\"" "$packaging/linux/opensteps.1" ||
  fail "opensteps.1 does not say version $version"

step "icons"
for size in 16 24 32 48 64 128 256; do
  png="$packaging/icons/${size}x${size}/org.opensteps.OpenSteps.png"
  file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a $size px PNG"
done
xmllint --noout "$packaging/icons/org.opensteps.OpenSteps.svg"

step "Windows: Group Policy template (ADMX and en-US ADML)"
admx="$packaging/windows/policy/OpenSteps.admx" adml="$packaging/windows/policy/en-US/OpenSteps.adml"
xmllint --noout "$admx" "$adml"
# The values of the attributes an XPath selects, one a line.
xpath() { xmllint --xpath "$2" "$1" | tr ' ' '\n' | sed -n 's/^[a-zA-Z]*="\(.*\)"$/\1/p' | sort -u; }
xpath "$admx" '//@valueName' >"$work/admx-keys"
# Every $(string.X) and $(presentation.X) the ADMX uses is defined in the ADML.
grep -o '$(string\.[A-Za-z_]*)' "$admx" | sed 's/.*\.\(.*\))/\1/' | sort -u >"$work/strings-used"
xpath "$adml" "//*[local-name()='string']/@id" >"$work/strings"
grep -o '$(presentation\.[A-Za-z_]*)' "$admx" | sed 's/.*\.\(.*\))/\1/' | sort -u >"$work/pres-used"
xpath "$adml" "//*[local-name()='presentation']/@id" >"$work/pres"
missing=$(comm -23 "$work/strings-used" "$work/strings"; comm -23 "$work/pres-used" "$work/pres")
[ -z "$missing" ] || fail "the ADML lacks: $missing"

step "Windows: installer properties and the app's preset keys agree"
sed -n 's/^ *!insertmacro \${DO} [A-Z]* \([A-Za-z]*\)$/\1/p' "$packaging/windows/opensteps.nsi" |
  sort -u >"$work/nsis-keys"
# The app's own list (app/core/deployment/Presets.cpp, the kKeys table).
presets="$source/app/core/deployment/Presets.cpp"
if [ -f "$presets" ]; then
  sed -n '/kKeys\[\] = {/,/};/p' "$presets" | grep -o '{"[A-Za-z]*",' | tr -d '{",' | sort -u >"$work/app-keys"
  [ -s "$work/app-keys" ] || fail "found no keys in $presets (kKeys): update this check"
else
  cp "$work/nsis-keys" "$work/app-keys"
  echo "note: $presets is not there yet; comparing the installer and the template only"
fi
diff -u "$work/app-keys" "$work/admx-keys" || fail "OpenSteps.admx and the app's keys differ (above)"
diff -u "$work/app-keys" "$work/nsis-keys" || fail "opensteps.nsi and the app's keys differ (above)"
echo "$(wc -l <"$work/app-keys") keys: $(tr '\n' ' ' <"$work/app-keys")"
grep -q 'key="Software\\OpenSteps\\opensteps"' "$admx" || fail "the ADMX writes elsewhere than the app reads"
grep -q 'PRESETS_KEY "Software\\OpenSteps\\opensteps"' "$packaging/windows/opensteps.nsi" ||
  fail "the installer writes elsewhere than the app reads"

step "Windows: NSIS installer (compiled around a stand-in app folder)"
mkdir "$work/deploy" && : >"$work/deploy/opensteps.exe"
(cd "$work" && makensis -V2 -WX -DVERSION="$version" -DDEPLOY_DIR="$work/deploy" \
  -DOUTFILE="$work/OpenSteps-lint.exe" "$packaging/windows/opensteps.nsi")
[ -s "$work/OpenSteps-lint.exe" ] || fail "makensis wrote no installer"

step "macOS: Info.plist and script"
xmllint --noout "$packaging/macos/Info.plist"
bash -n "$packaging/macos/make-dmg.sh"

step "Flatpak manifest"
manifest="$packaging/flatpak/org.opensteps.OpenSteps.json"
(cd "$work" && flatpak-builder --show-manifest "$manifest") >"$work/manifest" 2>"$work/manifest.err" ||
  { cat "$work/manifest.err"; fail "flatpak-builder cannot read the manifest"; }
[ ! -s "$work/manifest.err" ] || { cat "$work/manifest.err"; fail "flatpak-builder warns about the manifest"; }
grep -q '"id" : "org.opensteps.OpenSteps"' "$work/manifest" || fail "the manifest's id is not the app id"

step "GitHub workflow"
/usr/bin/python3 - "$source/.github/workflows/windows-macos.yml" <<'PY'
import sys, yaml  # Debian's python3-yaml
workflow = yaml.safe_load(open(sys.argv[1]))
on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
assert on and workflow["jobs"], "no triggers or no jobs"
for name, job in workflow["jobs"].items():
    assert job.get("runs-on") and job.get("steps"), f"job {name} has no runs-on or steps"
    for step in job["steps"]:
        assert ("uses" in step) != ("run" in step), f"job {name}: a step needs uses or run: {step}"
print("workflow:", ", ".join(workflow["jobs"]))
PY
echo "PASS"
