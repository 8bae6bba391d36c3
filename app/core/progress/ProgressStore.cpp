// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressStore.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

ProgressStore::ProgressStore(Database &db)
    : m_db(db) {}

bool ProgressStore::touchLesson(qint64 learnerId, const QString &lessonId, const QString &now) {
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO lesson_progress (learner_id, lesson_id, started_at, updated_at)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT (learner_id, lesson_id) DO NOTHING"));
    query.addBindValue(learnerId);
    query.addBindValue(lessonId);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!Sql::exec(query, lcProgress()))
        return false;
    if (query.numRowsAffected() == 1) // the learner's first time in this lesson
        return !m_started || m_started(learnerId, lessonId);
    query.prepare(QStringLiteral(
        "UPDATE lesson_progress SET updated_at = ? WHERE learner_id = ? AND lesson_id = ?"));
    query.addBindValue(now);
    query.addBindValue(learnerId);
    query.addBindValue(lessonId);
    return Sql::exec(query, lcProgress());
}

bool ProgressStore::markOpened(qint64 learnerId, const QString &lessonId) {
    return m_db.inTransaction([&] { return touchLesson(learnerId, lessonId, nowUtcIso()); });
}

bool ProgressStore::completeStep(qint64 learnerId, const QString &lessonId, const QString &stepId,
                                 bool lessonFinished, const StepOutcome &outcome) {
    return m_db.inTransaction([&] {
        const QString now = nowUtcIso();
        if (!touchLesson(learnerId, lessonId, now))
            return false;
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO step_progress"
                                     " (learner_id, lesson_id, step_id, completed_at)"
                                     " VALUES (?, ?, ?, ?)"));
        query.addBindValue(learnerId);
        query.addBindValue(lessonId);
        query.addBindValue(stepId);
        query.addBindValue(now);
        if (!Sql::exec(query, lcProgress()))
            return false;
        if (const auto &practice = outcome.practice) {
            query.prepare(QStringLiteral("INSERT INTO practice_result (learner_id, lesson_id,"
                                         " step_id, hits, misses, median_ms, recorded_at)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : {QVariant(learnerId), QVariant(lessonId), QVariant(stepId),
                                          QVariant(practice->hits), QVariant(practice->misses),
                                          QVariant(practice->medianMsPerHit), QVariant(now)})
                query.addBindValue(value);
            if (!Sql::exec(query, lcProgress()))
                return false;
        }
        if (!outcome.rating.isEmpty()) {
            query.prepare(QStringLiteral("INSERT INTO reflection (learner_id, lesson_id, step_id,"
                                         " rating, recorded_at) VALUES (?, ?, ?, ?, ?)"));
            for (const QVariant &value : {QVariant(learnerId), QVariant(lessonId), QVariant(stepId),
                                          QVariant(outcome.rating), QVariant(now)})
                query.addBindValue(value);
            if (!Sql::exec(query, lcProgress()))
                return false;
        }
        if (!lessonFinished)
            return true;
        query.prepare(QStringLiteral("UPDATE lesson_progress SET completed_at = ?"
                                     " WHERE learner_id = ? AND lesson_id = ?"
                                     " AND completed_at IS NULL"));
        query.addBindValue(now);
        query.addBindValue(learnerId);
        query.addBindValue(lessonId);
        if (!Sql::exec(query, lcProgress()))
            return false;
        const bool firstTime = query.numRowsAffected() == 1;
        return !firstTime || !m_completed || m_completed(learnerId, lessonId);
    });
}

QHash<QString, LessonState> ProgressStore::lessonStates(qint64 learnerId) const {
    QHash<QString, LessonState> states;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT lesson_id, completed_at IS NOT NULL, updated_at"
                                 " FROM lesson_progress WHERE learner_id = ?"));
    query.addBindValue(learnerId);
    if (Sql::exec(query, lcProgress())) {
        while (query.next()) {
            LessonState &state = states[query.value(0).toString()];
            state.completed = query.value(1).toBool();
            state.updatedAt = query.value(2).toString();
        }
    }
    query.prepare(
        QStringLiteral("SELECT lesson_id, step_id FROM step_progress WHERE learner_id = ?"));
    query.addBindValue(learnerId);
    if (Sql::exec(query, lcProgress())) {
        while (query.next())
            states[query.value(0).toString()].completedSteps.insert(query.value(1).toString());
    }
    return states;
}

QSet<QString> ProgressStore::completedLessons(qint64 learnerId) const {
    QSet<QString> ids;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT lesson_id FROM lesson_progress"
                                 " WHERE learner_id = ? AND completed_at IS NOT NULL"));
    query.addBindValue(learnerId);
    if (Sql::exec(query, lcProgress())) {
        while (query.next())
            ids.insert(query.value(0).toString());
    }
    return ids;
}

std::optional<PracticeTotals> ProgressStore::practiceTotals(qint64 learnerId,
                                                            const QString &lessonId) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*), total(hits), total(misses) FROM practice_result"
                                 " WHERE learner_id = ? AND lesson_id = ?"));
    query.addBindValue(learnerId);
    query.addBindValue(lessonId);
    if (!Sql::exec(query, lcProgress()) || !query.next() || query.value(0).toInt() == 0)
        return std::nullopt;
    return PracticeTotals{query.value(1).toInt(), query.value(2).toInt()};
}

std::optional<QString> ProgressStore::resumeLesson(qint64 learnerId) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT lesson_id FROM lesson_progress"
                                 " WHERE learner_id = ? AND completed_at IS NULL"
                                 " ORDER BY updated_at DESC LIMIT 1"));
    query.addBindValue(learnerId);
    if (Sql::exec(query, lcProgress()) && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

} // namespace OpenSteps
