// SPDX-License-Identifier: GPL-3.0-or-later
// The aggregate CSV (format "csv"), ready to publish as open data: the PublishedReport's rows,
// small numbers hidden, with the data dictionary CSV that explains its columns beside it.
#include "OutcomeExportParts.h"

#include <QFile>
#include <QList>

namespace OpenSteps::OutcomeExport {

using namespace detail;

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

} // namespace OpenSteps::OutcomeExport
