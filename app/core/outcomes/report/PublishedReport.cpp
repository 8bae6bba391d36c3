// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublishedReport.h"

#include <cmath>

namespace OpenSteps {

using Suppression::Hidden;

const QList<PublishedReport::Measure> &PublishedReport::measures() {
    static const QList<Measure> list = {
        {"learners_active", "learners",
         "Learners who did anything in OpenSteps in the period (started or finished a lesson, "
         "answered a skills check or a check-in)."},
        {"learners_new", "learners", "Learners whose first recorded activity is in the period."},
        {"lessons_completed", "lessons",
         "Lessons finished in the period (each learner's first "
         "finish of a lesson; repeats are not counted)."},
        {"foundation_reached", "learners",
         "Learners who reached the Foundation level of the Essential Digital Skills framework in "
         "the period (finished lessons covering all eight Foundation tasks)."},
        {"foundation_share", "percent",
         "foundation_reached as a percentage of learners_active, to one decimal place."},
        {"checkin_learners", "learners",
         "Learners who answered \"What has changed for you?\" in the period."},
        {"checkin_outcome_learners", "learners",
         "Learners who said this changed for them (breakdown outcome). One learner may choose "
         "several outcomes, so these do not add up to checkin_learners."},
        {"skills_learners", "learners",
         "Learners who did a skills check again in the period, after their first one."},
        {"skills_yes_before_percent", "percent",
         "For skills_learners, the percentage of their answers in this framework area that were "
         "\"Yes, I can\" in their first skills check."},
        {"skills_yes_after_percent", "percent",
         "For skills_learners, the percentage of their answers in this framework area that were "
         "\"Yes, I can\" in their latest skills check in the period."},
        {"volunteer_sessions", "sessions",
         "Help sessions by volunteers or staff sitting with a learner, ended in the period."},
        {"volunteer_hours", "hours",
         "Total length of volunteer_sessions in hours, to one decimal place (a session left "
         "open counts at most 3 hours)."},
    };
    return list;
}

const QList<PublishedReport::Breakdown> &PublishedReport::breakdowns() {
    static const QList<Breakdown> list = {
        {"hub", "The hub (library or community centre) the learner uses, by its hub id."},
        {"age_band", "The learner's age band, if they chose to give it (16-24, 25-49, 50-64, "
                     "65-74, 75+); not-given otherwise."},
        {"postcode_district",
         "The first part of the learner's postcode (like LS9), if they chose to give it."},
        {"preferred_language",
         "The language the learner prefers (a language code like pl or ur), if they chose to "
         "give it."},
        {"area", "An Essential Digital Skills framework area: foundation, communicating, "
                 "handling-information, transacting, problem-solving, being-safe."},
        {"outcome", "A \"What has changed for you?\" answer: saved-money, keeping-in-touch, "
                    "work, health, council-housing, getting-around."},
    };
    return list;
}

namespace {

double percent(qint64 part, qint64 whole) {
    return whole > 0 ? std::round(1000.0 * part / whole) / 10.0 : 0.0;
}

Hidden worse(Hidden a, Hidden b) {
    return a != Hidden::No ? a : b;
}

} // namespace

PublishedReport PublishedReport::from(const OutcomeFigures &figures, int threshold) {
    PublishedReport report;
    report.period = figures.period;
    report.hubs = figures.hubs;
    report.threshold = threshold;
    const auto add = [&](const char *measure, double value, Hidden hidden,
                         const QString &breakdown = {}, const QString &category = {}) {
        report.rows.append({QLatin1String(measure), breakdown, category, value, hidden});
        return hidden;
    };
    const auto count = [&](const char *measure, qint64 value) {
        return add(measure, double(value), Suppression::primary(value, threshold));
    };

    const Hidden active = count("learners_active", figures.learnersActive);
    count("learners_new", figures.learnersNew);
    count("lessons_completed", figures.lessonsCompleted);
    const Hidden foundation = count("foundation_reached", figures.foundationReached);
    add("foundation_share", percent(figures.foundationReached, figures.learnersActive),
        worse(foundation, active));
    count("checkin_learners", figures.checkinLearners);
    const Hidden sessions = count("volunteer_sessions", figures.volunteerSessions);
    add("volunteer_hours", std::round(figures.volunteerMinutes / 6.0) / 10.0, sessions);
    const Hidden skills = count("skills_learners", figures.skillsLearners);

    // Each breakdown column adds up to its headline: secondary suppression per column.
    using Category = OutcomeFigures::Category;
    const std::pair<const char *, qint64 Category::*> columns[] = {
        {"learners_active", &Category::learnersActive},
        {"learners_new", &Category::learnersNew},
        {"lessons_completed", &Category::lessonsCompleted},
        {"foundation_reached", &Category::foundationReached}};
    for (const OutcomeFigures::Breakdown &breakdown : figures.breakdowns) {
        for (const auto &[measure, member] : columns) {
            QList<qint64> counts;
            for (const Category &category : breakdown.categories)
                counts.append(category.*member);
            const Row *total = report.find(QLatin1String(measure));
            const QList<Hidden> hidden =
                Suppression::partition(counts, total && total->shown(), threshold);
            for (qsizetype i = 0; i < counts.size(); ++i)
                add(measure, double(counts.at(i)), hidden.at(i), breakdown.dimension,
                    breakdown.categories.at(i).id);
        }
    }

    for (const OutcomeFigures::AreaChange &area : figures.skills) {
        add("skills_yes_before_percent", percent(area.yesBefore, area.answersBefore), skills,
            QStringLiteral("area"), area.area);
        add("skills_yes_after_percent", percent(area.yesAfter, area.answersAfter), skills,
            QStringLiteral("area"), area.area);
    }
    for (const OutcomeFigures::Outcome &outcome : figures.checkins)
        add("checkin_outcome_learners", double(outcome.learners),
            Suppression::primary(outcome.learners, threshold), QStringLiteral("outcome"),
            outcome.id);
    return report;
}

const PublishedReport::Row *PublishedReport::find(const QString &measure, const QString &breakdown,
                                                  const QString &category) const {
    for (const Row &row : rows) {
        if (row.measure == measure && row.breakdown == breakdown && row.category == category)
            return &row;
    }
    return nullptr;
}

QList<PublishedReport::Row> PublishedReport::rowsOf(const QString &measure,
                                                    const QString &breakdown) const {
    QList<Row> result;
    for (const Row &row : rows) {
        if (row.measure == measure && row.breakdown == breakdown)
            result.append(row);
    }
    return result;
}

QString PublishedReport::displayText(const Row &row, int threshold) {
    if (row.hidden == Hidden::Small)
        return QStringLiteral("fewer than %1").arg(threshold);
    if (row.hidden == Hidden::Secondary)
        return QStringLiteral("hidden");
    const bool isPercent = row.measure.endsWith(QLatin1String("_share")) ||
                           row.measure.endsWith(QLatin1String("_percent"));
    const QString number = row.value == std::floor(row.value) ? QString::number(qint64(row.value))
                                                              : QString::number(row.value, 'f', 1);
    return isPercent ? number + QLatin1Char('%') : number;
}

} // namespace OpenSteps
