// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingStore.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"
#include "XapiStatement.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

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

const QList<SharingStore::Language> &SharingStore::preferredLanguages() {
    // English, then languages many people in Leeds speak at home, each named in its own
    // script so a learner can find theirs. Punjabi and Kurdish are each written in two
    // scripts by people here: both are shown. A fixed list: nothing is ever typed.
    static const QList<Language> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ur"), QStringLiteral("اردو")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("pa"), QStringLiteral("ਪੰਜਾਬੀ / پنجابی")},
        {QStringLiteral("bn"), QStringLiteral("বাংলা")},
        {QStringLiteral("ro"), QStringLiteral("Română")},
        {QStringLiteral("ku"), QStringLiteral("Kurdî / کوردی")},
        {QStringLiteral("fa"), QStringLiteral("فارسی")},
        {QStringLiteral("so"), QStringLiteral("Soomaali")},
        {QStringLiteral("zh"), QStringLiteral("中文")},
        {QStringLiteral("ti"), QStringLiteral("ትግርኛ")},
    };
    return languages;
}

SharingStore::Postcode SharingStore::checkPostcode(const QString &typed) {
    const QString tidy = typed.simplified().toUpper();
    if (tidy.isEmpty())
        return Postcode::Empty;
    if (!Xapi::postcodeDistrict(tidy).isEmpty())
        return Postcode::District;
    // A district followed by more (LS9 8AB, LS9 8, LS98AB): the whole postcode, or part of it.
    static const QRegularExpression whole(
        QStringLiteral("^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{0,2}$"));
    const QString first = tidy.section(QLatin1Char(' '), 0, 0);
    if (whole.match(tidy).hasMatch() ||
        (tidy.contains(QLatin1Char(' ')) && !Xapi::postcodeDistrict(first).isEmpty()))
        return Postcode::FullPostcode;
    return Postcode::NotADistrict;
}

bool SharingStore::isPreferredLanguage(const QString &code) {
    const QList<Language> &languages = preferredLanguages();
    return std::any_of(languages.cbegin(), languages.cend(),
                       [&](const Language &language) { return language.code == code; });
}

std::optional<bool> SharingStore::consent(qint64 learnerId) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT share_consent FROM learner WHERE id = ?"));
    query.addBindValue(learnerId);
    if (!Sql::exec(query, lcOutcomes()) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toInt() == 1;
}

bool SharingStore::setConsent(qint64 learnerId, bool share) {
    return m_db.inTransaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE learner SET share_consent = ? WHERE id = ?"));
        query.addBindValue(share ? 1 : 0);
        query.addBindValue(learnerId);
        if (!Sql::exec(query, lcOutcomes()) || query.numRowsAffected() != 1)
            return false;
        // Without sharing the optional answers have no use: they are not kept.
        if (!share)
            return setColumn(learnerId, "age_band", {}) &&
                   setColumn(learnerId, "postcode_district", {}) &&
                   setColumn(learnerId, "preferred_language", {});
        if (!pseudonym(learnerId).isEmpty())
            return true;
        query.prepare(QStringLiteral("UPDATE learner SET pseudonym = ? WHERE id = ?"));
        query.addBindValue(Xapi::newPseudonym());
        query.addBindValue(learnerId);
        return Sql::exec(query, lcOutcomes());
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

bool SharingStore::setPreferredLanguage(qint64 learnerId, const QString &code) {
    if (!code.isEmpty() && !isPreferredLanguage(code))
        return false;
    return setColumn(learnerId, "preferred_language", code);
}

QString SharingStore::preferredLanguage(qint64 learnerId) const {
    return column(learnerId, "preferred_language");
}

QString SharingStore::column(qint64 learnerId, const char *name) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM learner WHERE id = ?").arg(QLatin1String(name)));
    query.addBindValue(learnerId);
    return Sql::exec(query, lcOutcomes()) && query.next() ? query.value(0).toString() : QString();
}

bool SharingStore::setColumn(qint64 learnerId, const char *name, const QString &value) {
    QSqlQuery query(m_db.connection());
    // `name` is one of this class's own column names, never input.
    query.prepare(
        QStringLiteral("UPDATE learner SET %1 = ? WHERE id = ?").arg(QLatin1String(name)));
    query.addBindValue(value.isEmpty() ? QVariant() : QVariant(value));
    query.addBindValue(learnerId);
    return Sql::exec(query, lcOutcomes()) && query.numRowsAffected() == 1;
}

} // namespace OpenSteps
