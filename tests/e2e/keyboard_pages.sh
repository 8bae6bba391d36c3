#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Keyboard audit: on every page the screenshot command knows, and one step of every kind the
# lessons use, at 100% and 200% text, presses Tab round the page from its heading
# (`screenshot --check-keyboard`) and fails on controls Tab misses, Tab order against reading
# order, focus without a visible ring and focus stops that are not design-system controls.
set -uo pipefail
app=$1 out=$2 lessons=${3:-$(dirname "$0")/../../lessons}
here=$(dirname "$0")
mkdir -p "$out"
failures=0 runs=0
# The screenshot command's own usage message lists every page on one line.
pages=$("$app" screenshot --page '?' --out /dev/null 2>&1 | sed -n 's/^Pages: //p' | tr -d ',')
[ -n "$pages" ] || { echo "FAIL: no page list in the screenshot usage message"; exit 1; }
steps=$(/usr/bin/python3 "$here/lesson_steps.py" "$lessons") || { echo "FAIL: no lesson steps"; exit 1; }
check() { # page scale [folder/step]
  local name=$1 extra=()
  if [ -n "${3:-}" ]; then name="step ${3}"; extra=(--step "$3"); fi
  runs=$((runs + 1))
  timeout 60 "$app" screenshot --page "$1" --text-scale "$2" "${extra[@]}" --check-keyboard \
    --out "$out/keyboard.png" >/dev/null 2>"$out/keyboard.err"
  local status=$?
  if [ "$status" -ne 0 ]; then
    echo "FAIL: $name at $2 (exit status $status):"; sed 's/^/  /' "$out/keyboard.err"
    failures=$((failures + 1))
  fi
}
for page in $pages; do
  for scale in 1.0 2.0; do check "$page" "$scale"; done
done
for step in $steps; do
  for scale in 1.0 2.0; do check lesson "$scale" "$step"; done
done
echo "keyboard audit: $failures of $runs page renders had problems"
exit $((failures > 0))
