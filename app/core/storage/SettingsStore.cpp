// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

SettingsStore::SettingsStore(Database &db)
    : m_db(db) {}

QString SettingsStore::value(const QString &key, const QString &fallback) const {
    const auto preset = m_db.presetSettings().constFind(key);
    if (preset != m_db.presetSettings().cend())
        return *preset;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (Sql::exec(query, lcStorage()) && query.next())
        return query.value(0).toString();
    return fallback;
}

bool SettingsStore::isPreset(const QString &key) const {
    return m_db.presetSettings().contains(key);
}

bool SettingsStore::setValue(const QString &key, const QString &value) {
    if (isPreset(key)) { // a form saving the value IT set, unchanged, is fine
        if (value == m_db.presetSettings().value(key))
            return true;
        qCInfo(lcStorage) << "not saving" << key << "here: IT preset it for this PC";
        return false;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return Sql::exec(query, lcStorage());
}

} // namespace OpenSteps
