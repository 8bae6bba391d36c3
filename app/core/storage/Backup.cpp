// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "Database.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>

#include <cstdio>
#include <sqlite3.h>

namespace OpenSteps {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The whole source, in one step: one read transaction, so the copy is of one moment even
// while others write (WAL lets them go on meanwhile).
QString copyInto(sqlite3 *source, const QString &path) {
    sqlite3 *target = nullptr;
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(target);
        return QStringLiteral("cannot write %1").arg(path);
    }
    QString problem;
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) {
        problem = QString::fromUtf8(sqlite3_errmsg(target));
    } else {
        int status = SQLITE_OK;
        // Busy or locked only while another connection holds a write lock on a non-WAL file.
        for (int tries = 0; tries < 50; ++tries) {
            status = sqlite3_backup_step(backup, -1);
            if (status != SQLITE_BUSY && status != SQLITE_LOCKED)
                break;
            sqlite3_sleep(100);
        }
        sqlite3_backup_finish(backup);
        if (status != SQLITE_DONE)
            problem = QString::fromUtf8(sqlite3_errstr(status));
    }
    if (problem.isEmpty()) { // the copy is one file (no -wal), and whole
        sqlite3_stmt *check = nullptr;
        const bool ok =
            sqlite3_exec(target, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) ==
                SQLITE_OK &&
            sqlite3_prepare_v2(target, "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK &&
            sqlite3_step(check) == SQLITE_ROW &&
            qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)), "ok") == 0;
        sqlite3_finalize(check);
        if (!ok)
            problem = QStringLiteral("the copy did not pass SQLite's check");
    }
    sqlite3_close(target);
    return problem;
}

} // namespace

QString Backup::copy(const Database &db, const QString &target) {
    sqlite3 *source = handleOf(db.connection());
    if (!source)
        return QStringLiteral("The database is not open.");
    const QFileInfo info(target);
    if (info.isDir())
        return QStringLiteral("%1 is a folder: give the name of the backup file.").arg(target);
    if (QFileInfo(info.absoluteFilePath()) == QFileInfo(db.path()))
        return QStringLiteral("That is the database itself: choose another file.");
    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    const QString problem = copyInto(source, partial);
    if (!problem.isEmpty()) {
        QFile::remove(partial);
        qCWarning(lcDatabase).noquote() << "backup to" << target << "failed:" << problem;
        return QStringLiteral("The backup could not be made: %1.").arg(problem);
    }
    // Replaces an older backup only now: in one go where the system can (POSIX rename); where
    // it cannot (Windows keeps an existing file), the old one goes first.
    const QString final = info.absoluteFilePath();
    const bool moved = std::rename(QFile::encodeName(partial).constData(),
                                   QFile::encodeName(final).constData()) == 0 ||
                       (QFile::remove(final) && QFile::rename(partial, final));
    if (!moved) {
        QFile::remove(partial);
        return QStringLiteral("The backup could not be saved as %1.").arg(target);
    }
    qCInfo(lcDatabase).noquote() << "backed up to" << target;
    return {};
}

} // namespace OpenSteps
