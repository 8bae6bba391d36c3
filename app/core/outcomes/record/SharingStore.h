// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace OpenSteps {

class Database;

// Whether a learner shares anonymous progress with the programme, and the optional answers
// that travel with it (age band, postcode district, preferred language). Without consent
// nothing about the learner leaves the PC. The pseudonym is random and made on first consent;
// it is kept if consent is withdrawn and given again, so their outcomes still count as one
// person's. The optional answers are not: saying no clears them, as nothing needs them then.
class SharingStore {
public:
    // A language a learner may say they prefer: its code and its name written in itself.
    struct Language {
        QString code;
        QString name;
    };

    explicit SharingStore(Database &db);

    // nullopt: not asked yet.
    std::optional<bool> consent(qint64 learnerId) const;
    // Saying no also clears the optional answers.
    bool setConsent(qint64 learnerId, bool share);
    // Empty while the learner has never agreed.
    QString pseudonym(qint64 learnerId) const;
    // "" clears an answer. The district must be an outward code (Xapi::postcodeDistrict).
    bool setAgeBand(qint64 learnerId, const QString &ageBand);
    bool setPostcodeDistrict(qint64 learnerId, const QString &district);
    QString ageBand(qint64 learnerId) const;
    QString postcodeDistrict(qint64 learnerId) const;
    // A code from preferredLanguages() (never typed text); "" clears it. Unknown codes are
    // refused.
    bool setPreferredLanguage(qint64 learnerId, const QString &code);
    QString preferredLanguage(qint64 learnerId) const;

    // What a typed postcode district is: nothing, a district (LS9), more than a district (a
    // whole postcode such as LS9 8AB, which is refused, never cut down) or something else.
    enum class Postcode { Empty, District, FullPostcode, NotADistrict };
    static Postcode checkPostcode(const QString &typed);

    static const QStringList &ageBands();
    // The languages most spoken in Leeds besides English, and English, each named in itself.
    static const QList<Language> &preferredLanguages();
    static bool isPreferredLanguage(const QString &code);

private:
    QString column(qint64 learnerId, const char *name) const;
    bool setColumn(qint64 learnerId, const char *name, const QString &value);

    Database &m_db;
};

} // namespace OpenSteps
