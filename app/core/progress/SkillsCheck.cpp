// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillsCheck.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <numeric>

namespace OpenSteps {

namespace SkillsCheck {

const QList<Statement> &statements() {
    static const QList<Statement> list = [] {
        const char *const table[][2] = {
            {"turn-on", "eds.foundation.turn-on"},
            {"mouse", "eds.foundation.controls"},
            {"keyboard", "eds.foundation.controls"},
            {"bigger-text", "eds.foundation.settings"},
            {"open-app", "eds.foundation.apps"},
            {"wifi", "eds.foundation.wifi"},
            {"website", "eds.foundation.browser"},
            {"strong-password", "eds.foundation.passwords"},
            {"change-password", "eds.foundation.change-password"},
            {"email", "eds.communicating"},
            {"video-call", "eds.communicating"},
            {"search-judge", "eds.handling-information"},
            {"save-file", "eds.handling-information"},
            {"online-form", "eds.transacting"},
            {"gp-appointment", "eds.transacting"},
            {"bus-journey", "eds.transacting"},
            {"pay-safely", "eds.transacting"},
            {"find-help", "eds.problem-solving"},
            {"fix-problem", "eds.problem-solving"},
            {"spot-scam", "eds.being-safe"},
            {"updates-privacy", "eds.being-safe"},
        };
        QList<Statement> result;
        for (const auto &row : table)
            result.append({QString::fromLatin1(row[0]), QString::fromLatin1(row[1])});
        return result;
    }();
    return list;
}

QStringList answerIds() {
    return {QStringLiteral("yes"), QStringLiteral("a-bit"), QStringLiteral("not-yet")};
}

bool isDue(int completedChecks, int completedLessons) {
    return completedChecks == 0 || completedLessons >= kLessonsBetweenChecks * completedChecks;
}

int pathRank(const QStringList &skills, const QHash<QString, QString> &answers) {
    int rank = 2;
    bool asked = false;
    for (const Statement &statement : statements()) {
        if (!skills.contains(statement.skill) || !answers.contains(statement.id))
            continue;
        asked = true;
        const QString answer = answers.value(statement.id);
        rank = qMin(rank, answer == QLatin1String("not-yet") ? 0
                          : answer == QLatin1String("a-bit") ? 1
                                                             : 2);
    }
    return asked ? rank : 1;
}

} // namespace SkillsCheck

QList<int> learningPath(const QList<Lesson> &lessons, const QHash<QString, QString> &answers) {
    QList<int> path(lessons.size());
    std::iota(path.begin(), path.end(), 0);
    QList<int> ranks;
    for (const Lesson &lesson : lessons)
        ranks << SkillsCheck::pathRank(lesson.skills + lesson.stepSkills(), answers);
    std::stable_sort(path.begin(), path.end(),
                     [&](int a, int b) { return ranks.at(a) < ranks.at(b); });
    return path;
}

SkillsCheckStore::SkillsCheckStore(Database &db)
    : m_db(db) {}

qint64 SkillsCheckStore::openCheck(qint64 learnerId) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM skills_check WHERE learner_id = ?"
                                 " AND completed_at IS NULL ORDER BY id DESC LIMIT 1"));
    query.addBindValue(learnerId);
    if (Sql::exec(query, lcProgress()) && query.next())
        return query.value(0).toLongLong();
    return newCheck(learnerId);
}

qint64 SkillsCheckStore::newCheck(qint64 learnerId, int countsAs) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO skills_check (learner_id, started_at, counts_as) VALUES (?, ?, ?)"));
    query.addBindValue(learnerId);
    query.addBindValue(nowUtcIso());
    query.addBindValue(std::max(1, countsAs));
    if (!Sql::exec(query, lcProgress())) {
        qWarning() << "skills check not started:" << query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool SkillsCheckStore::saveAnswer(qint64 checkId, const QString &statementId,
                                  const QString &answer) {
    const bool known = std::any_of(
        SkillsCheck::statements().cbegin(), SkillsCheck::statements().cend(),
        [&](const SkillsCheck::Statement &statement) { return statement.id == statementId; });
    if (!known || !SkillsCheck::answerIds().contains(answer))
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO skills_check_answer (check_id, statement_id, answer)"
                                 " VALUES (?, ?, ?) ON CONFLICT (check_id, statement_id)"
                                 " DO UPDATE SET answer = excluded.answer"));
    query.addBindValue(checkId);
    query.addBindValue(statementId);
    query.addBindValue(answer);
    return Sql::exec(query, lcProgress());
}

bool SkillsCheckStore::complete(qint64 checkId) {
    return m_db.inTransaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE skills_check SET completed_at = ?"
                                     " WHERE id = ? AND completed_at IS NULL"));
        query.addBindValue(nowUtcIso());
        query.addBindValue(checkId);
        if (!Sql::exec(query, lcProgress()) || query.numRowsAffected() != 1)
            return false;
        if (!m_completed)
            return true;
        query.prepare(QStringLiteral(
            "SELECT learner_id, (SELECT coalesce(sum(counts_as), 0) FROM skills_check done"
            " WHERE done.learner_id = this.learner_id AND done.completed_at IS NOT NULL)"
            " FROM skills_check this WHERE id = ?"));
        query.addBindValue(checkId);
        const auto record = check(checkId);
        return Sql::exec(query, lcProgress()) && query.next() && record &&
               m_completed(query.value(0).toLongLong(), query.value(1).toInt(), *record);
    });
}

std::optional<SkillsCheckRecord> SkillsCheckStore::check(qint64 checkId) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT started_at, COALESCE(completed_at, '') FROM skills_check WHERE id = ?"));
    query.addBindValue(checkId);
    if (!Sql::exec(query, lcProgress()) || !query.next())
        return std::nullopt;
    SkillsCheckRecord record{checkId, query.value(0).toString(), query.value(1).toString(), {}};
    query.prepare(
        QStringLiteral("SELECT statement_id, answer FROM skills_check_answer WHERE check_id = ?"));
    query.addBindValue(checkId);
    if (Sql::exec(query, lcProgress())) {
        while (query.next())
            record.answers.insert(query.value(0).toString(), query.value(1).toString());
    }
    return record;
}

QList<SkillsCheckRecord> SkillsCheckStore::completedChecks(qint64 learnerId) const {
    QList<qint64> ids;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM skills_check WHERE learner_id = ?"
                                 " AND completed_at IS NOT NULL ORDER BY completed_at, id"));
    query.addBindValue(learnerId);
    if (Sql::exec(query, lcProgress())) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    QList<SkillsCheckRecord> records;
    for (qint64 id : ids) {
        if (auto record = check(id))
            records.append(*record);
    }
    return records;
}

int SkillsCheckStore::completedCount(qint64 learnerId) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT coalesce(sum(counts_as), 0) FROM skills_check"
                                 " WHERE learner_id = ?"
                                 " AND completed_at IS NOT NULL"));
    query.addBindValue(learnerId);
    return Sql::exec(query, lcProgress()) && query.next() ? query.value(0).toInt() : 0;
}

QHash<QString, QString> SkillsCheckStore::latestAnswers(qint64 learnerId) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM skills_check WHERE learner_id = ?"
                                 " AND completed_at IS NOT NULL"
                                 " ORDER BY completed_at DESC, id DESC LIMIT 1"));
    query.addBindValue(learnerId);
    if (!Sql::exec(query, lcProgress()) || !query.next())
        return {};
    const auto record = check(query.value(0).toLongLong());
    return record ? record->answers : QHash<QString, QString>{};
}

} // namespace OpenSteps
