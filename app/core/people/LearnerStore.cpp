// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerStore.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

namespace {
const QString kColumns = QStringLiteral("id, name, avatar, language");

Learner fromRow(const QSqlQuery &query) {
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()};
}
} // namespace

LearnerStore::LearnerStore(Database &db)
    : m_db(db) {}

std::optional<Learner> LearnerStore::create(const QString &name, const QString &avatar,
                                            const QString &language) {
    const QString cleanName = name.simplified().left(kMaxNameLength);
    if (cleanName.isEmpty() || avatar.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO learner (name, avatar, language, created_at, "
                                 "last_seen_at) VALUES (?, ?, ?, ?, ?)"));
    const QString now = nowUtcIso();
    query.addBindValue(cleanName);
    query.addBindValue(avatar);
    query.addBindValue(language);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!Sql::exec(query, lcPeople()))
        return std::nullopt;
    return Learner{query.lastInsertId().toLongLong(), cleanName, avatar, language};
}

std::optional<Learner> LearnerStore::find(qint64 id) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM learner WHERE id = ?"));
    query.addBindValue(id);
    if (Sql::exec(query, lcPeople()) && query.next())
        return fromRow(query);
    return std::nullopt;
}

std::optional<Learner> LearnerStore::mostRecent() const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM learner ORDER BY last_seen_at DESC, id DESC LIMIT 1"));
    if (Sql::exec(query, lcPeople()) && query.next())
        return fromRow(query);
    return std::nullopt;
}

QList<Learner> LearnerStore::all() const {
    QList<Learner> learners;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM learner ORDER BY name"));
    if (Sql::exec(query, lcPeople())) {
        while (query.next())
            learners.append(fromRow(query));
    }
    return learners;
}

bool LearnerStore::markSeen(qint64 id) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE learner SET last_seen_at = ? WHERE id = ?"));
    query.addBindValue(nowUtcIso());
    query.addBindValue(id);
    return Sql::exec(query, lcPeople()) && query.numRowsAffected() == 1;
}

bool LearnerStore::setLanguage(qint64 id, const QString &language) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE learner SET language = ? WHERE id = ?"));
    query.addBindValue(language);
    query.addBindValue(id);
    return Sql::exec(query, lcPeople()) && query.numRowsAffected() == 1;
}

bool LearnerStore::remove(qint64 id) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM learner WHERE id = ?"));
    query.addBindValue(id);
    return Sql::exec(query, lcPeople()) && query.numRowsAffected() == 1;
}

} // namespace OpenSteps
