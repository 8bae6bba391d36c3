// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

class QSqlQuery;

// The one way the core runs a QSqlQuery (big exports read through SQLite itself: SqliteRows):
// a failure is never a silent false, it is logged with the statement and SQLite's reason under
// the area's category (Logging.h).
namespace OpenSteps::Sql {

// Runs the prepared `query`.
bool exec(QSqlQuery &query, const QLoggingCategory &area);
// Runs `sql` on `query`'s connection.
bool exec(QSqlQuery &query, const QString &sql, const QLoggingCategory &area);

} // namespace OpenSteps::Sql
