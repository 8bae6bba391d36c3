// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace OpenSteps {

class Database;

// xAPI statements waiting for the Learning Record Store. A statement is added in the same
// transaction as the progress it describes, keeps its id for every resend, and is marked
// delivered (never deleted) once the LRS has it.
class OutboxStore {
public:
    struct Entry {
        QString id;
        QJsonObject statement;
    };

    explicit OutboxStore(Database &db);

    // learnerId 0: a statement of no learner here (voiding, or carried in on a bundle).
    bool add(qint64 learnerId, const QJsonObject &statement);
    // A statement carried in from another PC (a bundle): pending, of no learner here, unless
    // its id is here already, in any state, so carrying it in twice sends it once.
    enum class CarriedIn { Added, AlreadyHere, Failed };
    CarriedIn addCarriedIn(const QJsonObject &statement);
    // The oldest pending statements, at most `limit`.
    QList<Entry> pending(int limit) const;
    int pendingCount() const;
    bool markDelivered(const QStringList &ids);

    // Bundles for hubs without internet: the statements to carry out (pending ones, and with
    // `again` those already exported once, for a lost stick), oldest first; then marked
    // exported, which the uploader leaves alone.
    QList<Entry> exportable(bool again) const;
    bool markExported(const QStringList &ids);

    // When a learner deletes their data: the ids of their statements that may be in the LRS
    // (delivered, exported on a bundle, or tried at least once: a lost answer may hide a
    // stored write). Those never tried are deleted and the tried ones withdrawn from sending.
    QStringList mayHaveLeft(qint64 learnerId) const;
    bool withdrawUnsent(qint64 learnerId);

private:
    bool insert(const char *sql, qint64 learnerId, const QJsonObject &statement, int *added);

    Database &m_db;
};

} // namespace OpenSteps
