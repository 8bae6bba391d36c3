// SPDX-License-Identifier: GPL-3.0-or-later
// The xAPI export (format "xapi"): this PC's statements made in the period, as JSON Lines for
// any LRS, leaving out those withdrawn or voided by a later statement here.
#include "OutcomeExportParts.h"

#include "XapiStatement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <QVariant>

namespace OpenSteps::OutcomeExport {

using namespace detail;

Result writeXapi(Database &db, const Source &source, const QString &dir) {
    if (const QString problem = folderProblem(dir); !problem.isEmpty())
        return failed(problem);
    WholeFile file(pathIn(dir, fileNameFor(source, Format::Xapi)));
    if (!file.isOpen())
        return failed(cannotWrite(file));
    QByteArray &out = file.buffer();
    // Outbox times are UTC ISO text with milliseconds, so text order is time order. A
    // statement a later one here voids (its learner deleted their data) is left out; the
    // voiding statement goes, for an LRS that has the original already.
    const auto iso = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    };
    QSqlQuery query = forwardQuery(db);
    query.prepare(
        QStringLiteral("SELECT statement FROM outbox WHERE state <> 'withdrawn'"
                       " AND created_at >= ? AND created_at < ?"
                       " AND id NOT IN (SELECT json_extract(statement, '$.object.id') FROM outbox"
                       "  WHERE statement LIKE '%expapi/verbs/voided%'"
                       "  AND json_extract(statement, '$.verb.id') = ?"
                       "  AND json_extract(statement, '$.object.id') IS NOT NULL)"
                       " ORDER BY created_at, rowid"));
    query.addBindValue(iso(source.period.startSecs()));
    query.addBindValue(iso(source.period.endSecs()));
    query.addBindValue(QLatin1String(Xapi::kVerbVoided));
    return writeRows(file, query, [&](const QSqlQuery &query) {
        const QByteArray line = query.value(0).toString().toUtf8();
        // Stored compact, so one line; anything else is made so.
        out += line.contains('\n') ? QJsonDocument::fromJson(line).toJson(QJsonDocument::Compact)
                                   : line;
        out += '\n';
    });
}

} // namespace OpenSteps::OutcomeExport
