// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's refresh on a data folder (OutcomeFigures::count + PublishedReport::from), for
// tests/bench/reports.sh: the first run and the median of the next five, per period, and the
// process's peak memory. Prints figures; never fails on speed.
// Usage: report_bench DATA-DIR [YYYY-MM-DD: the day the dashboard is looked at, default today]
#include "Database.h"
#include "OutcomeFigures.h"
#include "ProcessStats.h"
#include "PublishedReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <cstdio>

using namespace OpenSteps;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "Usage: report_bench DATA-DIR [YYYY-MM-DD]\n");
        return 2;
    }
    const QDate today = args.size() > 2 ? QDate::fromString(args.at(2), Qt::ISODate)
                                        : QDateTime::currentDateTimeUtc().date();
    Database db;
    const auto opened = db.open(QDir(args.at(1)).filePath(QLatin1String(Database::kFileName)));
    if (!opened.usable()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    QSqlQuery events(db.connection());
    events.exec(QStringLiteral("SELECT count(*) FROM outcome_event"));
    const qint64 eventCount = events.next() ? events.value(0).toLongLong() : -1;
    events.finish();

    // The dashboard's usual periods, and everything demo data holds (18 months).
    const std::pair<const char *, ReportPeriod> periods[] = {
        {"month", ReportPeriod::month(today)},
        {"quarter", ReportPeriod::quarter(today)},
        {"year", ReportPeriod::year(today)},
        {"all-18-months", ReportPeriod{today.addDays(-560), today}}};
    std::printf("events=%lld\n", eventCount);
    for (const auto &[name, period] : periods) {
        QList<qint64> times;
        qint64 active = 0;
        int rows = 0;
        for (int run = 0; run < 6; ++run) {
            QElapsedTimer timer;
            timer.start();
            const OutcomeFigures figures = OutcomeFigures::count(db, period);
            const PublishedReport report = PublishedReport::from(figures);
            times << timer.elapsed();
            active = figures.learnersActive;
            rows = int(report.rows.size());
        }
        const qint64 first = times.takeFirst();
        std::sort(times.begin(), times.end());
        std::printf("dashboard_refresh period=%s first_ms=%lld median_ms=%lld learners_active=%lld "
                    "rows=%d\n",
                    name, first, times.at(times.size() / 2), active, rows);
    }
    std::printf("peak_rss_kib=%lld\n", ProcessStats::peakResidentKib());
    // The refresh counts on two connections at once: one core would take about the sum.
    std::printf("cpu_cores=%d\n", QThread::idealThreadCount());
    return 0;
}
