// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPeriod.h"

#include <QDateTime>
#include <QTimeZone>

namespace OpenSteps {

ReportPeriod ReportPeriod::month(const QDate &today) {
    const QDate first(today.year(), today.month(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(const QDate &today) {
    const QDate first(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::year(const QDate &today) {
    return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
}

std::optional<ReportPeriod> ReportPeriod::named(const QString &name, const QDate &today) {
    if (name == QLatin1String("month"))
        return month(today);
    if (name == QLatin1String("quarter"))
        return quarter(today);
    if (name == QLatin1String("year"))
        return year(today);
    return std::nullopt;
}

std::optional<ReportPeriod> ReportPeriod::parse(const QString &from, const QString &to,
                                                const QDate &today, QString *error) {
    const auto date = [&](const QString &text, const QDate &fallback, const char *which,
                          QDate *out) {
        if (text.isEmpty()) {
            *out = fallback;
            return true;
        }
        *out = QDate::fromString(text, Qt::ISODate);
        if (!out->isValid() || text.size() != 10) {
            if (error)
                *error = QStringLiteral("The %1 date \"%2\" is not a date like 2026-11-30.")
                             .arg(QLatin1String(which), text);
            return false;
        }
        return true;
    };
    ReportPeriod period;
    if (!date(from, month(today).from, "from", &period.from) || !date(to, today, "to", &period.to))
        return std::nullopt;
    if (period.from > period.to) {
        if (error)
            *error = QStringLiteral("The from date (%1) is after the to date (%2).")
                         .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
        return std::nullopt;
    }
    return period;
}

qint64 ReportPeriod::startSecs() const {
    return QDateTime(from, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

qint64 ReportPeriod::endSecs() const {
    return QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QString ReportPeriod::fileTag() const {
    return from.toString(Qt::ISODate) + QLatin1Char('_') + to.toString(Qt::ISODate);
}

} // namespace OpenSteps
