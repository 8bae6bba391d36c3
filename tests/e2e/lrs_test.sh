#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end tests against a real Learning Record Store: Learning Locker's statement service
# (npm xapi-statements, in memory, on 127.0.0.1 only), e.g. sync (behind a proxy that fails on
# demand) and the programme-wide report.
# Usage: lrs_test.sh OPENSTEPS_BINARY NODE_DIR TEST_SCRIPT [case...]
# NODE_DIR receives the LRS's npm packages (installed once from the committed lock file);
# TEST_SCRIPT is a file in tests/e2e/lrs (sync_test.js, report_test.js).
set -euo pipefail
binary=$1
node_dir=$2
script=$3
shift 3
here="$(cd "$(dirname "$0")" && pwd)"

bash "$here/lrs/npm-install.sh" "$node_dir"
export LRS_NODE_MODULES="$node_dir/node_modules"
# The commands never need a keychain; keep them off any desktop session's.
export OPENSTEPS_NO_KEYCHAIN=1
exec node "$here/lrs/$script" "$binary" "$@"
