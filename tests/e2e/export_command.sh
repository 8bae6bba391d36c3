#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `opensteps export` as staff run it: each format written and read back, and every wrong
# argument refused with a clear message, the usage exit status and no file left behind.
set -uo pipefail
app=$1
py=/usr/bin/python3
work=$(mktemp -d) && trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
source "$(dirname "$0")/cli_checks.sh"
empty_dir() { [ -z "$(ls -A "$1")" ] || fail "$2: left $(ls -A "$1")"; }

data="$work/data" out="$work/out-dir"
mkdir -p "$out"
expect_status 1 "no data yet" "$app" export --format csv --out "$out" --data-dir "$data"
contains "$work/err" "no OpenSteps data" "no data is explained"
empty_dir "$out" "no data"

expect_status 0 "sample data" "$app" sample-data --data-dir "$data" --sharing 6 --lessons-each 2
# Staff's hub name: a comma, quotes and a new line, as they may type it.
"$py" - "$data/opensteps.sqlite" <<'EOF' || fail "setting the hub"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executemany("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               [("hub_id", "leeds-north"), ("hub_name", 'Hub "North", Leeds\nSecond line')])
db.commit()
EOF

# Usage mistakes: exit status 2, a message saying what is wrong, nothing written.
expect_status 2 "unknown format" "$app" export --format spreadsheet --out "$out" --data-dir "$data"
contains "$work/err" '"spreadsheet" is not an export format. Use one of: csv, records-csv, records-json, xapi, pdf.' "unknown format is explained"
contains "$work/err" "Usage: opensteps export" "unknown format shows the usage"
expect_status 2 "no format" "$app" export --out "$out" --data-dir "$data"
contains "$work/err" "Say which export with --format" "missing format is explained"
expect_status 2 "no folder" "$app" export --format csv --data-dir "$data"
contains "$work/err" "--out DIR" "missing folder is explained"
expect_status 2 "bad date" "$app" export --format csv --from 2026-13-01 --out "$out" --data-dir "$data"
contains "$work/err" 'The from date "2026-13-01" is not a date like 2026-11-30.' "bad date is explained"
expect_status 2 "date in another shape" "$app" export --format csv --to 1/11/2026 --out "$out" --data-dir "$data"
contains "$work/err" 'The to date "1/11/2026"' "date shape is explained"
expect_status 2 "from after to" "$app" export --format csv --from 2026-11-30 --to 2026-11-01 --out "$out" --data-dir "$data"
contains "$work/err" "The from date (2026-11-30) is after the to date (2026-11-01)." "from after to is explained"
expect_status 2 "folder missing" "$app" export --format csv --out "$work/nowhere" --data-dir "$data"
contains "$work/err" "does not exist" "missing folder is explained"
[ -e "$work/nowhere" ] && fail "export made the missing folder"
touch "$work/a-file"
expect_status 2 "a file, not a folder" "$app" export --format pdf --out "$work/a-file" --data-dir "$data"
contains "$work/err" "is a file, not a folder" "file for folder is explained"
expect_status 2 "words after export" "$app" export extra --format csv --out "$out" --data-dir "$data"
empty_dir "$out" "usage mistakes"

# A folder that cannot be written in: exit status 1, the reason, no file (root may write
# anywhere but /proc).
if [ "$(id -u)" -ne 0 ]; then
  locked="$work/locked" && mkdir "$locked" && chmod 555 "$locked"
else
  locked=/proc
fi
for format in csv records-json pdf; do
  expect_status 1 "unwritable folder ($format)" "$app" export --format "$format" --out "$locked" --data-dir "$data"
  contains "$work/err" "Could not write" "unwritable folder is explained ($format)"
  ls "$locked" | grep -q '^opensteps-' && fail "unwritable folder ($format): a file was left"
done

# Each format, this month by default: the paths printed, the names carrying hub and period.
month_start=$(date -u +%Y-%m-01)
for format in csv records-csv records-json xapi pdf; do
  expect_status 0 "export $format" "$app" export --format "$format" --out "$out" --data-dir "$data"
  while read -r file; do
    [ -s "$file" ] || fail "export $format: $file is missing or empty"
    case "$(basename "$file")" in
      opensteps-leeds-north-*-"$month_start"_*) ;;
      *) fail "export $format: file name $file lacks the hub id or the period" ;;
    esac
  done <"$work/out"
  [ -s "$work/out" ] || fail "export $format printed no file"
done
ls "$out"/*outcomes-"$month_start"_*.csv >/dev/null || fail "no aggregate CSV"
ls "$out"/*outcomes-data-dictionary-*.csv >/dev/null || fail "no data dictionary"
ls "$out"/*records-not-for-publication-*.csv "$out"/*records-not-for-publication-*.json >/dev/null || fail "no records"
[ "$(ls "$out" | wc -l)" -eq 6 ] || fail "expected 6 files, got $(ls "$out")"

"$py" - "$out" <<'EOF' || fail "reading the exports back"
import csv, glob, json, os, sys
out = sys.argv[1]
def one(pattern):
    [path] = glob.glob(os.path.join(out, pattern))
    return path
agg = one("*-outcomes-2*.csv")
assert open(agg, "rb").read(3) == b"\xef\xbb\xbf", "no byte-order mark"
rows = list(csv.DictReader(open(agg, newline="", encoding="utf-8-sig"), strict=True))
assert rows and all(r["hub_name"] == 'Hub "North", Leeds\nSecond line' for r in rows), "hub name"
active = [r for r in rows if r["measure"] == "learners_active" and not r["breakdown"]][0]
assert active["value"] == "6", active
records = json.load(open(one("*records-not-for-publication-*.json"), encoding="utf-8"))
assert records["not_for_publication"] is True and records["count"] == len(records["records"]) > 0
assert all(not r["pseudonym"].startswith("Sharer") for r in records["records"])
lines = open(one("*-xapi-*.jsonl"), encoding="utf-8").read().splitlines()
assert lines and all(json.loads(line)["id"] for line in lines)
text = open(one("*records-not-for-publication-*.csv"), encoding="utf-8-sig").read()
assert "Sharer" not in text and "NOT FOR PUBLICATION" in text
EOF
if command -v pdftotext >/dev/null; then
  pdftotext "$out"/*-report-*.pdf "$work/report.txt" || fail "pdftotext"
  contains "$work/report.txt" 'Hub "North", Leeds Second line' "PDF names the hub"
  contains "$work/report.txt" "Learners active" "PDF has the headline"
else
  fail "pdftotext is missing: install poppler-utils"
fi

# A period given: its dates in the name; demo data is marked in the name.
"$py" -c 'import sqlite3,sys; d=sqlite3.connect(sys.argv[1]); d.execute("INSERT INTO setting (key, value) VALUES (\"demo_data\", \"1\")"); d.commit()' "$data/opensteps.sqlite"
expect_status 0 "export with dates" "$app" export --format xapi --from 2026-11-01 --to 2026-11-30 --out "$out" --data-dir "$data"
contains "$work/out" "opensteps-leeds-north-xapi-2026-11-01_2026-11-30-DEMO.jsonl" "dates and demo in the file name"

[ "$failures" -eq 0 ] && echo "export command: all checks passed"
exit $((failures > 0))
