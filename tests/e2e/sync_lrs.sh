#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sync end to end against a real Learning Record Store: Learning Locker's statement service
# (npm xapi-statements, in memory, on 127.0.0.1 only) behind a proxy that fails on demand.
# Usage: sync_lrs.sh OPENSTEPS_BINARY NODE_DIR [case...]
# NODE_DIR receives the LRS's npm packages (installed once from the committed lock file).
set -euo pipefail
binary=$1
node_dir=$2
shift 2
here="$(cd "$(dirname "$0")" && pwd)"

bash "$here/lrs/npm-install.sh" "$node_dir"
export LRS_NODE_MODULES="$node_dir/node_modules"
# The sync commands never need a keychain; keep them off any desktop session's.
export OPENSTEPS_NO_KEYCHAIN=1
exec node "$here/lrs/sync_test.js" "$binary" "$@"
