// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpSessionStore.h"

#include "Clock.h"
#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

HelpSessionStore::HelpSessionStore(Database &db)
    : m_db(db) {}

qint64 HelpSessionStore::start(qint64 helperId, qint64 learnerId) {
    qint64 id = 0;
    m_db.inTransaction([&] {
        if (!endFor(learnerId))
            return false;
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO help_session (helper_id, learner_id, started_at) VALUES (?, ?, ?)"));
        query.addBindValue(helperId);
        query.addBindValue(learnerId);
        query.addBindValue(nowUtcIso());
        if (!query.exec())
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    return id;
}

bool HelpSessionStore::end(qint64 sessionId) {
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE help_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL"));
    query.addBindValue(nowUtcIso());
    query.addBindValue(sessionId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool HelpSessionStore::endFor(qint64 learnerId) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE help_session SET ended_at = ? WHERE learner_id = ? AND ended_at IS NULL"));
    query.addBindValue(nowUtcIso());
    query.addBindValue(learnerId);
    return query.exec();
}

bool HelpSessionStore::isHelped(qint64 learnerId, const QDateTime &now) const {
    QSqlQuery query(m_db.connection());
    // Stored times are UTC ISO 8601 with milliseconds, so text order is time order.
    query.prepare(QStringLiteral("SELECT 1 FROM help_session WHERE learner_id = ?"
                                 " AND ended_at IS NULL AND started_at > ? AND started_at <= ?"));
    query.addBindValue(learnerId);
    query.addBindValue(now.toUTC().addSecs(-3600 * kMaxHours).toString(Qt::ISODateWithMs));
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    return query.exec() && query.next();
}

} // namespace OpenSteps
