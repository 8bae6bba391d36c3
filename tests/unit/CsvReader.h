// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV files read back by a real CSV parser (Python's csv module, strict), as a spreadsheet or an
// open-data portal would read them.
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

namespace OpenSteps {

// The rows of a CSV file as Python's csv module reads it (the byte-order mark taken off as
// Excel does), or an empty list if it cannot.
inline QList<QStringList> csvRows(const QString &path) {
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                 "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
                  path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning("csv reader: %s", python.readAllStandardError().constData());
        return {};
    }
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(python.readAllStandardOutput()).array())
        rows << row.toVariant().toStringList();
    return rows;
}

// One CSV's rows as column name -> value.
inline QList<QHash<QString, QString>> csvRecords(const QString &path) {
    const QList<QStringList> rows = csvRows(path);
    QList<QHash<QString, QString>> records;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QHash<QString, QString> record;
        for (qsizetype c = 0; c < rows.first().size(); ++c)
            record.insert(rows.first().at(c), rows.at(i).value(c));
        records << record;
    }
    return records;
}

} // namespace OpenSteps
