// SPDX-License-Identifier: GPL-3.0-or-later
// The records (formats "records-csv" and "records-json"): one anonymised record per outcome
// event of the period, of the learners who still agree to share, marked "not for publication".
#include "OutcomeExportParts.h"

#include "Database.h"
#include "Logging.h"
#include "OutcomeEvent.h"
#include "Sql.h"
#include "SqliteRows.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace OpenSteps::OutcomeExport {

using namespace detail;

namespace {

// One event of a learner who shares, as the records show it.
struct Record {
    QString pseudonym, hub, event, date, item, tags, ageBand, district, language;
    QString answer, checkinOutcomes;
    int check = 0;
    bool assisted = false;
};

const QStringList &recordColumns() {
    static const QStringList columns = {QStringLiteral("publication"),
                                        QStringLiteral("pseudonym"),
                                        QStringLiteral("hub_id"),
                                        QStringLiteral("event"),
                                        QStringLiteral("date"),
                                        QStringLiteral("item"),
                                        QStringLiteral("framework_tags"),
                                        QStringLiteral("age_band"),
                                        QStringLiteral("postcode_district"),
                                        QStringLiteral("preferred_language"),
                                        QStringLiteral("skills_answer"),
                                        QStringLiteral("skills_check"),
                                        QStringLiteral("checkin_outcomes"),
                                        QStringLiteral("assisted")};
    return columns;
}

void appendCsvRecord(QByteArray &out, const Record &r, bool demo) {
    CsvLine line(out);
    if (demo)
        line << kDemoMarker;
    line << kNotForPublication << r.pseudonym << r.hub << r.event << r.date << r.item << r.tags
         << r.ageBand << r.district << r.language << r.answer;
    if (r.check > 0)
        line.number(r.check);
    else
        line << QString();
    line << r.checkinOutcomes;
    line.number(r.assisted ? 1 : 0);
    line.end();
}

void appendJsonRecord(QByteArray &out, const Record &r) {
    JsonMembers(out)
        .text("pseudonym", r.pseudonym)
        .text("hub_id", r.hub)
        .text("event", r.event)
        .text("date", r.date)
        .text("item", r.item)
        .list("framework_tags", r.tags)
        .text("age_band", r.ageBand)
        .text("postcode_district", r.district)
        .text("preferred_language", r.language)
        .text("skills_answer", r.answer)
        .raw("skills_check", r.check > 0 ? QByteArray::number(r.check) : QByteArrayView("null"))
        .list("checkin_outcomes", r.checkinOutcomes)
        .raw("assisted", r.assisted ? "true" : "false")
        .end();
}

// The start of the JSON file: everything but the records, which follow as "records":[...].
QByteArray jsonHead(const Source &source) {
    QJsonObject head{
        {QStringLiteral("format"), QStringLiteral("opensteps-records")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("not_for_publication"), true},
        {QStringLiteral("notice"),
         QStringLiteral("NOT FOR PUBLICATION. Anonymised records of the learners who agreed to "
                        "share their progress, for the programme's own analysis. Publish only "
                        "the aggregate figures, where small numbers are hidden.")},
        {QStringLiteral("demo_data"), source.demo},
        {QStringLiteral("hub_id"), source.hub.id},
        {QStringLiteral("hub_name"), source.hub.name},
        {QStringLiteral("period_start"), isoDate(source.period.from)},
        {QStringLiteral("period_end"), isoDate(source.period.to)}};
    if (source.demo)
        head.insert(QStringLiteral("demo_notice"), QLatin1String(kDemoMarker));
    QByteArray bytes = QJsonDocument(head).toJson(QJsonDocument::Compact);
    bytes.chop(1); // the closing brace: the records come next
    return bytes + ",\"records\":[\n";
}

} // namespace

Result writeRecords(Database &db, const Source &source, Format format, const QString &dir) {
    if (const QString problem = folderProblem(dir); !problem.isEmpty())
        return failed(problem);
    const bool json = format == Format::RecordsJson;
    WholeFile file(pathIn(dir, fileNameFor(source, format)));
    if (!file.isOpen())
        return failed(cannotWrite(file));
    QByteArray &out = file.buffer();
    if (json) {
        out += jsonHead(source);
    } else {
        out += kByteOrderMark;
        CsvLine line(out);
        if (source.demo)
            line << "demo_data";
        for (const QString &column : recordColumns())
            line << column;
        line.end();
    }

    // The learners whose records may go: only learners who agreed have events at all, and a
    // learner of this PC who has since said no is left out too (learner_id is NULL for
    // learners of other PCs, read from the LRS). Read once, not joined to every event.
    struct Person {
        QString pseudonym, ageBand, district, language;
    };
    QHash<qint64, Person> people;
    QSqlQuery persons = forwardQuery(db);
    if (!Sql::exec(
            persons,
            QStringLiteral(
                "SELECT p.id, p.pseudonym, p.age_band, p.district, p.language FROM report_person p"
                " LEFT JOIN learner l ON l.id = p.learner_id"
                " WHERE p.learner_id IS NULL OR l.share_consent = 1"),
            lcReports()))
        return cannotRead(persons.lastError().text());
    while (persons.next())
        people.insert(persons.value(0).toLongLong(),
                      {persons.value(1).toString(), persons.value(2).toString(),
                       persons.value(3).toString(), persons.value(4).toString()});
    persons.finish();

    // The period's events lie between two row ids (they are added as they happen, so in time
    // order, near enough): read in row order, one pass down the table. Following the time
    // index instead jumps about the table and took three times as long for a million events.
    QSqlQuery bounds = forwardQuery(db);
    bounds.prepare(
        QStringLiteral("SELECT min(id), max(id) FROM outcome_event WHERE at >= ? AND at < ?"));
    bounds.addBindValue(source.period.startSecs());
    bounds.addBindValue(source.period.endSecs());
    if (!Sql::exec(bounds, lcReports()) || !bounds.next())
        return cannotRead(bounds.lastError().text());
    const qint64 first = bounds.value(0).toLongLong(), last = bounds.value(1).toLongLong();
    bounds.finish();
    // A million rows: read through SQLite's API (SqliteRows), not a QVariant per value. Hubs,
    // lessons, tags and answers repeat, so each text becomes a string once; days and kind
    // names too. "+at": the time is checked, but not looked up by its index.
    SqliteRows rows(db.connection(),
                    QStringLiteral("SELECT person_id, kind, at, check_no, assisted, hub, item,"
                                   " tags, value FROM outcome_event WHERE id BETWEEN ?1 AND ?2"
                                   " AND +at >= ?3 AND +at < ?4 AND person_id IS NOT NULL"
                                   " ORDER BY id"));
    rows.bind(1, first);
    rows.bind(2, last);
    rows.bind(3, source.period.startSecs());
    rows.bind(4, source.period.endSecs());
    QHash<QByteArray, QString> texts;
    const auto textOf = [&](int column) {
        const QByteArrayView bytes = rows.text(column);
        auto known = texts.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (known == texts.cend()) {
            if (texts.size() > 100000) // not repeating after all: keep memory bounded
                texts.clear();
            known = texts.insert(bytes.toByteArray(), QString::fromUtf8(bytes));
        }
        return *known;
    };
    QHash<qint64, QString> days;
    QHash<int, QString> kinds;
    Record r;
    qint64 count = 0;
    while (rows.next()) {
        file.rowDone();
        const auto person = people.constFind(rows.integer(0));
        if (person == people.cend())
            continue;
        r.pseudonym = person->pseudonym;
        r.ageBand = person->ageBand;
        r.district = person->district;
        r.language = person->language;
        const int kind = int(rows.integer(1));
        auto name = kinds.find(kind);
        if (name == kinds.end())
            name = kinds.insert(kind, OutcomeEvent::kindName(OutcomeEvent::Kind(kind)));
        r.event = *name;
        const qint64 day = rows.integer(2) / 86400;
        auto date = days.find(day);
        if (date == days.end())
            date = days.insert(day, isoDate(QDate::fromJulianDay(kJulianDay1970 + day)));
        r.date = *date;
        const bool answer = kind == int(OutcomeEvent::Kind::SkillsAnswer);
        r.check = answer ? int(rows.integer(3)) : 0;
        r.assisted = rows.integer(4) != 0;
        r.hub = textOf(5);
        r.item = textOf(6);
        r.tags = textOf(7);
        const QString value = textOf(8);
        r.answer = answer ? value : QString();
        r.checkinOutcomes = kind == int(OutcomeEvent::Kind::Checkin) ? value : QString();
        if (!json) {
            appendCsvRecord(out, r, source.demo);
        } else {
            if (count > 0)
                out += ",\n";
            appendJsonRecord(out, r);
        }
        ++count;
    }
    if (!rows.error().isEmpty())
        return cannotRead(rows.error());
    if (json)
        out += (count > 0 ? "\n],\"count\":" : "],\"count\":") + QByteArray::number(count) + "}\n";
    return committed(file, count);
}

} // namespace OpenSteps::OutcomeExport
