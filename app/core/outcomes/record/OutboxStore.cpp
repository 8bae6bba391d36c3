// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxStore.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

OutboxStore::OutboxStore(Database &db)
    : m_db(db) {}

bool OutboxStore::insert(const char *sql, qint64 learnerId, const QJsonObject &statement,
                         int *added) {
    const QString id = statement.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(QString::fromLatin1(sql));
    query.addBindValue(id);
    // 0: a statement of no learner on this PC (a voiding one, or one carried in on a bundle).
    query.addBindValue(learnerId > 0 ? QVariant(learnerId)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(QString::fromUtf8(QJsonDocument(statement).toJson(QJsonDocument::Compact)));
    query.addBindValue(nowUtcIso());
    if (!Sql::exec(query, lcOutcomes()))
        return false;
    if (added)
        *added = query.numRowsAffected();
    return true;
}

bool OutboxStore::add(qint64 learnerId, const QJsonObject &statement) {
    return insert("INSERT INTO outbox (id, learner_id, statement, created_at) VALUES (?, ?, ?, ?)",
                  learnerId, statement, nullptr);
}

OutboxStore::CarriedIn OutboxStore::addCarriedIn(const QJsonObject &statement) {
    int added = 0;
    if (!insert("INSERT INTO outbox (id, learner_id, statement, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (id) DO NOTHING",
                0, statement, &added))
        return CarriedIn::Failed;
    return added == 1 ? CarriedIn::Added : CarriedIn::AlreadyHere;
}

namespace {
// Rows of (id, statement, attempts).
QList<OutboxStore::Entry> entries(QSqlQuery &query) {
    QList<OutboxStore::Entry> result;
    if (Sql::exec(query, lcOutcomes())) {
        while (query.next())
            result.append({query.value(0).toString(),
                           QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object(),
                           query.value(2).toInt()});
    }
    return result;
}
} // namespace

QList<OutboxStore::Entry> OutboxStore::pending(int limit, const QDateTime &dueBy) const {
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT id, statement, attempts FROM outbox WHERE state = 'pending'"
                       " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                       " ORDER BY created_at, rowid LIMIT ?"));
    // ISO text compares in time order; "9" sorts after every date when there is no limit.
    query.addBindValue(dueBy.isValid() ? dueBy.toUTC().toString(Qt::ISODateWithMs)
                                       : QStringLiteral("9"));
    query.addBindValue(limit);
    return entries(query);
}

QList<OutboxStore::Entry> OutboxStore::exportable(bool again) const {
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT id, statement, attempts FROM outbox WHERE state = 'pending'"
                       " OR (? AND state = 'exported') ORDER BY created_at, rowid"));
    query.addBindValue(again);
    return entries(query);
}

bool OutboxStore::markExported(const QStringList &ids) {
    return updateEach(ids,
                      QStringLiteral("UPDATE outbox SET state = 'exported'"
                                     " WHERE id = ? AND state = 'pending'"),
                      {});
}

int OutboxStore::pendingCount() const {
    return countIn(QStringLiteral("pending"));
}

int OutboxStore::setAsideCount() const {
    return countIn(QStringLiteral("set-aside"));
}

QStringList OutboxStore::setAsideReasons(int limit) const {
    QStringList reasons;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT last_error FROM outbox WHERE state = 'set-aside'"
                                 " GROUP BY last_error ORDER BY max(rowid) DESC LIMIT ?"));
    query.addBindValue(limit);
    if (Sql::exec(query, lcOutcomes())) {
        while (query.next())
            reasons << query.value(0).toString();
    }
    return reasons;
}

int OutboxStore::deliveredCount() const {
    return countIn(QStringLiteral("delivered"));
}

int OutboxStore::countIn(const QString &state) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    query.addBindValue(state);
    return Sql::exec(query, lcOutcomes()) && query.next() ? query.value(0).toInt() : 0;
}

QDateTime OutboxStore::nextAttemptAt() const {
    QSqlQuery query(m_db.connection());
    if (!Sql::exec(query,
                   QStringLiteral("SELECT min(coalesce(next_attempt_at, created_at)) FROM outbox"
                                  " WHERE state = 'pending'"),
                   lcOutcomes()) ||
        !query.next() || query.value(0).isNull())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

bool OutboxStore::markAttempted(const QStringList &ids) {
    return updateEach(ids, QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?"),
                      {});
}

bool OutboxStore::deferUntil(const QStringList &ids, const QDateTime &retryAt,
                             const QString &error) {
    return updateEach(ids,
                      QStringLiteral("UPDATE outbox SET next_attempt_at = ?, last_error = ?"
                                     " WHERE id = ? AND state = 'pending'"),
                      {retryAt.toUTC().toString(Qt::ISODateWithMs), error});
}

bool OutboxStore::setAside(const QString &id, const QString &message) {
    return updateEach({id},
                      QStringLiteral("UPDATE outbox SET state = 'set-aside', last_error = ?"
                                     " WHERE id = ? AND state = 'pending'"),
                      {message});
}

bool OutboxStore::updateEach(const QStringList &ids, const QString &sql,
                             const QVariantList &before) {
    return m_db.inTransaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(sql);
        for (const QString &id : ids) {
            for (const QVariant &value : before)
                query.addBindValue(value);
            query.addBindValue(id);
            if (!Sql::exec(query, lcOutcomes()))
                return false;
        }
        return true;
    });
}

bool OutboxStore::markDelivered(const QStringList &ids) {
    return updateEach(ids,
                      QStringLiteral("UPDATE outbox SET state = 'delivered', delivered_at = ?,"
                                     " last_error = NULL WHERE id = ? AND state = 'pending'"),
                      {nowUtcIso()});
}

QStringList OutboxStore::mayHaveLeft(qint64 learnerId) const {
    QStringList ids;
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT id FROM outbox WHERE learner_id = ? AND (state IN"
                       " ('delivered', 'exported') OR (state = 'pending' AND attempts > 0))"
                       " ORDER BY created_at, rowid"));
    query.addBindValue(learnerId);
    if (Sql::exec(query, lcOutcomes())) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

bool OutboxStore::withdrawUnsent(qint64 learnerId) {
    return m_db.inTransaction([&] {
        QSqlQuery remove(m_db.connection());
        remove.prepare(
            QStringLiteral("DELETE FROM outbox WHERE learner_id = ? AND"
                           " (state = 'set-aside' OR (state = 'pending' AND attempts = 0))"));
        remove.addBindValue(learnerId);
        QSqlQuery withdraw(m_db.connection());
        withdraw.prepare(QStringLiteral("UPDATE outbox SET state = 'withdrawn'"
                                        " WHERE learner_id = ? AND state = 'pending'"));
        withdraw.addBindValue(learnerId);
        return Sql::exec(remove, lcOutcomes()) && Sql::exec(withdraw, lcOutcomes());
    });
}

} // namespace OpenSteps
