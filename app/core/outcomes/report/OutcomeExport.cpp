// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeExport.h"

#include "Database.h"
#include "OutcomeEvent.h"
#include "SettingsStore.h"
#include "SqliteRows.h"
#include "XapiStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QStringTokenizer>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <functional>

namespace OpenSteps::OutcomeExport {

namespace {

struct FormatInfo {
    Format format;
    const char *name;
};
constexpr FormatInfo kFormats[] = {{Format::AggregateCsv, "csv"},
                                   {Format::RecordsCsv, "records-csv"},
                                   {Format::RecordsJson, "records-json"},
                                   {Format::Xapi, "xapi"},
                                   {Format::Pdf, "pdf"}};

// A file written whole or not at all: rows are gathered in memory and handed to a QSaveFile a
// megabyte at a time; nothing appears under the real name until commit() succeeds.
class WholeFile {
public:
    explicit WholeFile(const QString &path)
        : m_file(path) {
        m_ok = m_file.open(QIODevice::WriteOnly);
        m_buffer.reserve(kChunk + 4096);
    }
    bool isOpen() const { return m_ok; }
    QByteArray &buffer() { return m_buffer; }
    // After each row: writes out a full chunk.
    void rowDone() {
        if (m_buffer.size() >= kChunk)
            flush();
    }
    bool commit() {
        flush();
        return m_ok && m_file.commit();
    }
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

private:
    static constexpr qsizetype kChunk = 1 << 20;
    void flush() {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.resize(0); // keeps its capacity for the next chunk
    }
    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

// Appends `text` as UTF-8 straight into `out`, with no string in between (a million rows).
void appendUtf8(QByteArray &out, QStringView text) {
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype start = out.size();
    out.resize(start + encoder.requiredSpace(text.size()));
    out.truncate(encoder.appendToBuffer(out.data() + start, text) - out.constData());
}

// RFC 4180: a field holding a comma, a quote, CR or LF is quoted, its quotes doubled.
void appendCsvField(QByteArray &out, QStringView field) {
    const auto special = [](QChar c) { return c == u',' || c == u'"' || c == u'\r' || c == u'\n'; };
    if (std::none_of(field.begin(), field.end(), special)) {
        appendUtf8(out, field);
        return;
    }
    out += '"';
    for (qsizetype from = 0, quote; from <= field.size(); from = quote + 1) {
        quote = field.indexOf(u'"', from);
        if (quote < 0)
            quote = field.size();
        appendUtf8(out, field.sliced(from, quote - from));
        if (quote < field.size())
            out += "\"\"";
    }
    out += '"';
}

// Fields in order, comma separated, ending in CRLF (RFC 4180's line end, which Excel expects).
class CsvLine {
public:
    explicit CsvLine(QByteArray &out)
        : m_out(out) {}
    CsvLine &operator<<(const QString &field) {
        separate();
        appendCsvField(m_out, field);
        return *this;
    }
    CsvLine &operator<<(const char *field) { return *this << QString::fromUtf8(field); }
    // A bare number (never quoted): a spreadsheet reads it as a number.
    CsvLine &number(qint64 value) {
        separate();
        m_out += QByteArray::number(value);
        return *this;
    }
    void end() {
        m_out += "\r\n";
        m_first = true;
    }

private:
    void separate() {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }
    QByteArray &m_out;
    bool m_first = true;
};

const QByteArray kByteOrderMark("\xEF\xBB\xBF");
constexpr qint64 kJulianDay1970 = 2440588; // QDate's Julian day of 1970-01-01

// Text staff type (the hub's name) could start like a spreadsheet formula; a leading
// apostrophe makes Excel and LibreOffice show it as text instead of running it.
QString spreadsheetSafe(const QString &text) {
    static const QString starts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && starts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

// 12 -> "12", 42.5 -> "42.5": one decimal at most, a dot whatever the locale.
QString numberText(double value) {
    return value == std::floor(value) ? QString::number(qint64(value))
                                      : QString::number(value, 'f', 1);
}

QString isoDate(const QDate &date) {
    return date.toString(Qt::ISODate);
}

// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
void appendJsonString(QByteArray &out, QStringView text) {
    out += '"';
    qsizetype run = 0; // start of the characters not yet written
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        appendUtf8(out, text.sliced(run, i - run));
        run = i + 1;
        if (c == u'"' || c == u'\\') {
            out += '\\';
            out += char(c);
        } else {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    appendUtf8(out, text.sliced(run));
    out += '"';
}

// The members of one JSON object, in order: {"key":value,...}. Empty text is null; a
// comma-separated list becomes an array of strings.
class JsonMembers {
public:
    explicit JsonMembers(QByteArray &out)
        : m_out(out) {
        m_out += '{';
    }
    JsonMembers &text(const char *key, const QString &value) {
        if (value.isEmpty())
            return raw(key, "null");
        this->key(key);
        appendJsonString(m_out, value);
        return *this;
    }
    JsonMembers &list(const char *key, const QString &commaSeparated) {
        this->key(key);
        m_out += '[';
        if (!commaSeparated.isEmpty()) {
            bool first = true; // tokens, not split(): no list made for every record
            for (const QStringView item : QStringTokenizer{commaSeparated, u','}) {
                if (!first)
                    m_out += ',';
                first = false;
                appendJsonString(m_out, item);
            }
        }
        m_out += ']';
        return *this;
    }
    JsonMembers &raw(const char *key, QByteArrayView json) {
        this->key(key);
        m_out.append(json);
        return *this;
    }
    void end() { m_out += '}'; }

private:
    void key(const char *name) {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }
    QByteArray &m_out;
    bool m_first = true;
};

Result failed(const QString &error) {
    Result result;
    result.error = error;
    return result;
}

Result written(const QStringList &files, qint64 rows) {
    Result result;
    result.ok = true;
    result.files = files;
    result.rows = rows;
    return result;
}

// The messages staff may read on the dashboard are translated there (the command line has no
// translator, so prints them in English).
QString cannotWrite(const WholeFile &file) {
    //: Saving outcome figures failed: %1 is the file, %2 the computer's reason (in English)
    return QCoreApplication::translate("OutcomeExport",
                                       "Could not write %1: %2. No file was left behind.")
        .arg(QDir::toNativeSeparators(file.path()), file.errorString());
}

Result cannotRead(const QString &detail) {
    //: Saving outcome figures failed: the saved outcomes could not be read; %1 is SQLite's reason
    return failed(
        QCoreApplication::translate("OutcomeExport",
                                    "Could not read the saved outcomes: %1. No file was written.")
            .arg(detail));
}

QString pathIn(const QString &dir, const QString &name) {
    return QDir(QFileInfo(dir).absoluteFilePath()).filePath(name);
}

QSqlQuery forwardQuery(Database &db) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    return query;
}

// Commits the file written with `rows` rows: the whole file, or none and the reason.
Result committed(WholeFile &file, qint64 rows) {
    if (!file.commit())
        return failed(cannotWrite(file));
    return written({file.path()}, rows);
}

// Runs the prepared `query`, hands each row to `row`, then commits the file.
Result writeRows(WholeFile &file, QSqlQuery &query,
                 const std::function<void(const QSqlQuery &)> &row) {
    const auto unreadable = [&] { return cannotRead(query.lastError().text()); };
    if (!query.exec())
        return unreadable();
    qint64 count = 0;
    for (; query.next(); ++count) {
        row(query);
        file.rowDone();
    }
    if (query.lastError().isValid())
        return unreadable();
    return committed(file, count);
}

} // namespace

QString folderProblem(const QString &dir) {
    const QFileInfo info(dir);
    if (!info.exists())
        //: Saving outcome figures: the folder chosen is missing; %1 is the folder
        return QCoreApplication::translate(
                   "OutcomeExport",
                   "The folder %1 does not exist. Make it first, or choose another.")
            .arg(QDir::toNativeSeparators(dir));
    if (!info.isDir())
        //: Saving outcome figures: a file was given where a folder was needed; %1 is its name
        return QCoreApplication::translate(
                   "OutcomeExport",
                   "%1 is a file, not a folder. Give the folder the export should go in.")
            .arg(QDir::toNativeSeparators(dir));
    return {};
}

QStringList formatNames() {
    QStringList names;
    for (const FormatInfo &info : kFormats)
        names << QLatin1String(info.name);
    return names;
}

std::optional<Format> formatNamed(const QString &name) {
    for (const FormatInfo &info : kFormats) {
        if (name == QLatin1String(info.name))
            return info.format;
    }
    return std::nullopt;
}

Source Source::fromSettings(const SettingsStore &settings, const ReportPeriod &period) {
    Source source;
    source.hub = HubIdentity::fromSettings(settings);
    // The id goes into file names: only one that staff could have saved is used.
    if (source.hub.id.isEmpty() || !HubIdentity::idProblem(source.hub.id).isEmpty())
        source.hub.id = QLatin1String(kUnnamedHub);
    source.period = period;
    source.demo = settings.value(QLatin1String(kDemoSetting)) == QLatin1String("1");
    return source;
}

QString fileName(const Source &source, const QString &what, const QString &extension) {
    return QStringLiteral("opensteps-%1-%2-%3%4.%5")
        .arg(source.hub.id, what, source.period.fileTag(),
             source.demo ? QStringLiteral("-DEMO") : QString(), extension);
}

QString fileNameFor(const Source &source, Format format) {
    switch (format) {
    case Format::AggregateCsv:
        return fileName(source, QStringLiteral("outcomes"), QStringLiteral("csv"));
    case Format::RecordsCsv:
        return fileName(source, QStringLiteral("records-not-for-publication"),
                        QStringLiteral("csv"));
    case Format::RecordsJson:
        return fileName(source, QStringLiteral("records-not-for-publication"),
                        QStringLiteral("json"));
    case Format::Xapi:
        return fileName(source, QStringLiteral("xapi"), QStringLiteral("jsonl"));
    case Format::Pdf:
        return fileName(source, QStringLiteral("report"), QStringLiteral("pdf"));
    }
    return {};
}

QString dictionaryFileName(const Source &source) {
    return fileName(source, QStringLiteral("outcomes-data-dictionary"), QStringLiteral("csv"));
}

QString hiddenNote(Suppression::Hidden hidden, int threshold) {
    switch (hidden) {
    case Suppression::Hidden::No:
        return {};
    case Suppression::Hidden::Small:
        return QStringLiteral("fewer than %1").arg(threshold);
    case Suppression::Hidden::Secondary:
        return QStringLiteral("hidden so that a smaller number cannot be worked out");
    }
    return {};
}

QString suppressionRule(int threshold) {
    return QStringLiteral(
               "To protect learners, a count from 1 to %1 is not shown (\"fewer than %2\"), nor "
               "a percentage or number of hours worked out from one. Where only one count in a "
               "breakdown would be hidden, the next smallest is hidden too (\"hidden so that a "
               "smaller number cannot be worked out\"), so no hidden count can be found by "
               "taking the others from the total. 0 is shown.")
        .arg(threshold - 1)
        .arg(threshold);
}

// --- Aggregate CSV and its data dictionary --------------------------------------------------

namespace {

struct Column {
    const char *name;
    const char *meaning;
};

QList<Column> aggregateColumns(bool demo) {
    QList<Column> columns;
    if (demo)
        columns << Column{"demo_data", "Present only in demo exports: every row says DEMO DATA - "
                                       "not real learners. Never publish these numbers."};
    columns << Column{"hub_id", "The hub's id (small letters, digits and hyphens), as in the "
                                "outcome statements; unnamed-hub when staff have not set one."}
            << Column{"hub_name", "The hub's name as staff typed it."}
            << Column{"period_start", "First day counted (YYYY-MM-DD, UTC)."}
            << Column{"period_end", "Last day counted, included (YYYY-MM-DD, UTC)."}
            << Column{"measure", "What is counted: one of the measures below."}
            << Column{"breakdown", "Empty for a headline number; otherwise what the measure is "
                                   "split by: one of the breakdowns below."}
            << Column{"category", "The breakdown's category (e.g. 25-49 for age_band, or "
                                  "not-given); empty for a headline number."}
            << Column{"value", "The number: a whole number of learners, lessons or sessions, "
                               "or a percentage or hours to one decimal place. Empty when it "
                               "is hidden (see note)."}
            << Column{"unit", "learners, lessons, sessions, hours or percent."}
            << Column{"note", "Empty when value is shown; otherwise why it is hidden: \"fewer "
                              "than 5\" or \"hidden so that a smaller number cannot be worked "
                              "out\"."};
    return columns;
}

QString unitOf(const QString &measure) {
    for (const PublishedReport::Measure &known : PublishedReport::measures()) {
        if (measure == QLatin1String(known.id))
            return QLatin1String(known.unit);
    }
    return {};
}

void writeAggregateRows(WholeFile &file, const PublishedReport &report, const Source &source) {
    QByteArray &out = file.buffer();
    out += kByteOrderMark;
    CsvLine line(out);
    for (const Column &column : aggregateColumns(source.demo))
        line << column.name;
    line.end();
    const QString hubName = spreadsheetSafe(source.hub.name);
    for (const PublishedReport::Row &row : report.rows) {
        if (source.demo)
            line << kDemoMarker;
        line << source.hub.id << hubName << isoDate(report.period.from) << isoDate(report.period.to)
             << row.measure << row.breakdown << row.category
             << (row.shown() ? numberText(row.value) : QString()) << unitOf(row.measure)
             << hiddenNote(row.hidden, report.threshold);
        line.end();
    }
}

void writeDictionary(WholeFile &file, const PublishedReport &report, const Source &source,
                     const QString &aggregateName) {
    QByteArray &out = file.buffer();
    out += kByteOrderMark;
    CsvLine line(out);
    line << "section"
         << "name"
         << "unit"
         << "meaning";
    line.end();
    QString about = QStringLiteral("Outcomes of the OpenSteps learners of %1 (%2) who agreed to "
                                   "share their progress, from %3 to %4. Open data: small "
                                   "numbers are hidden (see the rule below).")
                        .arg(spreadsheetSafe(source.hub.name), source.hub.id,
                             isoDate(report.period.from), isoDate(report.period.to));
    if (source.demo)
        about = QLatin1String(kDemoMarker) + QStringLiteral(". ") + about;
    line << "file" << aggregateName << QString() << about;
    line.end();
    for (const Column &column : aggregateColumns(source.demo)) {
        line << "column" << column.name << QString() << column.meaning;
        line.end();
    }
    for (const PublishedReport::Measure &measure : PublishedReport::measures()) {
        line << "measure" << measure.id << measure.unit << measure.description;
        line.end();
    }
    for (const PublishedReport::Breakdown &breakdown : PublishedReport::breakdowns()) {
        line << "breakdown" << breakdown.id << QString() << breakdown.description;
        line.end();
    }
    line << "rule"
         << "suppression" << QString() << suppressionRule(report.threshold);
    line.end();
}

} // namespace

Result writeAggregate(const PublishedReport &report, const Source &source, const QString &dir) {
    if (const QString problem = folderProblem(dir); !problem.isEmpty())
        return failed(problem);
    const QString name = fileNameFor(source, Format::AggregateCsv);
    WholeFile aggregate(pathIn(dir, name));
    WholeFile dictionary(pathIn(dir, dictionaryFileName(source)));
    writeAggregateRows(aggregate, report, source);
    writeDictionary(dictionary, report, source, name);
    // Two files, both or neither: the dictionary first, taken back if the figures fail.
    if (!dictionary.commit())
        return failed(cannotWrite(dictionary));
    if (!aggregate.commit()) {
        QFile::remove(dictionary.path());
        return failed(cannotWrite(aggregate));
    }
    return written({aggregate.path(), dictionary.path()}, report.rows.size());
}

// --- Records -------------------------------------------------------------------------------

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
    if (!persons.exec(QStringLiteral(
            "SELECT p.id, p.pseudonym, p.age_band, p.district, p.language FROM report_person p"
            " LEFT JOIN learner l ON l.id = p.learner_id"
            " WHERE p.learner_id IS NULL OR l.share_consent = 1")))
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
    if (!bounds.exec() || !bounds.next())
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

// --- xAPI statements -----------------------------------------------------------------------

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
