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

    bool add(qint64 learnerId, const QJsonObject &statement);
    // The oldest pending statements, at most `limit`.
    QList<Entry> pending(int limit) const;
    int pendingCount() const;
    bool markDelivered(const QStringList &ids);

private:
    Database &m_db;
};

} // namespace OpenSteps
