// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteRows.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace OpenSteps {

SqliteRows::SqliteRows(const QSqlDatabase &db, const QString &sql) {
    // Qt documents this way to its driver's handle (QSqlDriver::handle()).
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    const QByteArray utf8 = sql.toUtf8();
    if (!m_db || sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement,
                                    nullptr) != SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open");
        m_statement = nullptr;
    }
}

SqliteRows::~SqliteRows() {
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

void SqliteRows::bind(int index, qint64 value) {
    if (m_statement)
        sqlite3_bind_int64(m_statement, index, value);
}

bool SqliteRows::next() {
    if (!m_statement)
        return false;
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

qint64 SqliteRows::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteRows::text(int column) const {
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return {bytes, sqlite3_column_bytes(m_statement, column)};
}

} // namespace OpenSteps
