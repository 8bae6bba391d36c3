// SPDX-License-Identifier: GPL-3.0-or-later
// The inside of OutcomeExport, shared by its formats and by nothing else: a file written whole
// or not at all, the CSV and JSON text every format writes, and the results and messages of a
// write. OutcomeExport.cpp has the names and the writing, OutcomeExportText.cpp the text.
#pragma once

#include "OutcomeExport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QSaveFile>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace OpenSteps {

class Database;

namespace OutcomeExport::detail {

// A file written whole or not at all: rows are gathered in memory and handed to a QSaveFile a
// megabyte at a time; nothing appears under the real name until commit() succeeds.
class WholeFile {
public:
    explicit WholeFile(const QString &path);
    bool isOpen() const { return m_ok; }
    QByteArray &buffer() { return m_buffer; }
    // After each row: writes out a full chunk.
    void rowDone() {
        if (m_buffer.size() >= kChunk)
            flush();
    }
    bool commit();
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

private:
    static constexpr qsizetype kChunk = 1 << 20;
    void flush();
    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

// --- Text (OutcomeExportText.cpp) --------------------------------------------------------

inline const QByteArray kByteOrderMark("\xEF\xBB\xBF");
inline constexpr qint64 kJulianDay1970 = 2440588; // QDate's Julian day of 1970-01-01

// Appends `text` as UTF-8 straight into `out`, with no string in between (a million rows).
void appendUtf8(QByteArray &out, QStringView text);
// RFC 4180: a field holding a comma, a quote, CR or LF is quoted, its quotes doubled.
void appendCsvField(QByteArray &out, QStringView field);
// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
void appendJsonString(QByteArray &out, QStringView text);

// Fields in order, comma separated, ending in CRLF (RFC 4180's line end, which Excel expects).
class CsvLine {
public:
    explicit CsvLine(QByteArray &out)
        : m_out(out) {}
    CsvLine &operator<<(const QString &field);
    CsvLine &operator<<(const char *field) { return *this << QString::fromUtf8(field); }
    // A bare number (never quoted): a spreadsheet reads it as a number.
    CsvLine &number(qint64 value);
    void end();

private:
    void separate();
    QByteArray &m_out;
    bool m_first = true;
};

// The members of one JSON object, in order: {"key":value,...}. Empty text is null; a
// comma-separated list becomes an array of strings.
class JsonMembers {
public:
    explicit JsonMembers(QByteArray &out);
    JsonMembers &text(const char *key, const QString &value);
    JsonMembers &list(const char *key, const QString &commaSeparated);
    JsonMembers &raw(const char *key, QByteArrayView json);
    void end() { m_out += '}'; }

private:
    void key(const char *name);
    QByteArray &m_out;
    bool m_first = true;
};

// Text staff type (the hub's name) could start like a spreadsheet formula; a leading
// apostrophe makes Excel and LibreOffice show it as text instead of running it.
QString spreadsheetSafe(const QString &text);
// 12 -> "12", 42.5 -> "42.5": one decimal at most, a dot whatever the locale.
QString numberText(double value);
QString isoDate(const QDate &date);

// --- Writing (OutcomeExport.cpp) ---------------------------------------------------------

Result failed(const QString &error);
Result written(const QStringList &files, qint64 rows);
// The messages staff may read on the dashboard are translated there (the command line has no
// translator, so prints them in English).
QString cannotWrite(const WholeFile &file);
Result cannotRead(const QString &detail);
QString pathIn(const QString &dir, const QString &name);
QSqlQuery forwardQuery(Database &db);
// Commits the file written with `rows` rows: the whole file, or none and the reason.
Result committed(WholeFile &file, qint64 rows);
// Runs the prepared `query`, hands each row to `row`, then commits the file.
Result writeRows(WholeFile &file, QSqlQuery &query,
                 const std::function<void(const QSqlQuery &)> &row);

} // namespace OutcomeExport::detail
} // namespace OpenSteps
