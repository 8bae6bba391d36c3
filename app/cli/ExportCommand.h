// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include "ReportPeriod.h"

#include <optional>

class QCommandLineParser;

namespace OpenSteps {

// `opensteps export --format csv|records-csv|records-json|xapi|pdf --out DIR [--from DATE]
// [--to DATE]`: the outcome exports (OutcomeExport, OutcomeReportPdf) without the app. DIR is
// the folder the file(s) go in; it must exist. The period defaults to this month (UTC).
// --format, --from and --to; --out is the screenshot's option, shared.
QList<QCommandLineOption> exportOptions();
// The period of --from and --to (this month without them), or nullopt with `problem` said.
// Shared with `opensteps report`.
std::optional<ReportPeriod> periodFromOptions(const QCommandLineParser &parser, QString *problem);
// Exit status 0: written (the paths printed, one a line); 1: the data could not be read or a
// file not written (nothing left behind); 2: a usage mistake (format, dates, from after to, a
// folder that does not exist or is a file), said in plain words, nothing written.
int runExport(const QStringList &args, const QCommandLineParser &parser, const QString &dataDir,
              QTextStream &out, QTextStream &err);

} // namespace OpenSteps
