// SPDX-License-Identifier: GPL-3.0-or-later
// The schema update a busy PC meets: the schema-11 fixture (tests/unit/data) grown by plain SQL,
// still at schema 11, to 1,000 learners with their lessons, steps, skills checks, statements and
// outcome events, then opened by Database::open, which updates it to the latest schema. Prints
// figures (the target: under a second); never fails on speed.
// Usage: migrate_bench SCHEMA-11-FIXTURE
#include "Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdio>

using namespace OpenSteps;

namespace {

constexpr int kLearners = 1000;
constexpr qint64 kOffset = 100000; // between copies' ids, far above the fixture's

// Copy `copy` of the fixture's learners whose id is at most `lastId`: every table that holds a
// learner's rows, ids shifted and unique texts suffixed, so the copies are learners of their own.
// Each entry: table, its columns, and what each copied column becomes (%1 the id offset, %2 the
// copy's number, %3 " <= lastId").
QStringList copyStatements(int copy, qint64 lastId) {
    struct Table {
        const char *name, *columns, *values, *where;
    };
    static const Table tables[] = {
        {"learner",
         "id, name, avatar, created_at, language, last_seen_at, pin_kind, pin_hash, pin_salt,"
         " pin_iterations, failed_tries, locked_until, share_consent, pseudonym, age_band,"
         " postcode_district, preferred_language",
         "id + %1, name || ' %2', avatar, created_at, language, last_seen_at, pin_kind, pin_hash,"
         " pin_salt, pin_iterations, failed_tries, locked_until, share_consent,"
         " pseudonym || '-%2', age_band, postcode_district, preferred_language",
         "id %3"},
        {"lesson_progress", "learner_id, lesson_id, started_at, updated_at, completed_at",
         "learner_id + %1, lesson_id, started_at, updated_at, completed_at", "learner_id %3"},
        {"step_progress", "learner_id, lesson_id, step_id, completed_at",
         "learner_id + %1, lesson_id, step_id, completed_at", "learner_id %3"},
        {"practice_result", "learner_id, lesson_id, step_id, hits, misses, median_ms, recorded_at",
         "learner_id + %1, lesson_id, step_id, hits, misses, median_ms, recorded_at",
         "learner_id %3"},
        {"reflection", "learner_id, lesson_id, step_id, rating, recorded_at",
         "learner_id + %1, lesson_id, step_id, rating, recorded_at", "learner_id %3"},
        {"learner_setting", "learner_id, key, value", "learner_id + %1, key, value",
         "learner_id %3"},
        {"skills_check", "id, learner_id, started_at, completed_at",
         "id + %1, learner_id + %1, started_at, completed_at", "learner_id %3"},
        {"skills_check_answer", "check_id, statement_id, answer",
         "check_id + %1, statement_id, answer",
         "check_id IN (SELECT id FROM skills_check WHERE learner_id %3)"},
        {"outbox",
         "id, learner_id, statement, created_at, state, attempts, next_attempt_at, last_error,"
         " delivered_at",
         "id || '-%2', learner_id + %1, statement, created_at, state, attempts, next_attempt_at,"
         " last_error, delivered_at",
         "learner_id %3"},
        {"report_person",
         "id, pseudonym, learner_id, hub, first_at, last_at, age_band, district, language,"
         " foundation_at",
         "id + %1, pseudonym || '-%2', learner_id + %1, hub, first_at, last_at, age_band,"
         " district, language, foundation_at",
         "learner_id %3"},
        {"outcome_event",
         "id, statement_id, person_id, hub, kind, at, item, tags, value, check_no, minutes,"
         " assisted",
         "id + %1, statement_id || '-%2', person_id + %1, hub, kind, at, item, tags, value,"
         " check_no, minutes, assisted",
         "person_id IN (SELECT id FROM report_person WHERE learner_id %3)"},
    };
    QStringList statements;
    for (const Table &table : tables) {
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 WHERE %4")
                                .arg(QLatin1String(table.name), QLatin1String(table.columns),
                                     QLatin1String(table.values), QLatin1String(table.where));
        // Not arg(): a table without %2 would shift the others.
        statements << QString(sql)
                          .replace(QStringLiteral("%1"), QString::number(copy * kOffset))
                          .replace(QStringLiteral("%2"), QString::number(copy))
                          .replace(QStringLiteral("%3"), QStringLiteral("<= %1").arg(lastId));
    }
    return statements;
}

qint64 scalar(QSqlQuery &query, const QString &sql) {
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// Grows the file at `path` (schema 11) to kLearners learners; false on any SQL failure.
bool grow(const QString &path) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("g"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            const qint64 base = scalar(query, QStringLiteral("SELECT count(*) FROM learner"));
            const qint64 lastId = scalar(query, QStringLiteral("SELECT max(id) FROM learner"));
            ok = base > 0 && lastId < kOffset && db.transaction();
            for (int copy = 1; ok; ++copy) {
                const qint64 have = scalar(query, QStringLiteral("SELECT count(*) FROM learner"));
                if (have >= kLearners)
                    break;
                // The last copy takes only as many learners as are still missing.
                const qint64 take = std::min(base, kLearners - have);
                const qint64 upTo = scalar(
                    query, QStringLiteral("SELECT max(id) FROM (SELECT id FROM learner WHERE id"
                                          " <= %1 ORDER BY id LIMIT %2)")
                               .arg(lastId)
                               .arg(take));
                for (const QString &sql : copyStatements(copy, upTo)) {
                    if (!query.exec(sql)) {
                        std::fprintf(stderr, "%s: %s\n", qPrintable(sql),
                                     qPrintable(query.lastError().text()));
                        ok = false;
                        break;
                    }
                }
            }
            ok = ok && db.commit() && query.exec(QStringLiteral("VACUUM"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("g"));
    return ok;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (app.arguments().size() < 2) {
        std::fprintf(stderr, "Usage: migrate_bench SCHEMA-11-FIXTURE\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QLatin1String(Database::kFileName));
    if (!QFile::copy(app.arguments().at(1), path) ||
        !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner) || !grow(path)) {
        std::fprintf(stderr, "Could not grow a copy of %s\n", qPrintable(app.arguments().at(1)));
        return 1;
    }
    const qint64 bytes = QFileInfo(path).size();
    const QString again = dir.filePath(QStringLiteral("again.sqlite"));

    Database db;
    QElapsedTimer timer;
    timer.start();
    const auto opened = db.open(path);
    const qint64 migrateMs = timer.elapsed();
    if (!opened.usable()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    QSqlQuery query(db.connection());
    const qint64 learners = scalar(query, QStringLiteral("SELECT count(*) FROM learner"));
    const qint64 steps = scalar(query, QStringLiteral("SELECT count(*) FROM step_progress"));
    const qint64 outbox = scalar(query, QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 events = scalar(query, QStringLiteral("SELECT count(*) FROM outcome_event"));
    const int version = db.schemaVersion();
    db.close();
    // The same file opened again, already up to date: what opening costs without the update.
    QFile::copy(path, again);
    Database second;
    timer.restart();
    const bool reopened = second.open(again).usable();
    const qint64 openMs = timer.elapsed();

    std::printf("learners=%lld steps=%lld outbox=%lld outcome_events=%lld file_kib=%lld\n",
                learners, steps, outbox, events, bytes / 1024);
    std::printf("schema=11->%d\n", version);
    std::printf("migrate_1000_learners_ms=%lld\n", migrateMs);
    if (reopened)
        std::printf("open_1000_learners_up_to_date_ms=%lld\n", openMs);
    return learners == kLearners ? 0 : 1;
}
