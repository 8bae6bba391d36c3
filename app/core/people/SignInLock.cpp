// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInLock.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

namespace {
// Stored like every other timestamp (Clock.h): text order is time order, so SQL can compare.
QString toText(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

SignInLock::SignInLock(Database &db, const QString &table, Now now)
    : m_db(db)
    , m_table(table)
    , m_now(std::move(now)) {}

QDateTime SignInLock::now() const {
    return m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc();
}

QString SignInLock::sql(const char *statement) const {
    return QString::fromLatin1(statement).arg(m_table);
}

std::optional<QDateTime> SignInLock::lockedUntil(qint64 id) const {
    QSqlQuery query(m_db.connection());
    query.prepare(sql("SELECT locked_until FROM %1 WHERE id = ?"));
    query.addBindValue(id);
    if (!Sql::exec(query, lcPeople()) || !query.next() || query.isNull(0))
        return std::nullopt;
    const QDateTime until = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    const QDateTime current = now();
    // A pause longer than kPauseSeconds can only come from a clock that was wrong when it
    // started (library PCs lose the time): never keep someone out for days because of that.
    if (!until.isValid() || until <= current || until > current.addSecs(kPauseSeconds))
        return std::nullopt;
    return until;
}

SignInAttempt SignInLock::attempt(qint64 id, const std::function<bool()> &check) {
    if (const auto until = lockedUntil(id))
        return {SignInAttempt::Result::Locked, 0, *until};
    // The clock is read after the slow check, so the pause starts when the answer is given.
    const bool right = check();
    return right ? recordSuccess(id, now()) : recordFailure(id, now());
}

SignInAttempt SignInLock::recordSuccess(qint64 id, const QDateTime &now) {
    QSqlQuery query(m_db.connection());
    // The pause condition again, in the same statement: another OpenSteps on this PC may have
    // started a pause while the secret was being checked.
    query.prepare(sql("UPDATE %1 SET failed_tries = 0, locked_until = NULL WHERE id = ?"
                      " AND (locked_until IS NULL OR locked_until <= ? OR locked_until > ?)"));
    query.addBindValue(id);
    query.addBindValue(toText(now));
    query.addBindValue(toText(now.addSecs(kPauseSeconds)));
    if (!Sql::exec(query, lcPeople()) || query.numRowsAffected() != 1)
        return lockedOrUnknown(id);
    return {SignInAttempt::Result::SignedIn, 0, {}};
}

SignInAttempt SignInLock::recordFailure(qint64 id, const QDateTime &now) {
    SignInAttempt result;
    const QString until = toText(now.addSecs(kPauseSeconds));
    const bool counted = m_db.inTransaction([&] {
        QSqlQuery query(m_db.connection());
        // One statement counts the try and, on the last one, starts the pause with the tries
        // back at zero (SQLite reads the old failed_tries on every right-hand side).
        query.prepare(sql("UPDATE %1 SET"
                          " failed_tries = CASE WHEN failed_tries + 1 >= ? THEN 0"
                          "  ELSE failed_tries + 1 END,"
                          " locked_until = CASE WHEN failed_tries + 1 >= ? THEN ? ELSE NULL END"
                          " WHERE id = ?"
                          " AND (locked_until IS NULL OR locked_until <= ? OR locked_until > ?)"));
        query.addBindValue(kMaxTries);
        query.addBindValue(kMaxTries);
        query.addBindValue(until);
        query.addBindValue(id);
        query.addBindValue(toText(now));
        query.addBindValue(until);
        if (!Sql::exec(query, lcPeople()) || query.numRowsAffected() != 1)
            return false;
        query.prepare(sql("SELECT failed_tries, locked_until FROM %1 WHERE id = ?"));
        query.addBindValue(id);
        if (!Sql::exec(query, lcPeople()) || !query.next())
            return false;
        if (query.isNull(1)) {
            result = {SignInAttempt::Result::Wrong, kMaxTries - query.value(0).toInt(), {}};
        } else {
            result = {SignInAttempt::Result::Locked, 0,
                      QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs)};
        }
        query.finish(); // no statement left running when the transaction commits
        return true;
    });
    return counted ? result : lockedOrUnknown(id);
}

SignInAttempt SignInLock::lockedOrUnknown(qint64 id) const {
    if (const auto until = lockedUntil(id))
        return {SignInAttempt::Result::Locked, 0, *until};
    return {};
}

} // namespace OpenSteps
