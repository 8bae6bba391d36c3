// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace OpenSteps::Sql {

namespace {
bool logged(bool worked, const QSqlQuery &query, const QLoggingCategory &area) {
    if (!worked)
        qCWarning(area).noquote() << "statement failed:" << query.lastQuery() << "--"
                                  << query.lastError().text();
    return worked;
}
} // namespace

bool exec(QSqlQuery &query, const QLoggingCategory &area) {
    return logged(query.exec(), query, area);
}

bool exec(QSqlQuery &query, const QString &sql, const QLoggingCategory &area) {
    return logged(query.exec(sql), query, area);
}

} // namespace OpenSteps::Sql
