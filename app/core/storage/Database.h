// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migrations.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace OpenSteps {

// The app's one SQLite file: opened with WAL and foreign keys, checked, migrated.
class Database {
public:
    // When opening reads the whole file to check it (PRAGMA quick_check): always for a small
    // file; for a large one (seconds to read on an old PC) after an unclean shutdown (a
    // write-ahead log left behind) or when the last whole check is over a day old, and
    // otherwise only the schema. The time of the last whole check is kept beside the file
    // (kCheckedSuffix).
    struct CheckPolicy {
        qint64 alwaysBelowBytes = 64LL * 1024 * 1024;
        qint64 everySecs = 24 * 60 * 60;
    };
    static constexpr auto kCheckedSuffix = "-checked";

    enum class Status {
        Ok,
        RecoveredFromCorruption, // the damaged file was moved aside; a fresh one is open
        NewerSchema,             // written by a newer OpenSteps: refused, left untouched
        MigrationFailed,         // rolled back; the file is as it was before that migration
        CannotOpen,
    };

    struct OpenResult {
        Status status = Status::CannotOpen;
        QString message;        // for staff and logs; empty when Ok
        QString movedAsidePath; // set when RecoveredFromCorruption
        bool usable() const {
            return status == Status::Ok || status == Status::RecoveredFromCorruption;
        }
    };

    static constexpr auto kFileName = "opensteps.sqlite";

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    OpenResult open(const QString &filePath,
                    const QList<Migration> &migrations = schemaMigrations());
    void close();
    void setCheckPolicy(const CheckPolicy &policy) { m_checkPolicy = policy; }
    // Settings IT preset for this PC (setting key -> value), which every SettingsStore on this
    // database reads instead of the saved ones (see Presets). A database starts with the
    // process's (set once at start, as the machine's configuration is the same for all).
    void setPresetSettings(const QHash<QString, QString> &values) { m_presetSettings = values; }
    static void setProcessPresetSettings(const QHash<QString, QString> &values);
    const QHash<QString, QString> &presetSettings() const { return m_presetSettings; }
    // A second, read-only connection to a file another Database opened (in another thread).
    bool openReader(const QString &filePath);
    QString path() const { return m_path; }
    bool inWrite() const { return m_transactionDepth > 0; }

    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int latestVersion(const QList<Migration> &migrations = schemaMigrations());

    // Runs `work` in a transaction: committed when it returns true, rolled back otherwise.
    // May nest (a savepoint then), so stores can build on each other's transactions.
    bool inTransaction(const std::function<bool()> &work);

private:
    enum class Health { Healthy, Corrupt, Unreadable };
    bool connect(bool readOnly, QString *error);
    bool isSmall() const;
    bool wholeCheckDue() const;
    void markChecked() const;
    Health inspect(bool whole, QString *detail, int *version);
    Health checkHealth(bool whole, QString *detail);
    static QString moveAside(const QString &filePath);
    bool configure(QString *error);
    bool migrate(const QList<Migration> &migrations, QString *error);

    QString m_connectionName;
    int m_transactionDepth = 0;
    QString m_path;
    CheckPolicy m_checkPolicy;
    QHash<QString, QString> m_presetSettings;
};

} // namespace OpenSteps
