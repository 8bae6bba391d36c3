#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `opensteps export` over many outcome events (default 100,000 learners, 1,000,000 events
# in one month, written straight into the report tables) and prints seconds and peak memory
# per format. Targets: records 5 s and 200 MiB, the aggregate CSV 2 s. Never fails on speed.
set -euo pipefail
app=$1 learners=${2:-100000} per=${3:-10}
work=$(mktemp -d) && trap 'rm -rf "$work"' EXIT
"$app" sample-data --data-dir "$work/data" >/dev/null
/usr/bin/python3 - "$work/data/opensteps.sqlite" "$learners" "$per" <<'EOF'
import random, sqlite3, sys, uuid
db = sqlite3.connect(sys.argv[1])
learners, per = int(sys.argv[2]), int(sys.argv[3])
start = 1793491200  # 2026-11-01 UTC
bands = ["16-24", "25-49", "50-64", "65-74", "75+", ""]
tags = ["eds.foundation.turn-on", "eds.communicating", "eds.being-safe", "eds.transacting"]
random.seed(1)
db.execute("BEGIN")
db.executemany("INSERT INTO report_person (id, pseudonym, hub, first_at, last_at, age_band,"
               " district, language) VALUES (?, ?, 'leeds-central', ?, ?, ?, ?, 'en')",
               ((i, str(uuid.UUID(int=random.getrandbits(128))), start, start + 86400 * 29,
                 random.choice(bands), "LS%d" % random.randint(1, 29)) for i in range(1, learners + 1)))
def events():
    n = 0
    for person in range(1, learners + 1):
        for k in range(per):
            n += 1
            kind = (1, 2, 3, 3, 3, 5)[k % 6]
            yield ("s%d" % n, person, "leeds-central", kind, start + random.randrange(86400 * 30),
                   "lesson-%d" % (k % 20), random.choice(tags), "yes" if kind == 3 else "",
                   1 + k % 2 if kind == 3 else 0)
db.executemany("INSERT INTO outcome_event (statement_id, person_id, hub, kind, at, item, tags,"
               " value, check_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", events())
db.execute("INSERT INTO setting (key, value) VALUES ('outcome_events_built', '1')"
           " ON CONFLICT (key) DO UPDATE SET value = '1'")
db.commit()
EOF
echo "learners=$learners events=$((learners * per))"
for format in csv records-csv records-json pdf; do
  /usr/bin/time -f "%e %M" -o "$work/time" "$app" export --format "$format" --out "$work" \
    --from 2026-11-01 --to 2026-11-30 --data-dir "$work/data" >/dev/null
  read -r seconds kib <"$work/time"
  echo "export_${format//-/_}_s=$seconds export_${format//-/_}_rss_mib=$((kib / 1024))"
done
ls -l "$work"/opensteps-* | awk '{print $5, $9}' | sed "s|$work/||"
