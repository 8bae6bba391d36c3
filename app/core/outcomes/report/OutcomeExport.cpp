// SPDX-License-Identifier: GPL-3.0-or-later
// What every export format shares: the formats' names, where the numbers come from (Source),
// the file names, the suppression notes, the folder check, and writing a file whole, with the
// results and messages of a write. Each format is in its own OutcomeExport*.cpp.
#include "OutcomeExport.h"

#include "Database.h"
#include "Logging.h"
#include "OutcomeExportParts.h"
#include "SettingsStore.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

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

} // namespace

// --- Writing a file whole ------------------------------------------------------------------

namespace detail {

WholeFile::WholeFile(const QString &path)
    : m_file(path) {
    m_ok = m_file.open(QIODevice::WriteOnly);
    m_buffer.reserve(kChunk + 4096);
}

bool WholeFile::commit() {
    flush();
    return m_ok && m_file.commit();
}

void WholeFile::flush() {
    if (m_ok && !m_buffer.isEmpty())
        m_ok = m_file.write(m_buffer) == m_buffer.size();
    m_buffer.resize(0); // keeps its capacity for the next chunk
}

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

Result committed(WholeFile &file, qint64 rows) {
    if (!file.commit())
        return failed(cannotWrite(file));
    return written({file.path()}, rows);
}

Result writeRows(WholeFile &file, QSqlQuery &query,
                 const std::function<void(const QSqlQuery &)> &row) {
    const auto unreadable = [&] { return cannotRead(query.lastError().text()); };
    if (!Sql::exec(query, lcReports()))
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

} // namespace detail

// --- Names, notes and the folder -----------------------------------------------------------

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

} // namespace OpenSteps::OutcomeExport
