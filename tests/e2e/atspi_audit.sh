#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screen-reader audit: every page the screenshot command knows, and one step of every kind the
# lessons use, shown in a real (virtual) window and read through the real AT-SPI tree by
# atspi_audit.py, as Orca would read it. Needs xvfb, xauth, dbus, at-spi2-core, python3-pyatspi.
# Usage: atspi_audit.sh APP [LESSONS-DIR] [PAGE...]   (pages: all when none are given)
set -uo pipefail
app=$1 lessons=${2:-$(dirname "$0")/../../lessons}
here=$(cd "$(dirname "$0")" && pwd)
shift $(($# > 1 ? 2 : 1))

if [ -z "${OPENSTEPS_ATSPI_SESSION:-}" ]; then
  # Its own X display and D-Bus session, so it never touches a desktop it runs on; a time
  # limit on the whole run so nothing can hang CI.
  exec timeout -k 10 900 xvfb-run -a -s "-screen 0 1280x1024x24" \
    dbus-run-session -- env OPENSTEPS_ATSPI_SESSION=1 bash "$0" "$app" "$lessons" "$@"
fi

scratch=$(mktemp -d)
# The accessibility bus the app and pyatspi meet on.
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
trap 'kill $bus 2>/dev/null; rm -rf "$scratch"' EXIT
# A real window (not offscreen, as CTest sets for the other e2e tests), on the bus even with
# no screen reader running; the app's sample-data folders go to the scratch folder.
unset QT_QPA_PLATFORM
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 TMPDIR=$scratch XDG_RUNTIME_DIR=$scratch
export QT_QUICK_BACKEND=software OPENSTEPS_SPEECH=${OPENSTEPS_SPEECH:-record}

pages=$("$app" screenshot --page '?' --out /dev/null 2>&1 | sed -n 's/^Pages: //p' | tr -d ',')
[ -n "$pages" ] || { echo "FAIL: no page list in the screenshot usage message"; exit 1; }
steps=$(/usr/bin/python3 "$here/lesson_steps.py" "$lessons") || { echo "FAIL: no lesson steps"; exit 1; }
groups=()
if [ $# -gt 0 ]; then
  for page in "$@"; do groups+=("$page" --page "$page" --);  done
else
  for page in $pages; do groups+=("$page" --page "$page" --); done
  for step in $steps; do groups+=("step $step" --page lesson --step "$step" --); done
fi
sleep 1 # let the bus launcher register before the first app looks for it
/usr/bin/python3 "$here/atspi_audit.py" "$app" "${groups[@]}"
