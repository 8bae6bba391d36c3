#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e_kiosk_cage: OpenSteps in kiosk mode inside cage (the Wayland kiosk compositor of
# docs/deploying.md) on its headless back end. First the app starts as a native Wayland client
# (the start-up probe); then it runs on cage's Xwayland, where close_requests.py asks it to close
# as a window manager and keys would, proves each is refused, and closes it with a staff
# passphrase. cage refuses to run as root, so as root this runs as the user nobody.
#   kiosk_cage.sh APP    (the build's binary, or /usr/bin/opensteps from the package test)
set -euo pipefail
app=$1
here=$(cd "$(dirname "$0")" && pwd)
for tool in cage Xwayland xdotool; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: run packaging/install-deps.sh --test"; exit 1; }
done
/usr/bin/python3 -c 'import Xlib' 2>/dev/null || { echo "FAIL: python3-xlib is missing"; exit 1; }
work=$(mktemp -d /tmp/opensteps-kiosk.XXXXXX) && trap 'rm -rf "$work"' EXIT
run_as=()
if [ "$(id -u)" -eq 0 ]; then run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups); fi
mkdir -p "$work/data" "$work/runtime" "$work/home" "$work/etc-xdg"
chmod 700 "$work/runtime"
cat >"$work/kiosk.conf" <<CONF
[General]
dataDir=$work/data
kiosk=true
renderer=software
CONF
# The user nobody may not reach the build or source tree (a clone in a private folder): it
# runs copies from here.
cp "$app" "$work/opensteps" && app="$work/opensteps"
cp "$here/kiosk/close_requests.py" "$work/close_requests.py"
chmod 755 "$work/opensteps" && chmod 644 "$work/close_requests.py"
[ ${#run_as[@]} -eq 0 ] || chown -R nobody:nogroup "$work"
chmod 755 "$work"
user_env=(env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
  XDG_CONFIG_DIRS="$work/etc-xdg" OPENSTEPS_SPEECH=record OPENSTEPS_NO_KEYCHAIN=1
  WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman)
as_user() { "${run_as[@]}" "${user_env[@]}" "$@"; }
fail() { echo "FAIL: $*"; for f in "$work"/*.log; do echo "--- $f"; tail -20 "$f"; done; exit 1; }

staff="Kiosk Staff" passphrase="closing time at the library"
printf '%s\n' "$passphrase" | as_user "$app" helper add --name "$staff" --role staff \
  --config "$work/kiosk.conf" >"$work/helper.log" 2>&1 || fail "could not add the staff account"

echo "== native Wayland inside cage: the start-up probe in kiosk mode"
as_user timeout 120 cage -- env QT_QPA_PLATFORM=wayland "$app" --startup-probe \
  --config "$work/kiosk.conf" >"$work/probe.log" 2>&1 || fail "cage or the probe failed"
grep -q '^first_frame_ms=[0-9]' "$work/probe.log" || fail "no first frame under cage (Wayland)"
grep '^page=\|^first_frame_ms=' "$work/probe.log"

echo "== on cage's Xwayland: close requests refused, then closed by staff"
as_user timeout 300 cage -- sh -c '
  QT_QPA_PLATFORM=xcb "$1" --config "$2" >"$3/app.log" 2>&1 &
  app_pid=$!
  /usr/bin/python3 "$4" "$app_pid" "$5" "$6"; driver=$?
  [ "$driver" -eq 0 ] || kill "$app_pid" 2>/dev/null
  wait "$app_pid"; echo "app_exit=$?"
  exit "$driver"' kiosk "$app" "$work/kiosk.conf" "$work" "$work/close_requests.py" \
  "$staff" "$passphrase" >"$work/kiosk.log" 2>&1 || fail "the kiosk run failed"
cat "$work/kiosk.log" | grep -v '^00:\|glamor\|(EE)\|(II)' || true
grep -q '^app_exit=0$' "$work/kiosk.log" || fail "the app did not exit normally when staff closed it"
grep -q 'kiosk: closed by staff' "$work/app.log" || fail "the app does not say staff closed it"
echo "PASS"
