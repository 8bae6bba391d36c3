// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace OpenSteps {

// The days a report covers, first and last included, in UTC (statement times are UTC).
struct ReportPeriod {
    QDate from;
    QDate to;

    // The calendar month, quarter or year holding `today`.
    static ReportPeriod month(const QDate &today);
    static ReportPeriod quarter(const QDate &today);
    static ReportPeriod year(const QDate &today);
    // "month", "quarter" or "year"; nullopt for another name.
    static std::optional<ReportPeriod> named(const QString &name, const QDate &today);
    // Two dates as YYYY-MM-DD; either may be empty (from the first day of `fallback`'s
    // period, to today). nullopt with `error` in plain words for a bad date or from > to.
    static std::optional<ReportPeriod> parse(const QString &from, const QString &to,
                                             const QDate &today, QString *error);

    // Seconds since 1970 UTC: the period's first moment, and the moment after its last day.
    qint64 startSecs() const;
    qint64 endSecs() const;
    bool contains(qint64 secs) const { return secs >= startSecs() && secs < endSecs(); }
    // "2026-11-01_2026-11-30", for file names.
    QString fileTag() const;
};

} // namespace OpenSteps
