// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerSettings.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

LearnerSettings::LearnerSettings(Database &db)
    : m_db(db) {}

QString LearnerSettings::value(qint64 learnerId, const QString &key,
                               const QString &fallback) const {
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT value FROM learner_setting WHERE learner_id = ? AND key = ?"));
    query.addBindValue(learnerId);
    query.addBindValue(key);
    if (Sql::exec(query, lcPeople()) && query.next())
        return query.value(0).toString();
    return fallback;
}

bool LearnerSettings::setValue(qint64 learnerId, const QString &key, const QString &value) {
    QSqlQuery query(m_db.connection());
    // The learner's foreign key turns a setting for no such learner into a failure.
    query.prepare(QStringLiteral("INSERT INTO learner_setting (learner_id, key, value)"
                                 " VALUES (?, ?, ?)"
                                 " ON CONFLICT (learner_id, key) DO UPDATE"
                                 " SET value = excluded.value"));
    query.addBindValue(learnerId);
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QStringLiteral("") : value); // "" is a value, not NULL
    return Sql::exec(query, lcPeople());
}

QHash<QString, QString> LearnerSettings::all(qint64 learnerId) const {
    QHash<QString, QString> settings;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT key, value FROM learner_setting WHERE learner_id = ?"));
    query.addBindValue(learnerId);
    if (Sql::exec(query, lcPeople())) {
        while (query.next())
            settings.insert(query.value(0).toString(), query.value(1).toString());
    }
    return settings;
}

} // namespace OpenSteps
