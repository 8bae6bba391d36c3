// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutcomeFigures.h"
#include "Suppression.h"

#include <QList>
#include <QString>

namespace OpenSteps {

// The outcome report as it may be shown and published: every number of OutcomeFigures as a
// row, with small counts hidden (Suppression). The dashboard, the aggregate CSV and the PDF all
// read these rows, so they show the same numbers.
struct PublishedReport {
    struct Row {
        QString measure;   // e.g. "learners_active" (measures() explains each)
        QString breakdown; // empty for a headline; "age_band", "area", "outcome", ...
        QString category;  // the breakdown's category id; empty for a headline
        double value = 0;  // meaningless when hidden
        Suppression::Hidden hidden = Suppression::Hidden::No;

        bool shown() const { return hidden == Suppression::Hidden::No; }
    };

    // What a measure counts, for the data dictionary (English) and the column units.
    struct Measure {
        const char *id;
        const char *unit; // "learners", "lessons", "sessions", "hours", "percent"
        const char *description;
    };
    static const QList<Measure> &measures();
    // What a breakdown splits by, for the data dictionary.
    struct Breakdown {
        const char *id;
        const char *description;
    };
    static const QList<Breakdown> &breakdowns();

    ReportPeriod period;
    QStringList hubs;
    int threshold = Suppression::kDefaultThreshold;
    QList<Row> rows;

    static PublishedReport from(const OutcomeFigures &figures,
                                int threshold = Suppression::kDefaultThreshold);

    // The row for a measure (and category), or nullptr.
    const Row *find(const QString &measure, const QString &breakdown = {},
                    const QString &category = {}) const;
    QList<Row> rowsOf(const QString &measure, const QString &breakdown) const;

    // The number as people read it: "12", "42.5%", "3.5" hours, or "fewer than 5" / "hidden".
    static QString displayText(const Row &row, int threshold);
};

} // namespace OpenSteps
