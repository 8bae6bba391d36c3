#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every page at 100% and 200% text in every theme, at 200% in the widest bundled font
# (OpenDyslexic), and right-to-left, into OUT_DIR,
# so people can look at them; fails if any page cannot be rendered or the layout audit
# (`screenshot --check-layout`: text cut short or outside the window, controls overlapping)
# finds a problem on it.
set -uo pipefail
app=$1 out=$2 lessons=${3:-$(dirname "$0")/../../lessons}
mkdir -p "$out"
failures=0
# The screenshot command's own usage message lists every page on one line.
pages=$("$app" screenshot --page '?' --out /dev/null 2>&1 | sed -n 's/^Pages: //p' | tr -d ',')
[ -n "$pages" ] || pages="language profile home lesson lesson-choice done settings notice error"
render() { # page scale theme lang [folder/step]; FONT=name render ... for another font
  local name=$1 extra=() font=${FONT:-standard}
  if [ -n "${5:-}" ]; then name="step-${5//\//-}"; extra=(--step "$5"); fi
  local file="$out/$name-$2-$3-$4.png"
  [ "$font" = standard ] || file="$out/$name-$2-$3-$4-$font.png"
  "$app" screenshot --page "$1" --text-scale "$2" --theme "$3" --font "$font" --lang "$4" "${extra[@]}" --check-layout --out "$file" >/dev/null 2>"$out/last.err"
  local status=$?
  # Status 3: rendered, but the layout audit found text cut short or controls on top of each other.
  if [ "$status" -eq 3 ]; then
    echo "FAIL: $name at $2 ($3, $4) has layout problems:"; sed 's/^/  /' "$out/last.err"
    failures=$((failures + 1))
  elif [ "$status" -ne 0 ]; then
    echo "FAIL: $1 at $2 ($3, $4): $(cat "$out/last.err")"; failures=$((failures + 1)); return
  fi
  # A QML warning from the app's own files means something on the page is broken.
  if [ "$status" -ne 3 ] && grep -q 'qrc:/OpenSteps/' "$out/last.err"; then
    echo "FAIL: $1 at $2 ($3, $4) logged QML warnings:"; cat "$out/last.err"; failures=$((failures + 1))
  fi
  # A real PNG of a real window, not an empty file.
  if [ "$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ] || [ "$(stat -c %s "$file")" -lt 5000 ]; then
    echo "FAIL: $file is not a useful PNG"; failures=$((failures + 1))
  fi
}
for page in $pages; do
  for scale in 1.0 2.0; do
    for theme in default dark high-contrast; do render "$page" "$scale" "$theme" en; done
  done
  FONT=opendyslexic render "$page" 2.0 default en
  render "$page" 1.0 default ur
done
# One step of every activity type, and every practice screen, at 100% and 200%.
steps="connecting-to-wifi-safely/the-wifi-symbol making-and-changing-passwords/when-should-you-change-it
spotting-scams/sort-the-messages making-and-changing-passwords/build-a-password
using-a-keyboard/practise-arrow-keys"
for scene in desktop wifi browser email council-form gp-booking bus-ticket online-shop; do
  folder=$(grep -l "\"scene\": *\"$scene\"" "$lessons"/*/lesson.json | head -1 | xargs dirname | xargs basename)
  step=$(grep -o "\"id\": *\"[^\"]*\", *\"type\": *\"simulation\", *\"scene\": *\"$scene\"" \
    "$lessons/$folder/lesson.json" | head -1 | sed 's/"id": *"\([^"]*\)".*/\1/')
  [ -n "$folder" ] && [ -n "$step" ] && steps="$steps $folder/$step"
done
for step in $steps; do
  for scale in 1.0 2.0; do render lesson "$scale" default en "$step"; done
  render lesson 1.0 high-contrast en "$step"
  render lesson 1.0 dark en "$step"
done
echo "rendered $(ls "$out"/*.png | wc -l) screenshots into $out; $failures failed"
exit $((failures > 0))
