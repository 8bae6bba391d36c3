// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinStore.h"

#include "Database.h"
#include "Logging.h"
#include "SecretHash.h"
#include "Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

namespace {
constexpr int kDigits = 4;
constexpr int kPicturesInPin = 3;

} // namespace

QString PinStore::kindName(PinKind kind) {
    switch (kind) {
    case PinKind::Digits:
        return QStringLiteral("digits");
    case PinKind::Pictures:
        return QStringLiteral("pictures");
    case PinKind::None:
        break;
    }
    return {};
}

PinKind PinStore::kindFromName(const QString &text) {
    if (text == QLatin1String("digits"))
        return PinKind::Digits;
    if (text == QLatin1String("pictures"))
        return PinKind::Pictures;
    return PinKind::None;
}
PinStore::PinStore(Database &db, Now now)
    : m_db(db)
    , m_lock(db, QStringLiteral("learner"), std::move(now)) {}

const QStringList &PinStore::pictures() {
    // Ids, not words: they are stored in hashes, so never rename one (the UI translates names).
    // The same nine pictures as the profile pictures (qml/images/avatars), which people know.
    static const QStringList ids = {
        QStringLiteral("sun"),   QStringLiteral("tree"), QStringLiteral("flower"),
        QStringLiteral("cat"),   QStringLiteral("fish"), QStringLiteral("bird"),
        QStringLiteral("house"), QStringLiteral("boat"), QStringLiteral("apple"),
    };
    return ids;
}

bool PinStore::isValid(PinKind kind, const QString &pin) {
    if (kind == PinKind::Digits) {
        // Only ASCII 0-9: QChar::isDigit would also take Arabic-Indic and other digits.
        return pin.size() == kDigits && std::all_of(pin.cbegin(), pin.cend(), [](QChar c) {
                   return c >= QLatin1Char('0') && c <= QLatin1Char('9');
               });
    }
    if (kind == PinKind::Pictures) {
        const QStringList parts = pin.split(QLatin1Char(','));
        return parts.size() == kPicturesInPin &&
               std::all_of(parts.cbegin(), parts.cend(),
                           [](const QString &id) { return pictures().contains(id); });
    }
    return false;
}

bool PinStore::setPin(qint64 learnerId, PinKind kind, const QString &pin) {
    if (!isValid(kind, pin))
        return false;
    const HashedSecret hashed = SecretHash::hash(pin);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE learner SET pin_kind = ?, pin_hash = ?, pin_salt = ?,"
                                 " pin_iterations = ?, failed_tries = 0, locked_until = NULL"
                                 " WHERE id = ?"));
    query.addBindValue(kindName(kind));
    query.addBindValue(hashed.hash);
    query.addBindValue(hashed.salt);
    query.addBindValue(hashed.iterations);
    query.addBindValue(learnerId);
    return Sql::exec(query, lcPeople()) && query.numRowsAffected() == 1;
}

PinKind PinStore::pinKind(qint64 learnerId) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT pin_kind FROM learner WHERE id = ?"));
    query.addBindValue(learnerId);
    if (Sql::exec(query, lcPeople()) && query.next())
        return kindFromName(query.value(0).toString());
    return PinKind::None;
}

SignInAttempt PinStore::signIn(qint64 learnerId, const QString &pin) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT pin_kind, pin_hash, pin_salt, pin_iterations FROM learner WHERE id = ?"));
    query.addBindValue(learnerId);
    if (!Sql::exec(query, lcPeople()) || !query.next())
        return {};
    const PinKind kind = kindFromName(query.value(0).toString());
    if (kind == PinKind::None)
        return {SignInAttempt::Result::NoPin, 0, {}};
    const HashedSecret stored{query.value(1).toByteArray(), query.value(2).toByteArray(),
                              query.value(3).toInt()};
    query.finish();
    // A PIN of the wrong shape is simply wrong, and counts, without the slow hash.
    return m_lock.attempt(learnerId,
                          [&] { return isValid(kind, pin) && SecretHash::verify(pin, stored); });
}

std::optional<QDateTime> PinStore::lockedUntil(qint64 learnerId) const {
    return m_lock.lockedUntil(learnerId);
}

bool PinStore::resetPin(qint64 learnerId) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE learner SET pin_kind = NULL, pin_hash = NULL,"
                                 " pin_salt = NULL, pin_iterations = NULL, failed_tries = 0,"
                                 " locked_until = NULL WHERE id = ?"));
    query.addBindValue(learnerId);
    return Sql::exec(query, lcPeople()) && query.numRowsAffected() == 1;
}

} // namespace OpenSteps
