#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up benchmark: the median of 5 runs of `opensteps --startup-probe` (the first page a PC
# with learners shows: their tiles) on the software renderer. Prints figures; never fails on
# speed. Targets on a 2-core library PC: first frame <= 150 ms, RSS <= 80 MiB.
# Usage: tests/bench/startup.sh [path/to/opensteps]
set -euo pipefail
source "$(dirname "$0")/display.sh"
app=${1:-build/bin/opensteps}
runs=${RUNS:-5}

"$app" sample-data --data-dir "$work/data" >/dev/null 2>&1
"$app" --startup-probe --data-dir "$work/data" >/dev/null 2>&1 # warm the file cache once

frames=() rss=()
for _ in $(seq "$runs"); do
  output=$("$app" --startup-probe --data-dir "$work/data" 2>/dev/null)
  grep -q '^page=sign-in$' <<<"$output" || { echo "probe did not land on the sign-in page: $output" >&2; exit 1; }
  frames+=("$(sed -n 's/^first_frame_ms=//p' <<<"$output")")
  rss+=("$(sed -n 's/^rss_kib=//p' <<<"$output")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "startup: ${runs} runs, platform ${QT_QPA_PLATFORM:-default}, software renderer"
echo "first_frame_ms median=$(median "${frames[@]}") all=${frames[*]} (target <= 150)"
echo "rss_kib median=$(median "${rss[@]}") all=${rss[*]} (target <= 81920)"
