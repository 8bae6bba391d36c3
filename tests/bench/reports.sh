#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reports benchmark: demo data at 10k, 100k and 1M outcome events (1k, 10k, 100k learners), then
# the dashboard's refresh (OutcomeFigures::count + PublishedReport::from: first run and median of
# 5, per period) and, once `opensteps export` exists, the aggregate and record-level exports.
# Prints figures; never fails on speed. Targets at 100k learners / 1M events: dashboard <= 200 ms,
# aggregate export <= 2 s, record-level export <= 5 s, peak memory <= 200 MiB; cost linear in
# events. Usage: tests/bench/reports.sh [path/to/opensteps] [path/to/report_bench] [scratch-dir]
set -euo pipefail
app=${1:-build/bin/opensteps}
bench=${2:-build/tests/bench/report_bench}
work=${3:-build/bench-reports}
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
day=$(date -u +%F)

# "seconds peak-KiB" of a command, its own output dropped.
timed() { /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -n 1; }

has_export=0 # read whole first: grep -q leaving early would fail the pipe
help=$("$app" --help 2>/dev/null || true)
grep -q '^ *export --format' <<<"$help" && has_export=1

for size in "1000 10000" "10000 100000" "100000 1000000"; do
  read -r learners events <<<"$size"
  dir="$work/events-$events"
  read -r secs kib < <(timed "$app" demo-data --data-dir "$dir" --learners "$learners" \
                         --events "$events" --seed 1)
  figures=$("$bench" "$dir" "$day")
  made=$(sed -n 's/^events=//p' <<<"$figures")
  echo "== $learners learners, $made events (asked $events): demo-data ${secs} s," \
       "peak $((kib / 1024)) MiB, folder $(du -sm "$dir" | cut -f1) MiB"
  grep -v '^events=' <<<"$figures" | sed 's/^/  /'
  if [ "$has_export" = 1 ]; then
    for format in csv records-csv records-json; do # everything demo data holds (18 months)
      out="$work/export-$format"
      mkdir -p "$out"
      if read -r secs kib < <(/usr/bin/time -f '%e %M' -o "$work/time" "$app" export \
             --format "$format" --out "$out" --from "$(date -u -d '-600 days' +%F)" --to "$day" \
             --data-dir "$dir" >/dev/null 2>"$work/err" && cat "$work/time"); then
        echo "  export format=$format ${secs} s peak $((kib / 1024)) MiB" \
             "($(du -sk "$out" | cut -f1) KiB written)"
      else
        echo "  export format=$format failed: $(head -c 300 "$work/err")"
      fi
      rm -rf "$out"
    done
    # The first opening of the day reads the whole file to check it (Database::CheckPolicy).
    rm -f "$dir/opensteps.sqlite-checked"
    mkdir -p "$work/export-checked"
    read -r secs kib < <(timed "$app" export --format csv --out "$work/export-checked" \
                           --data-dir "$dir")
    echo "  export format=csv with the day's whole-file check ${secs} s"
    rm -rf "$work/export-checked"
  else
    echo "  export: not built yet"
  fi
  rm -rf "$dir"
done
