// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpSessionStore.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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
        if (!Sql::exec(query, lcPeople()))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    return id;
}

bool HelpSessionStore::end(qint64 sessionId) {
    return endWhere("id = ?", sessionId, true) == 1;
}

bool HelpSessionStore::endFor(qint64 learnerId) {
    return endWhere("learner_id = ?", learnerId, false) >= 0;
}

int HelpSessionStore::endWhere(const char *where, qint64 id, bool byHelper) {
    int ended = 0;
    const bool saved = m_db.inTransaction([&] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSqlQuery open(m_db.connection());
        open.prepare(QStringLiteral("SELECT id, started_at FROM help_session"
                                    " WHERE ended_at IS NULL AND ") +
                     QLatin1String(where));
        open.addBindValue(id);
        if (!Sql::exec(open, lcPeople()))
            return false;
        QSqlQuery close(m_db.connection());
        close.prepare(QStringLiteral("UPDATE help_session SET ended_at = ? WHERE id = ?"));
        while (open.next()) {
            const QDateTime started =
                QDateTime::fromString(open.value(1).toString(), Qt::ISODateWithMs);
            const qint64 secs = started.secsTo(now);
            const qint64 minutes = std::clamp<qint64>(secs / 60, 0, kMaxHours * 60);
            // Ended in passing (the learner signs out, another session starts) over kMaxHours
            // after it began, a session was left open by an app that was stopped: how long the
            // help lasted is unknown, so it is closed without counting any of it.
            const bool abandoned = !byHelper && secs > kMaxHours * 3600;
            close.bindValue(0, now.toString(Qt::ISODateWithMs));
            close.bindValue(1, open.value(0));
            if (!Sql::exec(close, lcPeople()) || (!abandoned && m_ended && !m_ended(int(minutes))))
                return false;
            ++ended;
        }
        return true;
    });
    return saved ? ended : -1;
}

bool HelpSessionStore::isHelped(qint64 learnerId, const QDateTime &now) const {
    QSqlQuery query(m_db.connection());
    // Stored times are UTC ISO 8601 with milliseconds, so text order is time order.
    query.prepare(QStringLiteral("SELECT 1 FROM help_session WHERE learner_id = ?"
                                 " AND ended_at IS NULL AND started_at > ? AND started_at <= ?"));
    query.addBindValue(learnerId);
    query.addBindValue(now.toUTC().addSecs(-3600 * kMaxHours).toString(Qt::ISODateWithMs));
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    return Sql::exec(query, lcPeople()) && query.next();
}

} // namespace OpenSteps
