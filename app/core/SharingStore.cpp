// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingStore.h"

#include "Database.h"
#include "XapiStatement.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace OpenSteps {

SharingStore::SharingStore(Database &db)
    : m_db(db) {}

const QStringList &SharingStore::ageBands() {
    // Bands wide enough that they never narrow a person down.
    static const QStringList bands = {QStringLiteral("16-24"), QStringLiteral("25-49"),
                                      QStringLiteral("50-64"), QStringLiteral("65-74"),
                                      QStringLiteral("75+")};
    return bands;
}

std::optional<bool> SharingStore::consent(qint64 learnerId) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT share_consent FROM learner WHERE id = ?"));
    query.addBindValue(learnerId);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toInt() == 1;
}

bool SharingStore::setConsent(qint64 learnerId, bool share) {
    return m_db.inTransaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE learner SET share_consent = ? WHERE id = ?"));
        query.addBindValue(share ? 1 : 0);
        query.addBindValue(learnerId);
        if (!query.exec() || query.numRowsAffected() != 1)
            return false;
        if (!share || !pseudonym(learnerId).isEmpty())
            return true;
        query.prepare(QStringLiteral("UPDATE learner SET pseudonym = ? WHERE id = ?"));
        query.addBindValue(Xapi::newPseudonym());
        query.addBindValue(learnerId);
        return query.exec();
    });
}

QString SharingStore::pseudonym(qint64 learnerId) const {
    return column(learnerId, "pseudonym");
}

QString SharingStore::ageBand(qint64 learnerId) const {
    return column(learnerId, "age_band");
}

QString SharingStore::postcodeDistrict(qint64 learnerId) const {
    return column(learnerId, "postcode_district");
}

bool SharingStore::setAgeBand(qint64 learnerId, const QString &ageBand) {
    if (!ageBand.isEmpty() && !ageBands().contains(ageBand))
        return false;
    return setColumn(learnerId, "age_band", ageBand);
}

bool SharingStore::setPostcodeDistrict(qint64 learnerId, const QString &district) {
    const QString tidy = Xapi::postcodeDistrict(district);
    if (!district.isEmpty() && tidy.isEmpty())
        return false;
    return setColumn(learnerId, "postcode_district", tidy);
}

QString SharingStore::column(qint64 learnerId, const char *name) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM learner WHERE id = ?").arg(QLatin1String(name)));
    query.addBindValue(learnerId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool SharingStore::setColumn(qint64 learnerId, const char *name, const QString &value) {
    QSqlQuery query(m_db.connection());
    // `name` is one of this class's own column names, never input.
    query.prepare(
        QStringLiteral("UPDATE learner SET %1 = ? WHERE id = ?").arg(QLatin1String(name)));
    query.addBindValue(value.isEmpty() ? QVariant() : QVariant(value));
    query.addBindValue(learnerId);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace OpenSteps
