// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperStore.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "SecretHash.h"
#include "Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

namespace {
void fail(QString *error, const QString &message) {
    if (error)
        *error = message;
}
} // namespace

HelperStore::HelperStore(Database &db, PinStore::Now now)
    : m_db(db)
    , m_lock(db, QStringLiteral("helper"), std::move(now)) {}

std::optional<Helper> HelperStore::add(const QString &name, const QString &role,
                                       const QString &passphrase, QString *error) {
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty()) {
        fail(error, QStringLiteral("Please give the helper a name."));
        return std::nullopt;
    }
    if (role != QLatin1String("volunteer") && role != QLatin1String("staff")) {
        fail(error,
             QStringLiteral("The role must be \"volunteer\" or \"staff\", not \"%1\".").arg(role));
        return std::nullopt;
    }
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty()) {
        fail(error, problem);
        return std::nullopt;
    }
    if (find(cleanName)) { // checked first for a clear message; the UNIQUE column decides
        fail(error, QStringLiteral("There is already a helper called %1.").arg(cleanName));
        return std::nullopt;
    }
    const HashedSecret hashed = SecretHash::hash(passphrase);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO helper (name, role, pass_hash, pass_salt,"
                                 " pass_iterations, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(cleanName);
    query.addBindValue(role);
    query.addBindValue(hashed.hash);
    query.addBindValue(hashed.salt);
    query.addBindValue(hashed.iterations);
    query.addBindValue(nowUtcIso());
    if (!Sql::exec(query, lcPeople())) {
        fail(error,
             find(cleanName)
                 ? QStringLiteral("There is already a helper called %1.").arg(cleanName)
                 : QStringLiteral("Could not save the helper: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    return Helper{query.lastInsertId().toLongLong(), cleanName, role};
}

QString HelperStore::passphraseProblem(const QString &passphrase,
                                       const std::optional<QString> &again) {
    // Count characters as a person sees them, not UTF-16 units or bytes.
    if (passphrase.toUcs4().size() < kMinPassphraseLength)
        return QStringLiteral("The passphrase is too short: it needs at least %1 characters.")
            .arg(kMinPassphraseLength);
    if (again && *again != passphrase)
        return QStringLiteral("The two passphrases are not the same. Please type the same "
                              "passphrase in both boxes.");
    return {};
}

QList<Helper> HelperStore::all() const {
    QList<Helper> helpers;
    QSqlQuery query(m_db.connection());
    // The name column is NOCASE, so "anna" sorts beside "Anna".
    query.prepare(QStringLiteral("SELECT id, name, role FROM helper ORDER BY name, id"));
    if (Sql::exec(query, lcPeople())) {
        while (query.next())
            helpers.append({query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toString()});
    }
    return helpers;
}

std::optional<Helper> HelperStore::find(const QString &name) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, name, role FROM helper WHERE name = ?"));
    query.addBindValue(name.simplified());
    if (Sql::exec(query, lcPeople()) && query.next())
        return Helper{query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString()};
    return std::nullopt;
}

SignInAttempt HelperStore::signIn(const QString &name, const QString &passphrase) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT id, pass_hash, pass_salt, pass_iterations FROM helper WHERE name = ?"));
    query.addBindValue(name.simplified());
    if (!Sql::exec(query, lcPeople()) || !query.next()) {
        // As slow as a real check, so timing does not tell which names exist.
        static const HashedSecret decoy = SecretHash::hash(QStringLiteral("no such helper"));
        SecretHash::verify(passphrase, decoy);
        return {};
    }
    const qint64 id = query.value(0).toLongLong();
    const HashedSecret stored{query.value(1).toByteArray(), query.value(2).toByteArray(),
                              query.value(3).toInt()};
    query.finish();
    return m_lock.attempt(id, [&] { return SecretHash::verify(passphrase, stored); });
}

int HelperStore::count() const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM helper"));
    return Sql::exec(query, lcPeople()) && query.next() ? query.value(0).toInt() : 0;
}

int HelperStore::staffCount() const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM helper WHERE role = 'staff'"));
    return Sql::exec(query, lcPeople()) && query.next() ? query.value(0).toInt() : 0;
}

} // namespace OpenSteps
