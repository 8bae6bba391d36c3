// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace OpenSteps {

// The rows of one SELECT on a Qt connection, read through SQLite's own API: text as the
// UTF-8 it is stored in and numbers as numbers, with no QVariant or QString per value. For
// exports of a million rows, where Qt SQL's conversions took most of the time. The
// connection must be Qt's SQLite driver (the app's only one), which shares this SQLite.
class SqliteRows {
public:
    SqliteRows(const QSqlDatabase &db, const QString &sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    void bind(int index, qint64 value); // index from 1, as in SQL's ?1
    bool next();                        // false at the end, or on an error (error() says)
    qint64 integer(int column) const;
    QByteArrayView text(int column) const; // valid until the next next()
    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace OpenSteps
