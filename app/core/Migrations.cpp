// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace OpenSteps {

const QList<Migration> &schemaMigrations() {
    static const QList<Migration> migrations = {
        {1,
         {
             QStringLiteral("CREATE TABLE learner ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                            " avatar TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             // One row per lesson a learner has opened; completed_at is set once, never cleared.
             QStringLiteral("CREATE TABLE lesson_progress ("
                            " learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,"
                            " lesson_id TEXT NOT NULL,"
                            " started_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " completed_at TEXT,"
                            " PRIMARY KEY (learner_id, lesson_id))"),
             QStringLiteral(
                 "CREATE TABLE step_progress ("
                 " learner_id INTEGER NOT NULL,"
                 " lesson_id TEXT NOT NULL,"
                 " step_id TEXT NOT NULL,"
                 " completed_at TEXT NOT NULL,"
                 " PRIMARY KEY (learner_id, lesson_id, step_id),"
                 " FOREIGN KEY (learner_id, lesson_id)"
                 "  REFERENCES lesson_progress(learner_id, lesson_id) ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
        {2,
         {
             // Each learner keeps their own language; last_seen_at picks who Home greets.
             QStringLiteral("ALTER TABLE learner ADD COLUMN language TEXT NOT NULL DEFAULT 'en'"),
             QStringLiteral("ALTER TABLE learner ADD COLUMN last_seen_at TEXT"),
             QStringLiteral("UPDATE learner SET last_seen_at = created_at"),
             QStringLiteral("CREATE INDEX lesson_progress_by_recency"
                            " ON lesson_progress(learner_id, updated_at)"),
         }},
        {3,
         {
             // Mouse practice results as summaries (never raw clicks), one row per mastered run.
             QStringLiteral(
                 "CREATE TABLE practice_result ("
                 " learner_id INTEGER NOT NULL,"
                 " lesson_id TEXT NOT NULL,"
                 " step_id TEXT NOT NULL,"
                 " hits INTEGER NOT NULL CHECK (hits >= 0),"
                 " misses INTEGER NOT NULL CHECK (misses >= 0),"
                 " median_ms INTEGER NOT NULL,"
                 " recorded_at TEXT NOT NULL,"
                 " FOREIGN KEY (learner_id, lesson_id)"
                 "  REFERENCES lesson_progress(learner_id, lesson_id) ON DELETE CASCADE)"),
         }},
        {4,
         {
             // "I can..." ratings from reflect steps: how confident the learner feels.
             QStringLiteral(
                 "CREATE TABLE reflection ("
                 " learner_id INTEGER NOT NULL,"
                 " lesson_id TEXT NOT NULL,"
                 " step_id TEXT NOT NULL,"
                 " rating TEXT NOT NULL CHECK (rating IN ('yes', 'a-bit', 'not-yet')),"
                 " recorded_at TEXT NOT NULL,"
                 " FOREIGN KEY (learner_id, lesson_id)"
                 "  REFERENCES lesson_progress(learner_id, lesson_id) ON DELETE CASCADE)"),
         }},
        {5,
         {
             // Skills checks: "I can..." answers to the framework statements, each check dated
             // so the first and the latest show the distance travelled. A check counts once
             // completed_at is set; answers are saved one by one as they are given.
             QStringLiteral("CREATE TABLE skills_check ("
                            " id INTEGER PRIMARY KEY,"
                            " learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,"
                            " started_at TEXT NOT NULL,"
                            " completed_at TEXT)"),
             QStringLiteral("CREATE INDEX skills_check_by_learner"
                            " ON skills_check (learner_id, started_at)"),
             QStringLiteral(
                 "CREATE TABLE skills_check_answer ("
                 " check_id INTEGER NOT NULL REFERENCES skills_check(id) ON DELETE CASCADE,"
                 " statement_id TEXT NOT NULL,"
                 " answer TEXT NOT NULL CHECK (answer IN ('yes', 'a-bit', 'not-yet')),"
                 " PRIMARY KEY (check_id, statement_id))"),
         }},
        {6,
         {
             // Signing in on a shared PC. A NULL pin_kind means no PIN yet (profiles from
             // before this version, or reset by a helper): the learner picks one next time.
             // Only a salted PBKDF2 hash is kept, with its iteration count so it can be raised.
             QStringLiteral("ALTER TABLE learner ADD COLUMN pin_kind TEXT"
                            " CHECK (pin_kind IN ('digits', 'pictures'))"),
             QStringLiteral("ALTER TABLE learner ADD COLUMN pin_hash BLOB"),
             QStringLiteral("ALTER TABLE learner ADD COLUMN pin_salt BLOB"),
             QStringLiteral("ALTER TABLE learner ADD COLUMN pin_iterations INTEGER"),
             // Wrong tries and the pause live here, so restarting the app lifts no pause.
             QStringLiteral(
                 "ALTER TABLE learner ADD COLUMN failed_tries INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE learner ADD COLUMN locked_until TEXT"),
             // Accessibility settings that belong to the learner, not to the PC.
             QStringLiteral("CREATE TABLE learner_setting ("
                            " learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,"
                            " key TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " PRIMARY KEY (learner_id, key))"),
             // Volunteers and staff, who can reset a learner's PIN.
             QStringLiteral("CREATE TABLE helper ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE COLLATE NOCASE"
                            "  CHECK (length(trim(name)) > 0),"
                            " role TEXT NOT NULL CHECK (role IN ('volunteer', 'staff')),"
                            " pass_hash BLOB NOT NULL,"
                            " pass_salt BLOB NOT NULL,"
                            " pass_iterations INTEGER NOT NULL,"
                            " failed_tries INTEGER NOT NULL DEFAULT 0,"
                            " locked_until TEXT,"
                            " created_at TEXT NOT NULL)"),
         }},
        {7,
         {
             // Sharing anonymous outcomes with the programme: asked at profile creation, never
             // pre-ticked (NULL = not asked yet). The pseudonym is random, made when the learner
             // first agrees, and is all that names them outside this PC. Age band and postcode
             // district (outward code only) are optional answers.
             QStringLiteral("ALTER TABLE learner ADD COLUMN share_consent INTEGER"
                            " CHECK (share_consent IN (0, 1))"),
             QStringLiteral("ALTER TABLE learner ADD COLUMN pseudonym TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX learner_pseudonym ON learner (pseudonym)"
                            " WHERE pseudonym IS NOT NULL"),
             QStringLiteral("ALTER TABLE learner ADD COLUMN age_band TEXT"),
             QStringLiteral("ALTER TABLE learner ADD COLUMN postcode_district TEXT"),
             // xAPI statements waiting for the Learning Record Store, written in the same
             // transaction as the progress they describe; the id is the statement's own, so a
             // resend is stored once. Kept after delivery (state 'delivered') so they can be
             // voided if the learner deletes their data.
             QStringLiteral("CREATE TABLE outbox ("
                            " id TEXT PRIMARY KEY,"
                            " learner_id INTEGER REFERENCES learner(id) ON DELETE SET NULL,"
                            " statement TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " state TEXT NOT NULL DEFAULT 'pending'"
                            "  CHECK (state IN ('pending', 'delivered', 'set-aside')),"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " next_attempt_at TEXT,"
                            " last_error TEXT,"
                            " delivered_at TEXT)"),
             QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, created_at)"),
         }},
        {8,
         {
             // Two more outbox states: 'exported' (carried out on a bundle file from a hub
             // without internet) and 'withdrawn' (the learner deleted their data before it was
             // sent). SQLite cannot change a CHECK, so the table is rebuilt.
             QStringLiteral("CREATE TABLE outbox_v8 ("
                            " id TEXT PRIMARY KEY,"
                            " learner_id INTEGER REFERENCES learner(id) ON DELETE SET NULL,"
                            " statement TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " state TEXT NOT NULL DEFAULT 'pending'"
                            "  CHECK (state IN ('pending', 'delivered', 'set-aside', 'exported',"
                            "  'withdrawn')),"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " next_attempt_at TEXT,"
                            " last_error TEXT,"
                            " delivered_at TEXT)"),
             QStringLiteral("INSERT INTO outbox_v8 SELECT id, learner_id, statement, created_at,"
                            " state, attempts, next_attempt_at, last_error, delivered_at"
                            " FROM outbox"),
             QStringLiteral("DROP TABLE outbox"),
             QStringLiteral("ALTER TABLE outbox_v8 RENAME TO outbox"),
             QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, created_at)"),
             QStringLiteral("CREATE INDEX outbox_by_learner ON outbox (learner_id)"),
             // The optional "preferred language" answer (a language code from a list, never
             // typed text); it may differ from the language the app is shown in.
             QStringLiteral("ALTER TABLE learner ADD COLUMN preferred_language TEXT"),
             // "What has changed for you?" answers: the milestone that offered the check-in and
             // the chosen outcome ids, comma separated (from a fixed list, never free text).
             QStringLiteral("CREATE TABLE checkin ("
                            " id INTEGER PRIMARY KEY,"
                            " learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,"
                            " milestone TEXT NOT NULL,"
                            " answers TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " UNIQUE (learner_id, milestone))"),
             // A volunteer sitting with a learner: statements made meanwhile say "assisted".
             QStringLiteral("CREATE TABLE help_session ("
                            " id INTEGER PRIMARY KEY,"
                            " helper_id INTEGER REFERENCES helper(id) ON DELETE SET NULL,"
                            " learner_id INTEGER REFERENCES learner(id) ON DELETE SET NULL,"
                            " started_at TEXT NOT NULL,"
                            " ended_at TEXT)"),
         }},
        {9,
         {
             // What the outcome reports count: each outcome statement reduced to numbers and
             // ids (OutcomeEvent), written with the statement. A person is a learner's
             // pseudonym with their latest optional answers; deleting the learner deletes
             // their events (their statements are voided in the LRS at the same time).
             QStringLiteral("CREATE TABLE report_person ("
                            " id INTEGER PRIMARY KEY,"
                            " pseudonym TEXT NOT NULL UNIQUE,"
                            " learner_id INTEGER REFERENCES learner(id) ON DELETE CASCADE,"
                            " hub TEXT NOT NULL,"
                            " first_at INTEGER NOT NULL,"
                            " last_at INTEGER NOT NULL,"
                            " age_band TEXT NOT NULL DEFAULT '',"
                            " district TEXT NOT NULL DEFAULT '',"
                            " language TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX report_person_by_learner ON report_person (learner_id)"),
             QStringLiteral("CREATE TABLE outcome_event ("
                            " id INTEGER PRIMARY KEY,"
                            " statement_id TEXT NOT NULL UNIQUE,"
                            " person_id INTEGER REFERENCES report_person(id) ON DELETE CASCADE,"
                            " hub TEXT NOT NULL,"
                            " kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 6),"
                            " at INTEGER NOT NULL,"
                            " item TEXT NOT NULL DEFAULT '',"
                            " tags TEXT NOT NULL DEFAULT '',"
                            " value TEXT NOT NULL DEFAULT '',"
                            " check_no INTEGER NOT NULL DEFAULT 0,"
                            " minutes INTEGER NOT NULL DEFAULT 0,"
                            " assisted INTEGER NOT NULL DEFAULT 0)"),
             // Covering the first pass of a report (OutcomeFigures): the period's events by
             // time, with what it counts, without reading the table.
             QStringLiteral(
                 "CREATE INDEX outcome_event_by_time ON outcome_event (at, kind, person_id)"),
             QStringLiteral("CREATE INDEX outcome_event_by_person"
                            " ON outcome_event (person_id, kind, check_no)"),
         }},
        {10,
         {
             // The dashboard's figures over a year of 1M events read only indexes (seconds
             // before): each kind's events in a period with the person and minutes; later
             // skills checks by number; a person's events by time; and each learner's first and
             // latest answers with their words and tags (replacing the narrower index).
             QStringLiteral("CREATE INDEX outcome_event_by_kind"
                            " ON outcome_event (kind, at, person_id, minutes)"),
             QStringLiteral("CREATE INDEX outcome_event_by_check"
                            " ON outcome_event (kind, check_no, at, person_id)"),
             QStringLiteral("CREATE INDEX outcome_event_by_person_time"
                            " ON outcome_event (person_id, at)"),
             QStringLiteral("DROP INDEX outcome_event_by_person"),
             QStringLiteral("CREATE INDEX outcome_event_by_person_answer"
                            " ON outcome_event (person_id, kind, check_no, value, tags)"),
             // The period's learners by their answers, for the breakdowns without sorting.
             QStringLiteral("CREATE INDEX report_person_by_answers ON report_person"
                            " (hub, age_band, district, language, first_at, last_at)"),
         }},
    };
    return migrations;
}

} // namespace OpenSteps
