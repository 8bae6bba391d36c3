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
        {11,
         {
             // Running totals the dashboard reads instead of the events (a year of 1M events
             // in half a second before), kept by triggers so every way events arrive or go
             // (recorded here, read from the LRS, deleted with a learner) keeps them true.
             // Lessons finished per learner per day (UTC, as report periods are), carrying the
             // learner's latest answers so the breakdowns need no join.
             QStringLiteral("CREATE TABLE report_lesson_day ("
                            " person_id INTEGER NOT NULL REFERENCES report_person(id)"
                            "  ON DELETE CASCADE,"
                            " day INTEGER NOT NULL,"
                            " lessons INTEGER NOT NULL,"
                            " hub TEXT NOT NULL, age_band TEXT NOT NULL, district TEXT NOT NULL,"
                            " language TEXT NOT NULL,"
                            " PRIMARY KEY (person_id, day)) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO report_lesson_day SELECT e.person_id, e.at / 86400,"
                            " count(*), p.hub, p.age_band, p.district, p.language"
                            " FROM outcome_event e JOIN report_person p ON p.id = e.person_id"
                            " WHERE e.kind = 2 GROUP BY e.person_id, e.at / 86400"),
             QStringLiteral("CREATE INDEX report_lesson_day_by_answers ON report_lesson_day"
                            " (hub, age_band, district, language, day, lessons)"),
             // Skills-check answers per learner, check, time and framework area: a learner's
             // before and after are a dozen rows, not every answer.
             QStringLiteral("CREATE TABLE report_skills ("
                            " person_id INTEGER NOT NULL REFERENCES report_person(id)"
                            "  ON DELETE CASCADE,"
                            " check_no INTEGER NOT NULL,"
                            " at INTEGER NOT NULL,"
                            " area TEXT NOT NULL,"
                            " answers INTEGER NOT NULL,"
                            " yes INTEGER NOT NULL,"
                            " PRIMARY KEY (person_id, check_no, at, area)) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO report_skills SELECT person_id, check_no, at,"
                            " (CASE WHEN substr(tags, 1, 15) = 'eds.foundation.' THEN 'foundation'"
                            " WHEN substr(tags, 1, 4) = 'eds.' THEN substr(tags, 5) ELSE tags END),"
                            " count(*), sum(value = 'yes') FROM outcome_event"
                            " WHERE kind = 3 AND person_id IS NOT NULL GROUP BY 1, 2, 3, 4"),
             QStringLiteral(
                 "CREATE INDEX report_skills_by_check ON report_skills (check_no, at, person_id)"),
             // When a learner first reached Foundation, beside their answers.
             QStringLiteral("ALTER TABLE report_person ADD COLUMN foundation_at INTEGER"),
             QStringLiteral("UPDATE report_person SET foundation_at = (SELECT min(at)"
                            " FROM outcome_event e WHERE e.person_id = report_person.id"
                            " AND e.kind = 4) WHERE id IN"
                            " (SELECT person_id FROM outcome_event WHERE kind = 4)"),
             QStringLiteral("DROP INDEX report_person_by_answers"),
             QStringLiteral("CREATE INDEX report_person_by_answers ON report_person"
                            " (hub, age_band, district, language, first_at, last_at,"
                            " foundation_at)"),
             // The triggers. Events are only added or deleted, never changed.
             QStringLiteral("CREATE TRIGGER outcome_event_unchanged BEFORE UPDATE ON outcome_event"
                            " BEGIN SELECT RAISE(ABORT, 'outcome events are added or deleted,"
                            " never changed'); END"),
             QStringLiteral("CREATE TRIGGER outcome_event_lesson_added AFTER INSERT ON"
                            " outcome_event WHEN NEW.kind = 2 AND NEW.person_id IS NOT NULL BEGIN"
                            " INSERT INTO report_lesson_day SELECT id, NEW.at / 86400, 1, hub,"
                            " age_band, district, language FROM report_person"
                            " WHERE id = NEW.person_id"
                            " ON CONFLICT (person_id, day) DO UPDATE SET lessons = lessons + 1;"
                            " END"),
             QStringLiteral("CREATE TRIGGER outcome_event_lesson_deleted AFTER DELETE ON"
                            " outcome_event WHEN OLD.kind = 2 AND OLD.person_id IS NOT NULL BEGIN"
                            " UPDATE report_lesson_day SET lessons = lessons - 1"
                            " WHERE person_id = OLD.person_id AND day = OLD.at / 86400;"
                            " DELETE FROM report_lesson_day WHERE person_id = OLD.person_id"
                            " AND day = OLD.at / 86400 AND lessons <= 0; END"),
             QStringLiteral(
                 "CREATE TRIGGER outcome_event_answer_added AFTER INSERT ON"
                 " outcome_event WHEN NEW.kind = 3 AND NEW.person_id IS NOT NULL BEGIN"
                 " INSERT INTO report_skills VALUES (NEW.person_id, NEW.check_no,"
                 " NEW.at, (CASE WHEN substr(NEW.tags, 1, 15) = 'eds.foundation.' THEN 'foundation'"
                 " WHEN substr(NEW.tags, 1, 4) = 'eds.' THEN substr(NEW.tags, 5) ELSE NEW.tags "
                 "END),"
                 " 1, NEW.value = 'yes')"
                 " ON CONFLICT (person_id, check_no, at, area) DO UPDATE SET"
                 " answers = answers + 1, yes = yes + excluded.yes; END"),
             QStringLiteral(
                 "CREATE TRIGGER outcome_event_answer_deleted AFTER DELETE ON"
                 " outcome_event WHEN OLD.kind = 3 AND OLD.person_id IS NOT NULL BEGIN"
                 " UPDATE report_skills SET answers = answers - 1,"
                 " yes = yes - (OLD.value = 'yes') WHERE person_id = OLD.person_id"
                 " AND check_no = OLD.check_no AND at = OLD.at AND area ="
                 " (CASE WHEN substr(OLD.tags, 1, 15) = 'eds.foundation.' THEN 'foundation'"
                 " WHEN substr(OLD.tags, 1, 4) = 'eds.' THEN substr(OLD.tags, 5) ELSE OLD.tags "
                 "END);"
                 " DELETE FROM report_skills WHERE person_id = OLD.person_id"
                 " AND check_no = OLD.check_no AND at = OLD.at AND area ="
                 " (CASE WHEN substr(OLD.tags, 1, 15) = 'eds.foundation.' THEN 'foundation'"
                 " WHEN substr(OLD.tags, 1, 4) = 'eds.' THEN substr(OLD.tags, 5) ELSE OLD.tags END)"
                 " AND answers <= 0; END"),
             QStringLiteral("CREATE TRIGGER outcome_event_foundation_added AFTER INSERT ON"
                            " outcome_event WHEN NEW.kind = 4 AND NEW.person_id IS NOT NULL BEGIN"
                            " UPDATE report_person SET foundation_at ="
                            " min(coalesce(foundation_at, NEW.at), NEW.at)"
                            " WHERE id = NEW.person_id; END"),
             QStringLiteral("CREATE TRIGGER outcome_event_foundation_deleted AFTER DELETE ON"
                            " outcome_event WHEN OLD.kind = 4 AND OLD.person_id IS NOT NULL BEGIN"
                            " UPDATE report_person SET foundation_at = (SELECT min(at)"
                            " FROM outcome_event WHERE person_id = OLD.person_id AND kind = 4)"
                            " WHERE id = OLD.person_id; END"),
             QStringLiteral("CREATE TRIGGER report_person_answers_changed AFTER UPDATE OF hub,"
                            " age_band, district, language ON report_person"
                            " WHEN NEW.hub IS NOT OLD.hub OR NEW.age_band IS NOT OLD.age_band"
                            " OR NEW.district IS NOT OLD.district"
                            " OR NEW.language IS NOT OLD.language BEGIN"
                            " UPDATE report_lesson_day SET hub = NEW.hub,"
                            " age_band = NEW.age_band, district = NEW.district,"
                            " language = NEW.language WHERE person_id = NEW.id; END"),
             // Indexes the totals replaced (answers by learner, later checks by number, events
             // by kind), the two kinds still counted from the events indexed on their own (a
             // partial index holds only its kind's rows), and the time index narrowed to what
             // the record export still asks of it.
             QStringLiteral("DROP INDEX outcome_event_by_person_answer"),
             QStringLiteral("DROP INDEX outcome_event_by_check"),
             QStringLiteral("DROP INDEX outcome_event_by_kind"),
             QStringLiteral("CREATE INDEX outcome_event_checkins ON outcome_event"
                            " (at, person_id, value) WHERE kind = 5"),
             QStringLiteral("CREATE INDEX outcome_event_help_sessions ON outcome_event"
                            " (at, minutes) WHERE kind = 6"),
             QStringLiteral("DROP INDEX outcome_event_by_time"),
             QStringLiteral("CREATE INDEX outcome_event_by_at ON outcome_event (at)"),
         }},
        {12,
         {
             // The default programme IRI (the actor's homePage, the extensions' prefix) became
             // a reserved local name. A PC that has made statements under the old default and
             // never set its own keeps the old one, so the learners it has counted stay the
             // same actors and their first and latest skills checks still pair up.
             QStringLiteral("INSERT INTO setting (key, value)"
                            " SELECT 'programme_iri', 'https://digital.leeds.gov.uk/opensteps'"
                            " WHERE NOT EXISTS (SELECT 1 FROM setting WHERE key = 'programme_iri')"
                            " AND (EXISTS (SELECT 1 FROM outbox)"
                            " OR EXISTS (SELECT 1 FROM outcome_event))"),
         }},
        {13,
         {
             // A skills check restored from a progress code stands for every check the learner
             // finished on the other PC: the next check here takes the next number, so it is
             // never taken for a new first check ("before"). Every other check counts once.
             QStringLiteral("ALTER TABLE skills_check ADD COLUMN counts_as INTEGER NOT NULL"
                            " DEFAULT 1 CHECK (counts_as >= 1)"),
         }},
    };
    return migrations;
}

} // namespace OpenSteps
