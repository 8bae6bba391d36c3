#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# qmllint over every QML file of the app, against the built module: any warning fails.
set -uo pipefail
qml_dir=$1 imports=$2
qmllint=$(command -v qmllint6 || echo /usr/lib/qt6/bin/qmllint)
mapfile -t files < <(find "$qml_dir" -name '*.qml' | sort)
output=$("$qmllint" -I "$imports" "${files[@]}" 2>&1); status=$?
if [ -n "$output" ] || [ "$status" -ne 0 ]; then
  echo "$output"
  echo "qmllint: problems found (exit status $status)"
  exit 1
fi
echo "qmllint: ${#files[@]} files clean"
