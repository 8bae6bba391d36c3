// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace OpenSteps {

class Database;

// Whether a learner shares anonymous progress with the programme, and the optional answers
// that travel with it (age band, postcode district). Without consent nothing about the learner
// leaves the PC. The pseudonym is random and made on first consent; it is kept if consent is
// withdrawn and given again, so their outcomes still count as one person's.
class SharingStore {
public:
    explicit SharingStore(Database &db);

    // nullopt: not asked yet.
    std::optional<bool> consent(qint64 learnerId) const;
    bool setConsent(qint64 learnerId, bool share);
    // Empty while the learner has never agreed.
    QString pseudonym(qint64 learnerId) const;
    // "" clears an answer. The district must be an outward code (Xapi::postcodeDistrict).
    bool setAgeBand(qint64 learnerId, const QString &ageBand);
    bool setPostcodeDistrict(qint64 learnerId, const QString &district);
    QString ageBand(qint64 learnerId) const;
    QString postcodeDistrict(qint64 learnerId) const;

    static const QStringList &ageBands();

private:
    QString column(qint64 learnerId, const char *name) const;
    bool setColumn(qint64 learnerId, const char *name, const QString &value);

    Database &m_db;
};

} // namespace OpenSteps
