// SPDX-License-Identifier: GPL-3.0-or-later
// The check that keeps demo data out of a folder with real learners (or demo data already):
// the folder's database read read-only, so a folder refused is left exactly as it was.
#include "DemoData.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace OpenSteps::DemoData {

QString refusal(const QString &dataDir) {
    const QString dir = QDir(dataDir).absolutePath();
    const QString path = QDir(dir).filePath(QLatin1String(Database::kFileName));
    if (!QFile::exists(path))
        return {};
    const QString connection = QStringLiteral("demo-data-check");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        // Reading a WAL database creates its -wal and -shm files, unless it is opened as
        // immutable, which is exact while there is no -wal file (no app has it open, none
        // crashed with changes in it). With one, they exist already: read it the usual way.
        if (QFile::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            problem = QStringLiteral("Cannot read %1 (%2), so demo data is not added to it.")
                          .arg(path, db.lastError().text());
        } else {
            const QStringList tables = db.tables();
            QSqlQuery query(db);
            const auto count = [&](const char *table) -> qint64 {
                const QString name = QLatin1String(table);
                return tables.contains(name) &&
                               query.exec(QStringLiteral("SELECT count(*) FROM ") + name) &&
                               query.next()
                           ? query.value(0).toLongLong()
                           : 0;
            };
            const bool demo = tables.contains(QLatin1String("setting")) &&
                              query.exec(QStringLiteral("SELECT value FROM setting WHERE key = "
                                                        "'demo_data'")) &&
                              query.next() && query.value(0).toString() == QLatin1String("1");
            const qint64 learners = count("learner");
            const qint64 helpers = count("helper");
            const qint64 progress = count("lesson_progress");
            const qint64 statements = count("outbox");
            const qint64 events = count("outcome_event");
            if (demo && learners > 0)
                problem = QStringLiteral("%1 already holds demo data (%2 learners). Demo data is "
                                         "only added to an empty folder: give a new --data-dir, "
                                         "or delete this folder first. Nothing was changed.")
                              .arg(dir)
                              .arg(learners);
            else if (!demo && learners + helpers + progress + statements + events > 0)
                problem = QStringLiteral("%1 holds real data (%2 learners, %3 helpers, %4 lessons "
                                         "in progress, %5 outcome statements). Demo data is never "
                                         "mixed with real learners: give a new, empty "
                                         "--data-dir. Nothing was changed.")
                              .arg(dir)
                              .arg(learners)
                              .arg(helpers)
                              .arg(progress)
                              .arg(statements + events);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

} // namespace OpenSteps::DemoData
