// SPDX-License-Identifier: GPL-3.0-or-later
// The database: migrations from every version, rollback, newer-schema refusal, corruption.
#include "Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenSteps;

namespace {

QList<Migration> migrationsUpTo(int version) {
    QList<Migration> list;
    for (const Migration &m : schemaMigrations()) {
        if (m.version <= version)
            list << m;
    }
    return list;
}

QByteArray fileHash(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool exec(Database &db, const QString &sql) {
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

QVariant scalar(Database &db, const QString &sql) {
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Writes a learner with progress in the shape of schema `version`.
void addFixture(Database &db, int version) {
    if (version < 1)
        return;
    QVERIFY(exec(db, QStringLiteral("INSERT INTO learner (id, name, avatar, created_at)"
                                    " VALUES (7, 'Amina', 'cat', '2026-01-02T10:00:00.000Z')")));
    QVERIFY(exec(db, QStringLiteral("INSERT INTO lesson_progress VALUES (7, 'lesson-a',"
                                    " '2026-01-02T10:01:00.000Z', '2026-01-02T10:05:00.000Z',"
                                    " NULL)")));
    QVERIFY(exec(db, QStringLiteral("INSERT INTO step_progress VALUES (7, 'lesson-a', 'step-1',"
                                    " '2026-01-02T10:02:00.000Z')")));
    if (version >= 7) // a statement waiting for the LRS, kept through the outbox's rebuild
        QVERIFY(exec(db, QStringLiteral("INSERT INTO outbox (id, learner_id, statement, created_at)"
                                        " VALUES ('s-1', 7, '{}', '2026-01-02T10:05:00.000Z')")));
}

// A real database of many pages, all in the file (none left in the write-ahead log).
bool fillWithRows(Database &db) {
    addFixture(db, Database::latestVersion());
    for (int i = 0; i < 200; ++i) {
        if (!exec(db, QStringLiteral("INSERT INTO setting VALUES ('k%1', '%2')")
                          .arg(i)
                          .arg(QString(200, QLatin1Char('x')))))
            return false;
    }
    return exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace

class DatabaseTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void upgradesFromEveryEarlierVersion_data() {
        QTest::addColumn<int>("fromVersion");
        for (int v = 0; v <= Database::latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void upgradesFromEveryEarlierVersion() {
        QFETCH(int, fromVersion);
        const QString path = m_dir.filePath(QStringLiteral("upgrade-%1.sqlite").arg(fromVersion));
        {
            Database old;
            QVERIFY(old.open(path, migrationsUpTo(fromVersion)).usable());
            QCOMPARE(old.schemaVersion(), fromVersion);
            addFixture(old, fromVersion);
        }
        Database db;
        const auto result = db.open(path);
        QCOMPARE(result.status, Database::Status::Ok);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        if (fromVersion >= 1) {
            // The learner and their progress survive every upgrade.
            QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM learner WHERE id = 7")).toString(),
                     QStringLiteral("Amina"));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM step_progress")).toInt(), 1);
            // Version 2 columns are filled in for old rows.
            QCOMPARE(scalar(db, QStringLiteral("SELECT language FROM learner")).toString(),
                     QStringLiteral("en"));
            // Version 6: an existing learner has no PIN yet (chosen at the next sign-in).
            QVERIFY(scalar(db, QStringLiteral("SELECT pin_kind FROM learner")).isNull());
            QCOMPARE(scalar(db, QStringLiteral("SELECT failed_tries FROM learner")).toInt(), 0);
        }
        if (fromVersion >= 7) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT learner_id || state FROM outbox"
                                               " WHERE id = 's-1'"))
                         .toString(),
                     QStringLiteral("7pending"));
        }
        if (fromVersion == 1) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT last_seen_at FROM learner")).toString(),
                     QStringLiteral("2026-01-02T10:00:00.000Z"));
        }
        QVERIFY(exec(db, QStringLiteral("INSERT INTO learner (name, avatar, created_at)"
                                        " VALUES ('New', 'sun', 'now')")));
    }

    void signInTablesRefuseBadRows() {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("checks.sqlite"))).usable());
        QVERIFY(exec(db, QStringLiteral("INSERT INTO learner (id, name, avatar, created_at)"
                                        " VALUES (1, 'Amina', 'cat', 'now')")));
        QVERIFY(!exec(db, QStringLiteral("UPDATE learner SET pin_kind = 'password'")));
        QVERIFY(!exec(db, QStringLiteral("INSERT INTO learner_setting VALUES (2, 'theme', 'x')")));
        const auto addHelper = [&db](const char *name, const char *role) {
            return exec(db, QStringLiteral("INSERT INTO helper (name, role, pass_hash, pass_salt,"
                                           " pass_iterations, created_at)"
                                           " VALUES ('%1', '%2', x'00', x'00', 1, 'now')")
                                .arg(QLatin1String(name), QLatin1String(role)));
        };
        QVERIFY(addHelper("Anna", "staff"));
        QVERIFY(!addHelper("ANNA", "staff"));
        QVERIFY(!addHelper("  ", "staff"));
        QVERIFY(!addHelper("Ben", "admin"));
    }

    void usesWalAndForeignKeys() {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("pragmas.sqlite"))).usable());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // A foreign key really is enforced: progress for a learner who does not exist fails.
        QVERIFY(!exec(db, QStringLiteral("INSERT INTO lesson_progress VALUES (99, 'x', 'a', 'b',"
                                         " NULL)")));
    }

    void failedMigrationRollsBack_data() {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("first statement fails") << QStringList{QStringLiteral("NOT SQL AT ALL")};
        QTest::newRow("last statement fails") << QStringList{
            QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
            QStringLiteral(
                "INSERT INTO learner (name, avatar, created_at) VALUES ('x', 'sun', 'now')"),
            QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y TEXT")};
    }

    void failedMigrationRollsBack() {
        QFETCH(QStringList, statements);
        const QString path =
            m_dir.filePath(QStringLiteral("rollback-%1.sqlite")
                               .arg(QString::fromLatin1(QTest::currentDataTag()).size()));
        QList<Migration> broken = schemaMigrations();
        const int badVersion = Database::latestVersion() + 1;
        broken.append({badVersion, statements});
        {
            Database db;
            const auto result = db.open(path, broken);
            QCOMPARE(result.status, Database::Status::MigrationFailed);
            QVERIFY2(result.message.contains(QString::number(badVersion)),
                     qPrintable(result.message));
            QVERIFY(result.message.contains(QLatin1String("Nothing was changed")));
        }
        Database db;
        QCOMPARE(db.open(path).status, Database::Status::Ok);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name ="
                                          " 'half_done'"))
                    .toInt() == 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM learner")).toInt(), 0);
    }

    void refusesNewerSchemaAndLeavesItUntouched_data() {
        QTest::addColumn<bool>("withWriteAheadLog");
        QTest::newRow("cleanly closed") << false;
        QTest::newRow("left with its write-ahead log") << true;
    }

    void refusesNewerSchemaAndLeavesItUntouched() {
        QFETCH(bool, withWriteAheadLog);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("opensteps.sqlite"));
        {
            const QString source = dir.filePath(QStringLiteral("writer.sqlite"));
            Database writer;
            QVERIFY(writer.open(source).usable());
            QVERIFY(exec(writer, QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(exec(writer, QStringLiteral("PRAGMA user_version = 99")));
            addFixture(writer, Database::latestVersion());
            if (!withWriteAheadLog)
                QVERIFY(exec(writer, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            // Copy while the writer is still open: what a newer OpenSteps that crashed leaves.
            QVERIFY(QFile::copy(source, path));
            if (withWriteAheadLog)
                QVERIFY(QFile::copy(source + QLatin1String("-wal"), path + QLatin1String("-wal")));
        }
        const QByteArray before = fileHash(path);
        const QByteArray walBefore = fileHash(path + QLatin1String("-wal"));
        Database db;
        const auto result = db.open(path);
        QCOMPARE(result.status, Database::Status::NewerSchema);
        QVERIFY2(result.message.contains(QLatin1String("newer version of OpenSteps")),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("has not been changed")));
        QVERIFY(!result.usable());
        QCOMPARE(fileHash(path), before);
        if (withWriteAheadLog) // unsaved changes of the newer version are kept as they were
            QCOMPARE(fileHash(path + QLatin1String("-wal")), walBefore);
        else // SQLite may leave an empty log beside a WAL-mode file it only read
            QCOMPARE(QFileInfo(path + QLatin1String("-wal")).size(), 0);
    }

    void corruptDatabaseIsMovedAsideAndFreshOneStarts_data() {
        QTest::addColumn<bool>("startFromRealDatabase");
        QTest::newRow("not a database at all") << false;
        QTest::newRow("damaged pages in a real database") << true;
    }

    void corruptDatabaseIsMovedAsideAndFreshOneStarts() {
        QFETCH(bool, startFromRealDatabase);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("opensteps.sqlite"));
        if (startFromRealDatabase) {
            Database db;
            QVERIFY(db.open(path).usable());
            QVERIFY(fillWithRows(db));
        }
        {
            QFile file(path);
            QVERIFY(file.open(startFromRealDatabase ? QIODevice::ReadWrite : QIODevice::WriteOnly));
            if (startFromRealDatabase) {
                QVERIFY(file.size() > 8192);
                file.seek(4096); // page 2 onwards: the tables' own pages
                file.write(QByteArray(file.size() - 4096, '\xAB'));
            } else {
                file.write("These are someone's notes, not an OpenSteps database.\n");
            }
        }
        const QByteArray damaged = fileHash(path);

        Database db;
        const auto result = db.open(path);
        QCOMPARE(result.status, Database::Status::RecoveredFromCorruption);
        QVERIFY(result.usable());
        // The damaged file is kept, byte for byte, beside the fresh one.
        QVERIFY(result.movedAsidePath.startsWith(path + QLatin1String(".corrupt-")));
        QCOMPARE(fileHash(result.movedAsidePath), damaged);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM learner")).toInt(), 0);
    }

    // A large file is read whole at opening only when a check is due: after an unclean
    // shutdown, or a day after the last whole check. Otherwise damage deep in a table shows
    // when that table is read, not at opening (the price of starting in seconds, not minutes).
    void largeFileIsCheckedWholeWhenDue_data() {
        QTest::addColumn<qint64>("checkedSecsAgo"); // -1: never noted
        QTest::addColumn<bool>("uncleanShutdown");
        QTest::addColumn<bool>("checkedWhole");
        QTest::newRow("checked an hour ago, closed cleanly") << qint64(3600) << false << false;
        QTest::newRow("checked two days ago") << qint64(2 * 86400) << false << true;
        QTest::newRow("never checked") << qint64(-1) << false << true;
        QTest::newRow("note from the future: clock set back") << qint64(-86400) << false << true;
        QTest::newRow("checked an hour ago, then killed") << qint64(3600) << true << true;
    }
    void largeFileIsCheckedWholeWhenDue() {
        QFETCH(qint64, checkedSecsAgo);
        QFETCH(bool, uncleanShutdown);
        QFETCH(bool, checkedWhole);
        QTemporaryDir dir;
        const QString made = dir.filePath(QStringLiteral("made.sqlite"));
        const QString path = dir.filePath(QStringLiteral("opensteps.sqlite"));
        {
            Database db;
            QVERIFY(db.open(made).usable());
            QVERIFY(fillWithRows(db));
            if (uncleanShutdown) { // the file and its log as a killed process leaves them
                QVERIFY(exec(db, QStringLiteral("INSERT INTO learner (name, avatar, created_at)"
                                                " VALUES ('Late', 'owl', '2026-11-26')")));
                QVERIFY(QFile::copy(made + QLatin1String("-wal"), path + QLatin1String("-wal")));
                QVERIFY(QFileInfo(path + QLatin1String("-wal")).size() > 0);
            }
            QVERIFY(QFile::copy(made, path));
        }
        QFile stamp(path + QLatin1String(Database::kCheckedSuffix));
        if (checkedSecsAgo != -1) {
            QVERIFY(stamp.open(QIODevice::WriteOnly));
            stamp.write(QDateTime::currentDateTimeUtc()
                            .addSecs(-checkedSecsAgo)
                            .toString(Qt::ISODate)
                            .toLatin1());
            stamp.close();
        }
        { // the settings' pages, last in the file, damaged
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.size() - 8 * 4096);
            file.write(QByteArray(8 * 4096, '\xAB'));
        }

        Database db;
        db.setCheckPolicy({0, 86400}); // every file counts as large
        const auto result = db.open(path);
        QVERIFY(result.usable());
        QCOMPARE(result.status == Database::Status::RecoveredFromCorruption, checkedWhole);
        if (checkedWhole) // the fresh file starts its day
            QVERIFY(QFile::exists(path + QLatin1String(Database::kCheckedSuffix)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
