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
    // The oldest pending statements, at most `limit`.
    QList<Entry> pending(int limit) const;
    int pendingCount() const;
    bool markDelivered(const QStringList &ids);

    // When a learner deletes their data: the ids of their statements that may be in the LRS
    // (delivered, exported on a bundle, or tried at least once: a lost answer may hide a
    // stored write). Those never tried are deleted and the tried ones withdrawn from sending.
    QStringList mayHaveLeft(qint64 learnerId) const;
    bool withdrawUnsent(qint64 learnerId);

private:
    Database &m_db;
};

} // namespace OpenSteps
