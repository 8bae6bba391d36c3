// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutcomeExport.h"
#include "PublishedReport.h"

#include <QString>

namespace OpenSteps {

class Database;

// The one-page outcome report for staff and funders (English, like the open data): the hub,
// the period, the headline numbers and bar charts (learners by age band, "What has changed for
// you?", "Yes, I can" answers before and after per skill area), drawn with QPainter from the
// PublishedReport's rows, so a hidden number is hidden here too ("fewer than 5", "hidden").
// Every word is real PDF text (pdftotext reads it).
namespace OutcomeReportPdf {

// Writes the PDF whole or not at all; false with `*error` in plain words.
bool write(const PublishedReport &report, const OutcomeExport::Source &source, const QString &path,
           QString *error);

} // namespace OutcomeReportPdf

// Any export format in one call, for `opensteps export` and a button in the app: reads the
// hub and demo settings from `db`, counts the figures once where the format needs them and
// writes the file(s) into `dir`. The PDF needs a QGuiApplication.
OutcomeExport::Result exportOutcomes(Database &db, OutcomeExport::Format format,
                                     const ReportPeriod &period, const QString &dir);

} // namespace OpenSteps
