#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sync benchmark: ~10,000 pending statements delivered to a real LRS on 127.0.0.1 (npm's
# xapi-statements). Prints time, statements per second and memory; never fails on speed.
# Target: <= 10 s, memory flat. Usage: tests/bench/sync.sh [path/to/opensteps] [node-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app=${1:-build/bin/opensteps}
node_dir=${2:-build/test-lrs}
bash "$here/../e2e/lrs/npm-install.sh" "$node_dir"
export LRS_NODE_MODULES="$node_dir/node_modules" OPENSTEPS_NO_KEYCHAIN=1
node "$here/../e2e/lrs/bench_sync.js" "$app" 2> >(grep -v -e 'AWS SDK' -e 'migrated database' >&2)
