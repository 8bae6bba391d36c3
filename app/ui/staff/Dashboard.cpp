// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dashboard.h"

#include <QDir>

#include "OutcomeReportPdf.h"

#include "MyProgress.h"

#include "OutcomeFigures.h"
#include "Session.h"
#include "Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcDashboard, "opensteps.dashboard", QtInfoMsg)

namespace OpenSteps {

namespace {
QPointer<Dashboard> g_instance;

// Set by the demo-data generator: the figures are made up.
constexpr auto kDemoDataKey = "demo_data";

QString hiddenName(Suppression::Hidden hidden) {
    switch (hidden) {
    case Suppression::Hidden::Small:
        return QStringLiteral("small");
    case Suppression::Hidden::Secondary:
        return QStringLiteral("secondary");
    case Suppression::Hidden::No:
        break;
    }
    return {};
}

// One number as QML gets it. A hidden one keeps nothing of its value.
QVariantMap cell(const PublishedReport::Row *row, int threshold) {
    if (!row)
        return {{QStringLiteral("hidden"), QString()}, {QStringLiteral("number"), QString()}};
    const bool shown = row->shown();
    return {{QStringLiteral("measure"), row->measure},
            {QStringLiteral("category"), row->category},
            {QStringLiteral("value"), shown ? row->value : 0.0},
            {QStringLiteral("number"),
             shown ? PublishedReport::displayText(*row, threshold) : QString()},
            {QStringLiteral("hidden"), hiddenName(row->hidden)}};
}
} // namespace

Dashboard::Dashboard(Workspace *workspace, Session &session, std::function<QDate()> today,
                     QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_today(std::move(today))
    , m_range(ReportPeriod::month(this->today())) {
    // Figures go as soon as the staff member signs out (or the helper page closes).
    connect(&m_session, &Session::helperChanged, this, [this] {
        if (!allowed())
            clear();
    });
}

Dashboard *Dashboard::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Dashboard::setInstance(Dashboard *instance) {
    g_instance = instance;
}

QDate Dashboard::today() const {
    return m_today ? m_today() : QDateTime::currentDateTimeUtc().date();
}

bool Dashboard::allowed() const {
    return m_workspace && m_session.helperRole() == QLatin1String("staff");
}

bool Dashboard::demo() const {
    return m_workspace &&
           m_workspace->settings().value(QLatin1String(kDemoDataKey)) == QLatin1String("1");
}

QStringList Dashboard::headlineMeasures() {
    return {QStringLiteral("learners_active"),   QStringLiteral("learners_new"),
            QStringLiteral("lessons_completed"), QStringLiteral("foundation_reached"),
            QStringLiteral("foundation_share"),  QStringLiteral("skills_learners"),
            QStringLiteral("checkin_learners"),  QStringLiteral("volunteer_sessions"),
            QStringLiteral("volunteer_hours")};
}

QStringList Dashboard::breakdownMeasures() {
    return {QStringLiteral("learners_active"), QStringLiteral("learners_new"),
            QStringLiteral("lessons_completed"), QStringLiteral("foundation_reached")};
}

bool Dashboard::choose(const QString &period) {
    const auto range = ReportPeriod::named(period, today());
    if (!range)
        return false;
    m_period = period;
    m_range = *range;
    refresh();
    return true;
}

QString Dashboard::chooseDates(const QString &from, const QString &to) {
    const auto date = [](const QString &text) {
        const QString typed = text.trimmed();
        return typed.size() == 10 ? QDate::fromString(typed, Qt::ISODate) : QDate();
    };
    const QDate first = date(from), last = date(to);
    if (from.trimmed().isEmpty() || to.trimmed().isEmpty())
        //: Dashboard, choosing dates: one of the two boxes is empty
        return tr("Type both dates, the first day and the last day, like 2026-11-01.");
    if (!first.isValid())
        //: Dashboard, choosing dates: %1 is what was typed in the first-day box
        return tr("The first day \"%1\" is not a date. Type the year, month and day with "
                  "hyphens, like 2026-11-01.")
            .arg(from.trimmed());
    if (!last.isValid())
        //: Dashboard, choosing dates: %1 is what was typed in the last-day box
        return tr("The last day \"%1\" is not a date. Type the year, month and day with "
                  "hyphens, like 2026-11-30.")
            .arg(to.trimmed());
    if (first > last)
        //: Dashboard, choosing dates: the first day comes after the last day
        return tr("The first day is after the last day. Swap them round or change one.");
    m_period = QStringLiteral("custom");
    m_range = {first, last};
    refresh();
    return {};
}

void Dashboard::clear() {
    m_report = {};
    m_report.threshold = m_workspace ? Suppression::thresholdFrom(m_workspace->settings())
                                     : Suppression::kDefaultThreshold;
    m_headlines.clear();
    m_breakdowns.clear();
    m_skills.clear();
    m_checkins.clear();
    Q_EMIT changed();
}

void Dashboard::refresh() {
    if (!allowed()) {
        clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    if (m_period != QLatin1String("custom"))
        m_range = ReportPeriod::named(m_period, today()).value_or(m_range);
    const int threshold = Suppression::thresholdFrom(m_workspace->settings());
    m_report =
        PublishedReport::from(OutcomeFigures::count(m_workspace->database(), m_range), threshold);

    m_headlines.clear();
    for (const QString &measure : headlineMeasures())
        m_headlines.append(cell(m_report.find(measure), threshold));

    // Each breakdown's categories in the report's order (answers, then "not-given").
    m_breakdowns.clear();
    const QStringList measures = breakdownMeasures();
    for (const char *dimension : {"age_band", "postcode_district", "preferred_language", "hub"}) {
        const QString name = QLatin1String(dimension);
        QVariantList rows;
        for (const PublishedReport::Row &row : m_report.rowsOf(measures.constFirst(), name)) {
            QVariantList cells;
            for (const QString &measure : measures)
                cells.append(cell(m_report.find(measure, name, row.category), threshold));
            rows.append(QVariantMap{{QStringLiteral("category"), row.category},
                                    {QStringLiteral("cells"), cells}});
        }
        m_breakdowns.append(
            QVariantMap{{QStringLiteral("dimension"), name}, {QStringLiteral("rows"), rows}});
    }

    m_skills.clear();
    const QString area = QStringLiteral("area");
    for (const PublishedReport::Row &row :
         m_report.rowsOf(QStringLiteral("skills_yes_before_percent"), area)) {
        m_skills.append(QVariantMap{
            {QStringLiteral("area"), row.category},
            {QStringLiteral("before"), cell(&row, threshold)},
            {QStringLiteral("after"),
             cell(m_report.find(QStringLiteral("skills_yes_after_percent"), area, row.category),
                  threshold)}});
    }

    m_checkins.clear();
    for (const PublishedReport::Row &row :
         m_report.rowsOf(QStringLiteral("checkin_outcome_learners"), QStringLiteral("outcome")))
        m_checkins.append(cell(&row, threshold));

    m_refreshMs = int(timer.elapsed());
    qCDebug(lcDashboard) << "counted" << m_range.fileTag() << "in" << m_refreshMs << "ms";
    Q_EMIT changed();
}

QString Dashboard::saveFiles(const QString &format, const QString &folder) {
    const auto chosen = OutcomeExport::formatNamed(format);
    if (!allowed() || !m_workspace || !chosen)
        return tr("Only staff can save these figures.");
    const QString dir = folder.isEmpty() ? MyProgress::documentsFolder() : folder;
    const OutcomeExport::Result result =
        exportOutcomes(m_workspace->database(), *chosen, m_range, dir);
    if (!result.ok)
        //: Dashboard: saving the figures failed; %1 says why
        return tr("Nothing was saved: %1").arg(result.error);
    QStringList names;
    for (const QString &file : result.files)
        names << QDir::toNativeSeparators(file);
    //: Dashboard: after saving the figures; %1 is the list of files saved (full names)
    return tr("Saved: %1").arg(names.join(QStringLiteral(", ")));
}

} // namespace OpenSteps
