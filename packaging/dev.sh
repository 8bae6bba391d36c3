#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands:
#   packaging/dev.sh run    install what is missing, build, open OpenSteps
#   packaging/dev.sh test   install what is missing, build, run every test
# Extra arguments after "run" go to the app (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:-}
case "$action" in
  run | test) shift ;;
  *) echo "usage: $0 run [app options] | test" >&2; exit 2 ;;
esac

if [ "$action" = test ]; then packaging/install-deps.sh --test; else packaging/install-deps.sh; fi
[ -f build/build.ninja ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build

if [ "$action" = run ]; then
  exec build/bin/opensteps "$@"
fi
ctest --test-dir build --output-on-failure --timeout 600 -j "$(nproc)"
