#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line as staff and lesson authors use it: help, lessons check/list, sample data,
# helpers (volunteers and staff), bundles (statements carried from a hub without internet), and
# the app starting (start-up probe) even with a broken lesson beside good ones.
set -uo pipefail
app=$1 lessons=$2
work=$(mktemp -d) && trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/cli_checks.sh"
with_input() { # text command...: runs the command with the text on standard input
  local text=$1; shift
  printf '%s' "$text" | "$@"
}

expect_status 0 "--help" "$app" --help
for word in "lessons check" "lessons list --json" "screenshot --page" "--data-dir" "--lessons-dir" \
  "--startup-probe" "--text-scale" "--theme" "--lang" "helper add --name NAME --role volunteer|staff" \
  "helper list" "bundle export FILE [--again]" "bundle import FILE" \
  "demo-data --data-dir DIR [--learners N] [--seed S] [--events N]"; do
  contains "$work/out" "$word" "--help lists $word"
done

expect_status 0 "bundled lessons check" "$app" lessons check
expect_status 0 "source lessons check" "$app" lessons check "$lessons"
contains "$work/out" "0 problem(s)" "lessons check summary"

expect_status 0 "lessons list --json" "$app" lessons list --json
contains "$work/out" '"id": "b18aef0a-1dfd-4527-bfd5-b4c25099e44b"' "lesson list has the mouse lesson"
contains "$work/out" '"stepCount": 15' "lesson list has step counts"
contains "$work/out" '"topic": "foundation"' "lesson list has topics"

# A copy of the lessons with one broken file: reported by file and line, exit status 1.
cp -r "$lessons" "$work/lessons"
mkdir -p "$work/lessons/broken/text"
printf '{\n  "format": 1,\n  "colour": "red",\n  "id": "11111111-2222-4333-8444-555555555555",\n  "topic": "foundation",\n  "steps": [ { "id": "a", "type": "explain" } ]\n}\n' \
  >"$work/lessons/broken/lesson.json"
printf '{ "title": "T", "summary": "S", "steps": { "a": { "heading": "H", "body": "B" } } }\n' \
  >"$work/lessons/broken/text/en.json"
expect_status 1 "broken lessons check" "$app" lessons check "$work/lessons"
contains "$work/err" "$work/lessons/broken/lesson.json:3: unknown field \"colour\"" "problem has file and line"

# The app still starts with that folder, and says what is wrong.
expect_status 2 "sample-data needs --data-dir" "$app" sample-data
expect_status 0 "sample-data" "$app" sample-data --data-dir "$work/data"
expect_status 1 "sample-data refuses a folder with learners" "$app" sample-data --data-dir "$work/data"
expect_status 0 "start-up probe" "$app" --startup-probe --data-dir "$work/data" --lessons-dir "$work/lessons"
contains "$work/out" "page=sign-in" "probe lands on the sign-in page"
contains "$work/out" "first_frame_ms=" "probe prints first frame time"
contains "$work/out" "rss_kib=" "probe prints memory"
contains "$work/err" "broken/lesson.json:3: unknown field" "start-up reports the broken lesson"

# Demo data: only into an empty folder; never sent or bundled; the app opens it.
expect_status 2 "demo-data needs --data-dir" "$app" demo-data --learners 5
before=$(sha256sum "$work/data/opensteps.sqlite")
expect_status 1 "demo-data refuses real data" "$app" demo-data --data-dir "$work/data" --learners 5
contains "$work/err" "holds real data" "demo-data says why"
[ "$(sha256sum "$work/data/opensteps.sqlite")" = "$before" ] || fail "demo-data changed real data"
[ ! -e "$work/data/opensteps.sqlite-wal" ] || fail "demo-data left a -wal file in real data"
expect_status 0 "demo-data" "$app" demo-data --data-dir "$work/demo" --learners 30 --seed 7
contains "$work/out" "Demo data (not real learners)" "demo-data says what it made"
expect_status 1 "demo-data refuses a demo folder with learners" "$app" demo-data --data-dir "$work/demo"
expect_status 5 "sync refuses demo data" "$app" sync --once --data-dir "$work/demo" \
  --endpoint http://127.0.0.1:9/xAPI/ --key k --secret s
contains "$work/err" "demo data" "sync says why"
expect_status 1 "bundle export refuses demo data" "$app" bundle export "$work/demo.bundle" --data-dir "$work/demo"
[ ! -e "$work/demo.bundle" ] || fail "bundle export wrote demo data"
expect_status 0 "start-up probe on demo data" "$app" --startup-probe --data-dir "$work/demo"
contains "$work/out" "page=sign-in" "demo data opens on the sign-in page"

# Helpers: the passphrase comes on standard input, so scripts can pipe it in.
helpers="$work/helpers"
expect_status 0 "helper list with no data yet" "$app" helper list --data-dir "$helpers"
[ -e "$helpers" ] && fail "helper list made a data folder"
expect_status 0 "helper add staff" with_input $'correct horse\n' "$app" helper add --name "Zoe Smith" --role staff --data-dir "$helpers"
contains "$work/out" "Added staff Zoe Smith" "helper add says who was added"
expect_status 0 "helper add without a final newline" with_input 'blue kettle' "$app" helper add --name Anna --role volunteer --data-dir "$helpers"
expect_status 1 "helper add, name taken (any case)" with_input $'long enough\n' "$app" helper add --name "zoe SMITH" --role volunteer --data-dir "$helpers"
contains "$work/err" "already a helper called zoe SMITH" "name taken is explained"
expect_status 1 "helper add, passphrase too short" with_input $'short\n' "$app" helper add --name Ben --role staff --data-dir "$helpers"
contains "$work/err" "too short" "short passphrase is explained"
expect_status 1 "helper add, empty standard input" with_input '' "$app" helper add --name Ben --role staff --data-dir "$helpers"
contains "$work/err" "No passphrase given" "empty input is explained"
expect_status 1 "helper add, empty first line" with_input $'\nlong enough\n' "$app" helper add --name Ben --role staff --data-dir "$helpers"
expect_status 2 "helper add, bad role" with_input $'long enough\n' "$app" helper add --name Ben --role admin --data-dir "$helpers"
expect_status 2 "helper add, no name" with_input $'long enough\n' "$app" helper add --role staff --data-dir "$helpers"
expect_status 2 "helper, no action" "$app" helper --data-dir "$helpers"
expect_status 0 "helper list" "$app" helper list --data-dir "$helpers"
contains "$work/out" $'Anna\tvolunteer' "helper list has the volunteer"
contains "$work/out" $'Zoe Smith\tstaff' "helper list has the staff member"
[ "$(wc -l <"$work/out")" -eq 2 ] || fail "helper list: expected 2 lines, got $(cat "$work/out")"
grep -q "correct horse" "$helpers/opensteps.sqlite"* && fail "a passphrase is stored as typed"

# Bundles. A hub's bundle, made here by hand as the format says: a header line, then one
# statement per line; the header holds the count and the SHA-256 of the statement lines.
make_bundle() { # file statement-lines-file
  local count sha
  count=$(wc -l <"$2") sha=$(sha256sum <"$2" | cut -d' ' -f1)
  printf '{"count":%d,"created":"2026-11-26T14:00:00Z","format":"opensteps-xapi-bundle","hub":"leeds-central-library","sha256":"%s","version":1}\n' \
    "$count" "$sha" >"$1"
  cat "$2" >>"$1"
}
statement() { # uuid verb
  printf '{"actor":{"account":{"homePage":"https://opensteps.invalid/programme","name":"6f1c2d4e-8a9b-4c3d-9e8f-7a6b5c4d3e2f"},"objectType":"Agent"},"id":"%s","object":{"id":"https://opensteps.invalid/programme/lessons/b18aef0a-1dfd-4527-bfd5-b4c25099e44b","objectType":"Activity"},"timestamp":"2026-11-26T14:00:00Z","verb":{"id":"http://adlnet.gov/expapi/verbs/%s"},"version":"1.0.3"}\n' "$1" "$2"
}
{ statement 0b6c1f4e-2d3a-4b5c-8d7e-6f5a4b3c2d1e attempted
  statement 1c7d2a5f-3e4b-4c6d-9e8f-7a6b5c4d3e2f completed; } >"$work/lines"
make_bundle "$work/hub.bundle" "$work/lines"
hub="$work/hub" connected="$work/connected"
expect_status 1 "bundle export with no data" "$app" bundle export "$work/none.bundle" --data-dir "$hub"
contains "$work/err" "no OpenSteps data" "export with no data is explained"
expect_status 0 "bundle import" "$app" bundle import "$work/hub.bundle" --data-dir "$hub"
contains "$work/out" "Imported 2 statements; 0 already here" "import counts"
expect_status 0 "bundle import again" "$app" bundle import "$work/hub.bundle" --data-dir "$hub"
contains "$work/out" "Imported 0 statements; 2 already here" "a second import adds nothing"
expect_status 0 "bundle export" "$app" bundle export "$work/out.bundle" --data-dir "$hub"
contains "$work/out" "Exported 2 statements to $work/out.bundle" "export counts"
cmp -s <(tail -n +2 "$work/out.bundle") "$work/lines" || fail "exported statements differ from those imported"
expect_status 0 "bundle export, nothing left" "$app" bundle export "$work/empty.bundle" --data-dir "$hub"
contains "$work/out" "Nothing to export" "an empty export says so"
[ -e "$work/empty.bundle" ] && fail "an empty export wrote a file"
expect_status 1 "bundle export over an existing file" "$app" bundle export "$work/out.bundle" --again --data-dir "$hub"
contains "$work/err" "already exists" "an existing file is not replaced"
expect_status 0 "bundle export --again" "$app" bundle export "$work/again.bundle" --again --data-dir "$hub"
contains "$work/out" "Exported 2 statements" "--again exports the exported ones again"
expect_status 1 "bundle export to a missing folder" "$app" bundle export "$work/nowhere/x.bundle" --again --data-dir "$hub"
contains "$work/err" "Cannot write $work/nowhere/x.bundle" "an unwritable path is explained"
[ -e "$work/nowhere" ] && fail "a failed export left something behind"
# Damaged bundles: refused with the reason, and nothing imported.
sed 's/attempted/attempteD/' "$work/out.bundle" >"$work/changed.bundle"
head -c -20 "$work/out.bundle" >"$work/cut.bundle"
head -n 2 "$work/out.bundle" >"$work/short.bundle"
{ cat "$work/out.bundle"; statement 2d8e3b6a-4f5c-4d7e-8f9a-0b1c2d3e4f5a passed; } >"$work/extra.bundle"
printf 'id,verb\n1,completed\n' >"$work/not.bundle"
for damage in "changed:changed or damaged" "cut:cut short" "short:is incomplete" \
  "extra:lines were added" "not:not an OpenSteps bundle"; do
  expect_status 1 "bundle import, ${damage%%:*}" "$app" bundle import "$work/${damage%%:*}.bundle" --data-dir "$connected"
  contains "$work/err" "${damage#*:}" "${damage%%:*} bundle is explained"
  contains "$work/err" "Nothing was imported" "${damage%%:*} bundle imports nothing"
done
expect_status 0 "bundle import after the refusals" "$app" bundle import "$work/out.bundle" --data-dir "$connected"
contains "$work/out" "Imported 2 statements; 0 already here" "refused bundles left nothing behind"
expect_status 2 "bundle, no file" "$app" bundle export --data-dir "$hub"
expect_status 2 "bundle import --again" "$app" bundle import "$work/out.bundle" --again --data-dir "$hub"
expect_status 2 "bundle, unknown action" "$app" bundle send "$work/out.bundle" --data-dir "$hub"

expect_status 2 "unknown command" "$app" frobnicate
expect_status 2 "screenshot of an unknown page" "$app" screenshot --page nowhere --out "$work/x.png"
expect_status 2 "screenshot with text scale out of range" "$app" screenshot --page home --out "$work/x.png" --text-scale 3

[ "$failures" -eq 0 ] && echo "command line: all checks passed"
exit $((failures > 0))
