#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One data folder (IT's preset dataDir) used by several OpenSteps processes at once, as on a PC
# where two windows are open or a command runs beside the app: all start on a brand-new folder
# at the same moment (each would make the database), each saves, and nothing is lost.
set -uo pipefail
app=$1
work=$(mktemp -d) && trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/cli_checks.sh"
export XDG_CONFIG_DIRS="$work/etc-xdg" HOME="$work/home"
mkdir -p "$work/etc-xdg/OpenSteps" "$work/data" "$HOME"
printf '[General]\ndataDir=%s\n' "$work/data" >"$work/etc-xdg/OpenSteps/opensteps.conf"

for round in 1 2 3; do
  rm -rf "$work/data" && mkdir "$work/data"
  pids=()
  for i in 1 2 3 4 5 6; do
    printf 'a passphrase for helper %s\n' "$i" |
      "$app" helper add --name "Helper $round-$i" --role volunteer >"$work/add-$i.log" 2>&1 &
    pids+=($!)
  done
  timeout 120 "$app" --startup-probe >"$work/probe.log" 2>&1 &
  pids+=($!)
  for pid in "${pids[@]}"; do
    wait "$pid" || fail "round $round: a process sharing the folder failed: $(cat "$work"/add-*.log "$work/probe.log" | grep -v '^$' | head -5)"
  done
  expect_status 0 "helper list" "$app" helper list
  count=$(grep -c "Helper $round-" "$work/out")
  [ "$count" -eq 6 ] || fail "round $round: $count of 6 helpers saved: $(cat "$work/out")"
  [ -f "$work/data/opensteps.sqlite" ] || fail "round $round: the database is not in the preset dataDir"
done

[ "$failures" -eq 0 ] && echo "PASS" || { echo "$failures failure(s)"; exit 1; }
