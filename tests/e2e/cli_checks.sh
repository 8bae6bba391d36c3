# SPDX-License-Identifier: GPL-3.0-or-later
# Checks shared by the command-line e2e scripts (sourced after they set $work, a scratch
# folder): each failure is printed and counted in $failures.
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_status() { # expected-status description command...
  local want=$1 what=$2; shift 2
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  [ "$got" -eq "$want" ] || fail "$what: exit status $got, expected $want ($(head -c 300 "$work/err"))"
}
contains() { grep -qF -- "$2" "$1" || fail "$3: '$2' not in $(basename "$1"): $(head -c 400 "$1")"; }
