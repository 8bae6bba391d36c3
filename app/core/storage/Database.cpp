// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Logging.h"
#include "Sql.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace OpenSteps {

namespace {
QAtomicInteger<int> g_connectionCounter;

// SQLite result codes that mean the file itself is damaged (not busy, not missing).
bool isCorruptionCode(const QString &nativeCode) {
    return nativeCode == QLatin1String("11") /* SQLITE_CORRUPT */
           || nativeCode == QLatin1String("26") /* SQLITE_NOTADB */;
}
QHash<QString, QString> &processPresetSettings() {
    static QHash<QString, QString> values;
    return values;
}
} // namespace

Database::Database()
    : m_connectionName(
          QStringLiteral("opensteps-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
    , m_presetSettings(processPresetSettings()) {}

void Database::setProcessPresetSettings(const QHash<QString, QString> &values) {
    processPresetSettings() = values;
}

Database::~Database() {
    close();
}

void Database::close() {
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestVersion(const QList<Migration> &migrations) {
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

int Database::schemaVersion() const {
    QSqlQuery query(connection());
    if (!Sql::exec(query, QStringLiteral("PRAGMA user_version"), lcDatabase()) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Database::OpenResult Database::open(const QString &filePath, const QList<Migration> &migrations) {
    close();
    m_path = filePath;
    OpenResult result;
    result.status = Status::Ok;
    const int latest = latestVersion(migrations);

    // Look at an existing file read-only first: until we know it is healthy and not from a
    // newer OpenSteps, nothing may change it, not even a write-ahead-log checkpoint.
    const bool existed = QFile::exists(filePath);
    bool checkedWhole = !existed; // nothing to check in a new file
    if (existed) {
        QString detail;
        int version = -1;
        checkedWhole = wholeCheckDue();
        const Health health = inspect(checkedWhole, &detail, &version);
        if (health == Health::Unreadable)
            return {
                Status::CannotOpen, QStringLiteral("Cannot read %1: %2").arg(filePath, detail), {}};
        if (health == Health::Corrupt) {
            // Keep the damaged file for recovery by a technician; never delete learners' data.
            result.status = Status::RecoveredFromCorruption;
            result.movedAsidePath = moveAside(filePath);
            if (result.movedAsidePath.isEmpty())
                return {Status::CannotOpen,
                        QStringLiteral("%1 is damaged and could not be moved aside.").arg(filePath),
                        {}};
            result.message = QStringLiteral("The database %1 failed its integrity check (%2); it "
                                            "was moved to %3 and a new one started.")
                                 .arg(filePath, detail, result.movedAsidePath);
            qCWarning(lcDatabase).noquote() << result.message;
        } else if (version > latest) {
            return {Status::NewerSchema,
                    QStringLiteral("%1 was saved by a newer version of OpenSteps (data version "
                                   "%2; this version understands up to %3). Install the newer "
                                   "OpenSteps to use it. The file has not been changed.")
                        .arg(filePath)
                        .arg(version)
                        .arg(latest),
                    {}};
        }
    }

    QString error;
    if (!connect(false, &error) || !configure(&error)) {
        close();
        return {Status::CannotOpen, error, {}};
    }
    if (!migrate(migrations, &error)) {
        close();
        return {Status::MigrationFailed, error, {}};
    }
    // The note is read only for a large file (a small one is always checked whole); a new
    // file starts its day checked.
    if (!existed || (checkedWhole && !isSmall()))
        markChecked();
    return result;
}

bool Database::openReader(const QString &filePath) {
    close();
    m_path = filePath;
    QString error;
    if (connect(true, &error))
        return true;
    qCWarning(lcDatabase).noquote() << error;
    return false;
}

bool Database::isSmall() const {
    return QFileInfo(m_path).size() + QFileInfo(m_path + QLatin1String("-wal")).size() <
           m_checkPolicy.alwaysBelowBytes;
}

bool Database::wholeCheckDue() const {
    if (isSmall())
        return true;
    const QFileInfo log(m_path + QLatin1String("-wal"));
    if (log.exists() && log.size() > 0) // not closed cleanly (or open in another OpenSteps)
        return true;
    QFile stamp(m_path + QLatin1String(kCheckedSuffix));
    if (!stamp.open(QIODevice::ReadOnly))
        return true;
    const QDateTime checked =
        QDateTime::fromString(QString::fromLatin1(stamp.readAll().trimmed()), Qt::ISODate);
    const qint64 age = checked.isValid() ? checked.secsTo(QDateTime::currentDateTimeUtc()) : -1;
    return age < 0 || age >= m_checkPolicy.everySecs; // a clock set back checks too
}

void Database::markChecked() const {
    QSaveFile stamp(m_path + QLatin1String(kCheckedSuffix));
    if (!stamp.open(QIODevice::WriteOnly) ||
        stamp.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + '\n') < 0 ||
        !stamp.commit())
        qCWarning(lcDatabase) << "could not note the integrity check in" << stamp.fileName();
}

bool Database::connect(bool readOnly, QString *error) {
    { // the handle must be gone before close() can remove the connection
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        // Wait a little for another OpenSteps on this PC instead of failing at once.
        db.setConnectOptions(readOnly
                                 ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (db.open())
            return true;
        *error = QStringLiteral("Cannot open %1: %2").arg(m_path, db.lastError().text());
    }
    close();
    return false;
}

Database::Health Database::inspect(bool whole, QString *detail, int *version) {
    if (!connect(true, detail))
        return Health::Unreadable;
    const Health health = checkHealth(whole, detail);
    *version = schemaVersion();
    close();
    return health;
}

Database::Health Database::checkHealth(bool whole, QString *detail) {
    QSqlQuery query(connection());
    // Not the whole file: at least the schema, read from its pages, must be sound.
    if (!Sql::exec(query,
                   whole ? QStringLiteral("PRAGMA quick_check")
                         : QStringLiteral("SELECT 'ok' FROM (SELECT count(*) FROM sqlite_schema)"),
                   lcDatabase())) {
        *detail = query.lastError().text();
        return isCorruptionCode(query.lastError().nativeErrorCode()) ? Health::Corrupt
                                                                     : Health::Unreadable;
    }
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    if (findings == QStringList{QStringLiteral("ok")})
        return Health::Healthy;
    *detail = findings.join(QLatin1String("; "));
    return Health::Corrupt;
}

QString Database::moveAside(const QString &filePath) {
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = filePath + QLatin1String(".corrupt-") + stamp;
    if (!QFile::rename(filePath, target))
        return {};
    // The write-ahead log belongs to the damaged file; keep it beside it.
    QFile::remove(filePath + QLatin1String(kCheckedSuffix));
    for (const auto suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFile::exists(filePath + suffix))
            QFile::rename(filePath + suffix, target + suffix);
    }
    return target;
}

bool Database::configure(QString *error) {
    QSqlQuery query(connection());
    // Switching a new file to WAL needs it to itself for a moment, and SQLite does not wait for
    // that (the busy timeout does not apply): when another OpenSteps is opening the same new
    // file, try again shortly, for up to 5 seconds.
    const QString wal = QStringLiteral("PRAGMA journal_mode = WAL");
    bool walSet = query.exec(wal);
    for (int tries = 1; tries < 50 && !walSet; ++tries) {
        const QString code = query.lastError().nativeErrorCode();
        if (code != QLatin1String("5") && code != QLatin1String("6")) // SQLITE_BUSY, _LOCKED
            break;
        QThread::msleep(100);
        walSet = query.exec(wal);
    }
    // FULL sync: a completed step survives a power cut, not only a killed process.
    for (const QString &pragma :
         {walSet ? QString() : wal, QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA synchronous = FULL")}) {
        if (pragma.isEmpty())
            continue;
        if (!Sql::exec(query, pragma, lcDatabase())) {
            *error = QStringLiteral("Cannot set up %1 (%2): %3")
                         .arg(m_path, pragma, query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::migrate(const QList<Migration> &migrations, QString *error) {
    for (const Migration &migration : migrations) {
        if (migration.version <= schemaVersion())
            continue;
        // Another OpenSteps on this data folder may be starting too: BEGIN IMMEDIATE takes the
        // write lock first (waiting up to the busy timeout), then the version is read again, so
        // each migration runs once, whoever gets there first.
        QString failure;
        QSqlQuery query(connection());
        bool ok = Sql::exec(query, QStringLiteral("BEGIN IMMEDIATE"), lcDatabase());
        if (!ok)
            failure = query.lastError().text();
        const bool alreadyDone = ok && schemaVersion() >= migration.version;
        for (const QString &statement : alreadyDone ? QStringList() : migration.statements) {
            if (ok && !Sql::exec(query, statement, lcDatabase())) {
                failure = statement + QLatin1String(": ") + query.lastError().text();
                ok = false;
            }
        }
        // PRAGMA cannot take a bound parameter; the version is an int from our own table.
        if (ok && !alreadyDone &&
            !Sql::exec(query, QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                       lcDatabase())) {
            failure = query.lastError().text();
            ok = false;
        }
        if (ok && !Sql::exec(query, QStringLiteral("COMMIT"), lcDatabase())) {
            failure = query.lastError().text();
            ok = false;
        }
        if (!ok) {
            Sql::exec(query, QStringLiteral("ROLLBACK"), lcDatabase());
            *error = QStringLiteral("Could not update the saved data in %1 to version %2. Nothing "
                                    "was changed by this update. Details: %3")
                         .arg(m_path)
                         .arg(migration.version)
                         .arg(failure);
            qCCritical(lcDatabase).noquote() << *error;
            return false;
        }
        if (alreadyDone)
            qCInfo(lcDatabase) << "another OpenSteps migrated the database to version"
                               << migration.version;
        else
            qCInfo(lcDatabase) << "migrated database to version" << migration.version;
    }
    return true;
}

bool Database::inTransaction(const std::function<bool()> &work) {
    QSqlDatabase db = connection();
    // Inside another transaction, a savepoint: the inner work can fail alone, and nothing is
    // kept unless the outermost transaction commits.
    if (m_transactionDepth > 0) {
        const QString name = QStringLiteral("nested_%1").arg(m_transactionDepth);
        QSqlQuery query(db);
        if (!Sql::exec(query, QStringLiteral("SAVEPOINT ") + name, lcDatabase()))
            return false;
        ++m_transactionDepth;
        const bool ok = work();
        --m_transactionDepth;
        if (!ok)
            Sql::exec(query, QStringLiteral("ROLLBACK TO ") + name, lcDatabase());
        Sql::exec(query, QStringLiteral("RELEASE ") + name, lcDatabase());
        return ok;
    }
    if (!db.transaction())
        return false;
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

} // namespace OpenSteps
