// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeFigures.h"

#include "CheckinStore.h"
#include "Database.h"
#include "Framework.h"
#include "OutcomeEvent.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
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
    if (!query.exec())
        qWarning("report query failed: %s", qPrintable(query.lastError().text()));
    return query;
}

QString kindIs(Kind kind) {
    return QStringLiteral("kind = %1").arg(int(kind));
}

} // namespace

OutcomeFigures OutcomeFigures::count(Database &db, const ReportPeriod &period) {
    OutcomeFigures figures;
    figures.period = period;
    QSqlQuery exec(db.connection());

    // Each learner's lessons and Foundation in the period, from the events of those two kinds
    // only (indexes by kind and time, migration 10).
    exec.exec(
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS period_lessons ("
                       " person_id INTEGER PRIMARY KEY, lessons INTEGER, foundation INTEGER)"));
    exec.exec(QStringLiteral("DELETE FROM period_lessons"));
    periodQuery(db,
                QStringLiteral("INSERT INTO period_lessons SELECT person_id, count(*), 0"
                               " FROM outcome_event WHERE %1 AND at >= :from AND at < :to"
                               " AND person_id IS NOT NULL GROUP BY person_id")
                    .arg(kindIs(Kind::LessonCompleted)),
                period);
    periodQuery(db,
                QStringLiteral("INSERT INTO period_lessons SELECT DISTINCT person_id, 0, 1"
                               " FROM outcome_event WHERE %1 AND at >= :from AND at < :to"
                               " AND person_id IS NOT NULL"
                               " ON CONFLICT (person_id) DO UPDATE SET foundation = 1")
                    .arg(kindIs(Kind::Foundation)),
                period);

    // Every breakdown from one pass over the learners of the period, in the order of their
    // answers (an index, so nothing is sorted): those with any event in it. That is those
    // whose first or last event is in it (report_person keeps both times, as it keeps first_at
    // for "new"), and, of those whose events span the whole period, any with one in between.
    // The learners per combination of answers are added up per dimension here, categories in
    // the order of their ids' UTF-8 bytes (as SQLite's GROUP BY orders them).
    const char *const dimensions[] = {"hub", "age_band", "postcode_district", "preferred_language"};
    constexpr int kDimensions = int(std::size(dimensions));
    QMap<QByteArray, Category> categories[kDimensions];
    QSqlQuery rows = periodQuery(
        db,
        QStringLiteral("SELECT p.hub, p.age_band, p.district, p.language, count(*),"
                       " sum(p.first_at >= :from AND p.first_at < :to), sum(l.lessons),"
                       " sum(l.foundation) FROM report_person p"
                       " LEFT JOIN period_lessons l ON l.person_id = p.id"
                       " WHERE (p.first_at >= :from AND p.first_at < :to)"
                       " OR (p.last_at >= :from AND p.last_at < :to)"
                       " OR (p.first_at < :from AND p.last_at >= :to AND EXISTS (SELECT 1"
                       " FROM outcome_event e WHERE e.person_id = p.id"
                       " AND e.at >= :from AND e.at < :to))"
                       " GROUP BY 1, 2, 3, 4"),
        period);
    while (rows.next()) {
        for (int d = 0; d < kDimensions; ++d) {
            const QString id = rows.value(d).toString();
            Category &category = categories[d][id.toUtf8()];
            category.id = id;
            category.learnersActive += rows.value(4).toLongLong();
            category.learnersNew += rows.value(5).toLongLong();
            category.lessonsCompleted += rows.value(6).toLongLong();
            category.foundationReached += rows.value(7).toLongLong();
        }
    }
    for (int d = 0; d < kDimensions; ++d) {
        Breakdown breakdown{QLatin1String(dimensions[d]), {}};
        std::optional<Category> notGiven;
        for (const Category &category : std::as_const(categories[d])) {
            if (category.id.isEmpty())
                notGiven = category;
            else
                breakdown.categories.append(category);
        }
        if (notGiven && notGiven->learnersActive > 0) {
            notGiven->id = QLatin1String(kNotGiven);
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
    figures.hubs.removeAll(QLatin1String(kNotGiven));

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

    // Skills checks: each learner's latest check in the period against their first. The
    // latest numbers once, in a small table (index of later checks, migration 10); CROSS JOIN
    // keeps it the outer loop (SQLite knows nothing of a temporary table's size).
    exec.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS period_latest ("
                             " person_id INTEGER PRIMARY KEY, n INTEGER)"));
    exec.exec(QStringLiteral("DELETE FROM period_latest"));
    periodQuery(db,
                QStringLiteral("INSERT INTO period_latest SELECT person_id, max(check_no)"
                               " FROM outcome_event WHERE %1 AND at >= :from AND at < :to"
                               " AND check_no > 1 GROUP BY person_id")
                    .arg(kindIs(Kind::SkillsAnswer)),
                period);
    if (exec.exec(QStringLiteral("SELECT count(*) FROM period_latest")) && exec.next())
        figures.skillsLearners = exec.value(0).toLongLong();
    exec.finish();
    QHash<QString, AreaChange> areas;
    QSqlQuery answers = periodQuery(
        db,
        QStringLiteral(
            "SELECT e.tags, sum(e.check_no = 1),"
            " sum(e.check_no = 1 AND e.value = 'yes'), sum(e.check_no = l.n),"
            " sum(e.check_no = l.n AND e.value = 'yes')"
            " FROM period_latest l CROSS JOIN outcome_event e ON e.person_id = l.person_id"
            " AND e.%1 AND e.check_no IN (1, l.n) GROUP BY e.tags")
            .arg(kindIs(Kind::SkillsAnswer)),
        period);
    while (answers.next()) {
        AreaChange &area = areas[OutcomeEvent::areaOf(answers.value(0).toString())];
        area.answersBefore += answers.value(1).toLongLong();
        area.yesBefore += answers.value(2).toLongLong();
        area.answersAfter += answers.value(3).toLongLong();
        area.yesAfter += answers.value(4).toLongLong();
    }
    for (const QString &topic : Framework::topics()) {
        AreaChange area = areas.value(topic);
        area.area = topic;
        figures.skills.append(area);
    }
    return figures;
}

} // namespace OpenSteps
