#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Lesson benchmark: how long each bundled lesson takes to open (to the first frame of its step),
# and whether start-up grows with the number of lessons: first frame of Home with the bundled
# lessons and with 200 generated ones (second start, when the lesson cache is warm).
# Prints figures; never fails on speed. Targets: opening any lesson <= 50 ms; start-up with
# 200 lessons close to start-up with the bundled ones.
# Usage: tests/bench/lessons.sh [path/to/opensteps] [path/to/lessons]
set -euo pipefail
source "$(dirname "$0")/display.sh"
app=${1:-build/bin/opensteps}
lessons=${2:-$(dirname "$0")/../../lessons}

"$app" sample-data --data-dir "$work/data" >/dev/null 2>&1
"$app" --lesson-open-probe --data-dir "$work/data" 2>/dev/null | sed 's/^/open: /'

# 200 lessons: copies of the bundled ones, each with a fresh id.
mkdir -p "$work/many"
folders=()
for dir in "$lessons"/*/; do [ -f "$dir/lesson.json" ] && folders+=("$dir"); done
for i in $(seq 1 200); do
  dest="$work/many/lesson-$i"
  cp -r "${folders[$((i % ${#folders[@]}))]}" "$dest"
  sed -i "0,/\"id\": *\"[0-9a-f-]\{36\}\"/s//\"id\": \"$(cat /proc/sys/kernel/random/uuid)\"/" "$dest/lesson.json"
done

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
probe() { # data-dir [lessons-dir]
  local args=(--startup-probe --data-dir "$1") times=()
  [ -n "${2:-}" ] && args+=(--lessons-dir "$2")
  "$app" "${args[@]}" >/dev/null 2>&1 # first start fills the lesson cache
  for _ in 1 2 3 4 5; do
    times+=("$("$app" "${args[@]}" 2>/dev/null | sed -n 's/^first_frame_ms=//p')")
  done
  median "${times[@]}"
}
cp -r "$work/data" "$work/data-many"
echo "startup first_frame_ms median: bundled (${#folders[@]} lessons)=$(probe "$work/data") 200 lessons=$(probe "$work/data-many" "$work/many")"
