#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the test LRS's npm packages into NODE_DIR from the committed lock file (once, and
# again only when the lock file changes). Usage: npm-install.sh NODE_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
node_dir=$1
mkdir -p "$node_dir"
if ! cmp -s "$here/package-lock.json" "$node_dir/package-lock.json" ||
  [ ! -d "$node_dir/node_modules/xapi-statements" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$node_dir/"
  (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
