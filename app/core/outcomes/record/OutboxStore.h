// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

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
        int attempts = 0;
    };

    explicit OutboxStore(Database &db);

    // learnerId 0: a statement of no learner here (voiding, or carried in on a bundle).
    bool add(qint64 learnerId, const QJsonObject &statement);
    // A statement carried in from another PC (a bundle): pending, of no learner here, unless
    // its id is here already, in any state, so carrying it in twice sends it once.
    enum class CarriedIn { Added, AlreadyHere, Failed };
    CarriedIn addCarriedIn(const QJsonObject &statement);
    // The oldest pending statements, at most `limit`; with `dueBy`, only those whose next try
    // is due by then (a failed try waits its backoff).
    QList<Entry> pending(int limit, const QDateTime &dueBy = {}) const;
    int pendingCount() const;
    int setAsideCount() const;
    int deliveredCount() const;
    // The LRS's reasons for the statements set aside, most recent first, each once.
    QStringList setAsideReasons(int limit) const;
    // When the earliest waiting statement is due again (invalid when none waits).
    QDateTime nextAttemptAt() const;
    bool markDelivered(const QStringList &ids);
    // Counted before sending, so a statement whose answer was lost counts as maybe sent.
    bool markAttempted(const QStringList &ids);
    // A try failed for a reason that may pass (network, 429, 5xx): try again from `retryAt`.
    bool deferUntil(const QStringList &ids, const QDateTime &retryAt, const QString &error);
    // The LRS refused the statement as invalid: kept, no longer sent, shown to staff.
    bool setAside(const QString &id, const QString &message);

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
    int countIn(const QString &state) const;
    // Runs `sql` once per id in one transaction: the `before` values, then the id, bound.
    bool updateEach(const QStringList &ids, const QString &sql, const QVariantList &before);
    bool insert(const char *sql, qint64 learnerId, const QJsonObject &statement, int *added);

    Database &m_db;
};

} // namespace OpenSteps
