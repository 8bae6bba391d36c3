#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# IT's presets from the outside: `opensteps config check` with good, bad and missing files (the
# machine-wide file too, through XDG_CONFIG_DIRS, where Qt looks on Linux), and the app
# starting with a bad value left out rather than refusing learners.
set -uo pipefail
app=$1
work=$(mktemp -d) && trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/cli_checks.sh"
# Nothing of the PC running the tests: no machine-wide presets but the test's own.
export XDG_CONFIG_DIRS="$work/etc-xdg" HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_CONFIG_DIRS" "$HOME"
keys=(dataDir hubId hubName lrsEndpoint lrsKey lrsSecretFile idleMinutes guestAllowed kiosk
  renderer locale programmeIri)

# Nothing preset: every key at its default, exit 0, and no warning.
expect_status 0 "config check with nothing preset" "$app" config check --data-dir "$work/data"
for key in "${keys[@]}"; do contains "$work/out" "  $key = " "config check lists $key"; done
contains "$work/out" "idleMinutes = 10  (default)" "the default idle time"
grep -q "Warning:" "$work/out" && fail "a warning with nothing preset: $(cat "$work/out")"

# Every key good, from --config.
mkdir -p "$work/data" && echo "secret-from-it" >"$work/lrs-secret"
cat >"$work/good.conf" <<EOF
[General]
dataDir=$work/data
hubId=leeds-central
hubName=Leeds Central Library
lrsEndpoint=https://lrs.example.org/xAPI/
lrsKey=hub-key
lrsSecretFile=$work/lrs-secret
idleMinutes=15
guestAllowed=false
kiosk=true
renderer=software
locale=en
programmeIri=https://digital.example.org/opensteps
EOF
expect_status 0 "config check, every key good" "$app" config check --config "$work/good.conf"
for key in "${keys[@]}"; do
  contains "$work/out" "  $key = " "config check lists $key"
  grep -q "  $key = .*($work/good.conf)" "$work/out" || fail "$key does not come from good.conf"
done
contains "$work/out" "hubName = Leeds Central Library" "the hub's name as given"
grep -q "secret-from-it" "$work/out" && fail "config check printed the LRS secret"
grep -q "Warning:" "$work/out" && fail "a warning with dataDir preset: $(cat "$work/out")"

# Bad values: one "file: key: problem" line each, exit 1; the good values are still used.
sed -e 's/^idleMinutes=.*/idleMinutes=500/' -e 's|^lrsEndpoint=.*|lrsEndpoint=http://lrs.example.org/|' \
  -e 's/^hubId=.*/hubId=Leeds Central/' -e '/^dataDir=/d' "$work/good.conf" >"$work/bad.conf"
echo "colour=red" >>"$work/bad.conf"
expect_status 1 "config check, bad values" "$app" config check --config "$work/bad.conf"
for key in idleMinutes lrsEndpoint hubId colour; do
  grep -q "^$work/bad.conf: $key: ." "$work/out" || fail "no '$work/bad.conf: $key: problem' line"
done
contains "$work/out" "write a whole number from 1 to 120" "idleMinutes says what to write"
contains "$work/out" "must start with https://" "lrsEndpoint says why"
contains "$work/out" "idleMinutes = 10  (default)" "a bad idle time is left out"
contains "$work/out" "hubName = Leeds Central Library  ($work/bad.conf)" "good values still used"
# Hub presets but no dataDir: progress sits in this account's own folder.
contains "$work/out" "Warning: Learners' progress is kept in this computer account's own folder." \
  "the reset warning"
contains "$work/out" "ask IT to set dataDir to a drive that keeps files" "the reset warning's advice"

expect_status 1 "config check, a missing file" "$app" config check --config "$work/absent.conf"
contains "$work/out" "$work/absent.conf: -: the file does not exist" "a missing file is named"
expect_status 2 "config without check" "$app" config

# The machine-wide file (Linux: $XDG_CONFIG_DIRS/OpenSteps/opensteps.conf), under --config.
mkdir -p "$XDG_CONFIG_DIRS/OpenSteps"
printf '[General]\nhubId=machine-hub\nidleMinutes=20\n' >"$XDG_CONFIG_DIRS/OpenSteps/opensteps.conf"
printf '[General]\nhubId=explicit-hub\n' >"$work/explicit.conf"
expect_status 0 "config check, machine-wide and --config" "$app" config check --config "$work/explicit.conf"
contains "$work/out" "idleMinutes = 20  ($XDG_CONFIG_DIRS/OpenSteps/opensteps.conf)" "machine-wide value"
contains "$work/out" "hubId = explicit-hub  ($work/explicit.conf)" "--config wins over the machine"
# --data-dir on the command line wins over the preset dataDir.
printf 'dataDir=%s\n' "$work/data" >>"$XDG_CONFIG_DIRS/OpenSteps/opensteps.conf"
expect_status 0 "config check, --data-dir" "$app" config check --data-dir "$work/other"
contains "$work/out" "dataDir = $work/other  (command line)" "--data-dir wins"
rm "$XDG_CONFIG_DIRS/OpenSteps/opensteps.conf"

# A bad value never stops learners: the app starts, says what it left out, and uses the rest.
expect_status 0 "start-up with a bad preset" timeout 120 env QT_QPA_PLATFORM=offscreen \
  "$app" --startup-probe --config "$work/bad.conf" --data-dir "$work/start"
contains "$work/out" "first_frame_ms=" "the app started"
contains "$work/err" "$work/bad.conf: idleMinutes: " "start-up names the bad value"

[ "$failures" -eq 0 ] && echo "PASS" || { echo "$failures failure(s)"; exit 1; }
