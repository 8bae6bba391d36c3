// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HubIdentity.h"
#include "PublishedReport.h"
#include "ReportPeriod.h"
#include "Suppression.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace OpenSteps {

class Database;
class SettingsStore;

// The outcome exports staff take away, written GUI-free (the PDF report is in app/print).
// Every file is written whole or not at all (QSaveFile) and row by row, so a million events
// never sit in memory at once. File names: opensteps-<hub id>-<what>-<from>_<to>[-DEMO].<ext>.
//
// - Aggregate CSV (format "csv"): the PublishedReport's rows, small numbers hidden, ready to
//   publish as open data; with a data dictionary CSV beside it. UTF-8 with a byte-order mark
//   (Excel then reads the text right), RFC 4180: CRLF line ends, a field holding a comma,
//   quote, CR or LF is quoted with its quotes doubled; numbers bare, with a dot.
// - Records ("records-csv", "records-json"): one anonymised record per outcome event of the
//   period (pseudonym, never a name), dates to the day, marked "not for publication".
// - xAPI ("xapi"): this PC's statements made in the period as JSON Lines, for any LRS.
namespace OutcomeExport {

enum class Format { AggregateCsv, RecordsCsv, RecordsJson, Xapi, Pdf };

// "csv", "records-csv", "records-json", "xapi", "pdf" (what `opensteps export --format` takes).
QStringList formatNames();
std::optional<Format> formatNamed(const QString &name);

inline constexpr auto kDemoSetting = "demo_data"; // "1": this PC holds made-up demo learners
inline constexpr auto kDemoMarker = "DEMO DATA - not real learners";
inline constexpr auto kNotForPublication = "NOT FOR PUBLICATION";
inline constexpr auto kUnnamedHub = "unnamed-hub";

// What every export says about where its numbers come from.
struct Source {
    HubIdentity hub; // id "unnamed-hub" when staff have not set one
    ReportPeriod period;
    bool demo = false;
    int threshold = Suppression::kDefaultThreshold;

    static Source fromSettings(const SettingsStore &settings, const ReportPeriod &period);
};

// e.g. "opensteps-leeds-central-outcomes-2026-11-01_2026-11-30.csv"; "-DEMO" before the
// extension for demo data.
QString fileName(const Source &source, const QString &what, const QString &extension);
QString fileNameFor(const Source &source, Format format);
QString dictionaryFileName(const Source &source);

// Why a published number is not shown, in the words of the CSV's note column and the PDF.
QString hiddenNote(Suppression::Hidden hidden, int threshold);
// The suppression rule in one paragraph (the data dictionary and the PDF).
QString suppressionRule(int threshold);

struct Result {
    bool ok = false;
    QStringList files; // absolute paths written
    qint64 rows = 0;   // data rows (records, statements, report rows)
    QString error;     // plain words, when !ok; then no file is left behind
};

// Empty when `dir` is a folder the files can go in; otherwise what is wrong, in plain words.
QString folderProblem(const QString &dir);

// The aggregate CSV and its data dictionary, into `dir`.
Result writeAggregate(const PublishedReport &report, const Source &source, const QString &dir);
// Records (format RecordsCsv or RecordsJson) of the period, into `dir`.
Result writeRecords(Database &db, const Source &source, Format format, const QString &dir);
// The statements made in the period (not withdrawn, not voided by a later statement here),
// oldest first, one compact JSON object per line.
Result writeXapi(Database &db, const Source &source, const QString &dir);

} // namespace OutcomeExport
} // namespace OpenSteps
