// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeFigures.h"

#include "CheckinStore.h"
#include "Database.h"
#include "Framework.h"
#include "Logging.h"
#include "OutcomeEvent.h"
#include "Sql.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <future>
#include <iterator>
#include <optional>

namespace OpenSteps {

namespace {

using Kind = OutcomeEvent::Kind;

// A query over the period: every `:from` and `:to` bound to its first and after-last second.
QSqlQuery periodQuery(Database &db, const QString &sql, const ReportPeriod &period) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":from"), period.startSecs());
    query.bindValue(QStringLiteral(":to"), period.endSecs());
    if (!Sql::exec(query, lcReports()))
        qWarning("report query failed: %s", qPrintable(query.lastError().text()));
    return query;
}

// A literal "kind = N": the partial indexes of migration 11 serve only queries that say so.
QString kindIs(Kind kind) {
    return QStringLiteral("kind = %1").arg(int(kind));
}

// The learners, their lessons and Foundation, and every breakdown.
void countLearners(Database &db, const ReportPeriod &period, OutcomeFigures &figures) {
    using Category = OutcomeFigures::Category;
    // The learners per combination of answers, added up per dimension (a hash: thousands of
    // combinations, tens of categories).
    const char *const dimensions[] = {"hub", "age_band", "postcode_district", "preferred_language"};
    constexpr int kDimensions = int(std::size(dimensions));
    QHash<QString, Category> categories[kDimensions];
    // Each row of `query` (the four answers first) into every dimension's category.
    const auto addRows = [&](QSqlQuery &query, auto add) {
        while (query.next()) {
            for (int d = 0; d < kDimensions; ++d) {
                const QString id = query.value(d).toString();
                auto category = categories[d].find(id);
                if (category == categories[d].end())
                    category = categories[d].insert(id, Category{id});
                add(*category);
            }
        }
    };
    // One pass over the learners of the period in the order of their answers (an index, so
    // nothing is sorted): those with any event in it. Of those whose events overlap it, that
    // is those whose first or last event is in it, and, of those whose events span the whole
    // period, any with one in between. report_person keeps both times, and when each first
    // reached Foundation.
    QSqlQuery learners = periodQuery(
        db,
        QStringLiteral("SELECT p.hub, p.age_band, p.district, p.language, count(*),"
                       " sum(p.first_at >= :from),"
                       " sum(p.foundation_at >= :from AND p.foundation_at < :to)"
                       " FROM report_person p WHERE p.last_at >= :from AND p.first_at < :to"
                       " AND (p.first_at >= :from OR p.last_at < :to OR EXISTS (SELECT 1"
                       " FROM outcome_event e WHERE e.person_id = p.id"
                       " AND e.at >= :from AND e.at < :to))"
                       " GROUP BY 1, 2, 3, 4"),
        period);
    addRows(learners, [&](Category &category) {
        category.learnersActive += learners.value(4).toLongLong();
        category.learnersNew += learners.value(5).toLongLong();
        category.foundationReached += learners.value(6).toLongLong();
    });
    // Lessons from the daily totals, which carry the same answers (periods are whole UTC days).
    QSqlQuery lessons =
        periodQuery(db,
                    QStringLiteral("SELECT hub, age_band, district, language, sum(lessons)"
                                   " FROM report_lesson_day WHERE day >= :from / 86400"
                                   " AND day < :to / 86400 GROUP BY 1, 2, 3, 4"),
                    period);
    addRows(lessons, [&](Category &category) {
        category.lessonsCompleted += lessons.value(4).toLongLong();
    });
    for (int d = 0; d < kDimensions; ++d) {
        OutcomeFigures::Breakdown breakdown{QLatin1String(dimensions[d]), {}};
        std::optional<Category> notGiven;
        for (const Category &category : std::as_const(categories[d])) {
            if (category.id.isEmpty())
                notGiven = category;
            else
                breakdown.categories.append(category);
        }
        // In the order of the ids' UTF-8 bytes, as SQLite orders them.
        std::sort(
            breakdown.categories.begin(), breakdown.categories.end(),
            [](const Category &a, const Category &b) { return a.id.toUtf8() < b.id.toUtf8(); });
        if (notGiven && notGiven->learnersActive > 0) {
            notGiven->id = QLatin1String(OutcomeFigures::kNotGiven);
            breakdown.categories.append(*notGiven); // last, after the answers in order
        }
        figures.breakdowns.append(breakdown);
    }
    // The totals are the sums of any one breakdown (every learner is in one category).
    for (const Category &category : figures.breakdowns.constFirst().categories) {
        figures.learnersActive += category.learnersActive;
        figures.learnersNew += category.learnersNew;
        figures.lessonsCompleted += category.lessonsCompleted;
        figures.foundationReached += category.foundationReached;
        figures.hubs << category.id;
    }
    figures.hubs.removeAll(QLatin1String(OutcomeFigures::kNotGiven));
}

// Volunteers' sessions, check-ins and skills checks.
void countActivities(Database &db, const ReportPeriod &period, OutcomeFigures &figures) {
    using AreaChange = OutcomeFigures::AreaChange;
    // Volunteers: sessions ended in the period and their length.
    QSqlQuery volunteers =
        periodQuery(db,
                    QStringLiteral("SELECT count(*), coalesce(sum(minutes), 0) FROM outcome_event"
                                   " WHERE %1 AND at >= :from AND at < :to")
                        .arg(kindIs(Kind::HelpSession)),
                    period);
    if (volunteers.next()) {
        figures.volunteerSessions = volunteers.value(0).toLongLong();
        figures.volunteerMinutes = volunteers.value(1).toLongLong();
    }

    // Check-ins: who chose what (ids from the fixed list, comma separated).
    QHash<QString, QSet<qint64>> chose;
    QSet<qint64> checkedIn;
    QSqlQuery checkins = periodQuery(db,
                                     QStringLiteral("SELECT person_id, value FROM outcome_event"
                                                    " WHERE %1 AND at >= :from AND at < :to")
                                         .arg(kindIs(Kind::Checkin)),
                                     period);
    while (checkins.next()) {
        const qint64 person = checkins.value(0).toLongLong();
        checkedIn.insert(person);
        for (const QString &outcome : checkins.value(1).toString().split(QLatin1Char(',')))
            chose[outcome].insert(person);
    }
    figures.checkinLearners = checkedIn.size();
    for (const CheckinStore::Outcome &outcome : CheckinStore::outcomes())
        figures.checkins.append({outcome.id, qint64(chose.value(outcome.id).size())});

    // Skills checks: each learner's latest check in the period against their first, from the
    // answers totalled per check and area (report_skills). The latest numbers once, first;
    // CROSS JOIN keeps them the outer loop.
    QHash<QString, AreaChange> areas;
    QSqlQuery answers = periodQuery(
        db,
        QStringLiteral("WITH latest AS MATERIALIZED (SELECT person_id, max(check_no) AS n"
                       " FROM report_skills WHERE check_no > 1 AND at >= :from AND at < :to"
                       " GROUP BY person_id)"
                       " SELECT s.area, sum(s.answers * (s.check_no = 1)),"
                       " sum(s.yes * (s.check_no = 1)), sum(s.answers * (s.check_no = l.n)),"
                       " sum(s.yes * (s.check_no = l.n)), (SELECT count(*) FROM latest)"
                       " FROM latest l CROSS JOIN report_skills s"
                       " ON s.person_id = l.person_id AND s.check_no IN (1, l.n) GROUP BY s.area"),
        period);
    while (answers.next()) {
        AreaChange &area = areas[answers.value(0).toString()];
        area.answersBefore += answers.value(1).toLongLong();
        area.yesBefore += answers.value(2).toLongLong();
        area.answersAfter += answers.value(3).toLongLong();
        area.yesAfter += answers.value(4).toLongLong();
        figures.skillsLearners = answers.value(5).toLongLong();
    }
    for (const QString &topic : Framework::topics()) {
        AreaChange area = areas.value(topic);
        area.area = topic;
        figures.skills.append(area);
    }
}

} // namespace

OutcomeFigures OutcomeFigures::count(Database &db, const ReportPeriod &period) {
    OutcomeFigures figures;
    figures.period = period;
    // The two halves at once, the activities on a second connection, when the database can
    // have one (a file, outside a write): a year of a million events in about half the time
    // on a PC's two cores. The halves may then read moments apart, so a lesson finished
    // meanwhile can show in one and not the other until the next refresh.
    std::future<std::optional<OutcomeFigures>> activities;
    if (!db.inWrite() && !db.path().isEmpty())
        activities = std::async(std::launch::async, [path = db.path(), period] {
            std::optional<OutcomeFigures> part;
            Database reader;
            if (reader.openReader(path)) {
                part.emplace();
                countActivities(reader, period, *part);
            }
            return part;
        });
    countLearners(db, period, figures);
    std::optional<OutcomeFigures> part = activities.valid() ? activities.get() : std::nullopt;
    if (!part) {
        part.emplace();
        countActivities(db, period, *part);
    }
    figures.volunteerSessions = part->volunteerSessions;
    figures.volunteerMinutes = part->volunteerMinutes;
    figures.checkinLearners = part->checkinLearners;
    figures.checkins = part->checkins;
    figures.skillsLearners = part->skillsLearners;
    figures.skills = part->skills;
    return figures;
}

} // namespace OpenSteps
