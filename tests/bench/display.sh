# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the benchmarks. Measures a real mapped X window: re-runs the benchmark under Xvfb
# when there is no display (CI), offscreen only if Xvfb is missing; the software renderer; a
# scratch folder $work (removed at exit) holding a private runtime folder.
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${OPENSTEPS_BENCH_XVFB:-}" ] &&
  command -v xvfb-run >/dev/null; then
  OPENSTEPS_BENCH_XVFB=1 exec xvfb-run -a "$0" "$@"
fi
work=$(mktemp -d) && trap 'rm -rf "$work"' EXIT
export QT_QUICK_BACKEND=software
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work/runtime}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
