// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeFigures.h"

#include "CheckinStore.h"
#include "Database.h"
#include "Framework.h"
#include "OutcomeEvent.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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

    // One pass over the period's events: each learner's lessons and Foundation. Every other
    // learner figure reads this small table.
    exec.exec(
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS period_learner ("
                       " person_id INTEGER PRIMARY KEY, lessons INTEGER, foundation INTEGER)"));
    exec.exec(QStringLiteral("DELETE FROM period_learner"));
    periodQuery(db,
                QStringLiteral("INSERT INTO period_learner SELECT person_id, sum(%1), max(%2)"
                               " FROM outcome_event WHERE at >= :from AND at < :to"
                               " AND person_id IS NOT NULL GROUP BY person_id")
                    .arg(kindIs(Kind::LessonCompleted), kindIs(Kind::Foundation)),
                period);

    const QString perCategory = QStringLiteral(
        "SELECT %1, count(*), sum(p.first_at >= :from AND p.first_at < :to),"
        " sum(l.lessons), sum(l.foundation)"
        " FROM period_learner l JOIN report_person p ON p.id = l.person_id GROUP BY 1");
    const std::pair<const char *, const char *> dimensions[] = {
        {"hub", "p.hub"},
        {"age_band", "p.age_band"},
        {"postcode_district", "p.district"},
        {"preferred_language", "p.language"}};
    for (const auto &[dimension, column] : dimensions) {
        Breakdown breakdown{QLatin1String(dimension), {}};
        Category notGiven{QLatin1String(kNotGiven)};
        QSqlQuery rows = periodQuery(db, perCategory.arg(QLatin1String(column)), period);
        while (rows.next()) {
            const QString id = rows.value(0).toString();
            Category &category = id.isEmpty() ? notGiven : breakdown.categories.emplace_back();
            if (!id.isEmpty())
                category.id = id;
            category.learnersActive += rows.value(1).toLongLong();
            category.learnersNew += rows.value(2).toLongLong();
            category.lessonsCompleted += rows.value(3).toLongLong();
            category.foundationReached += rows.value(4).toLongLong();
        }
        if (notGiven.learnersActive > 0)
            breakdown.categories.append(notGiven); // last, after the answers in order
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

    // Skills checks: each learner's latest check in the period against their first.
    const QString latest =
        QStringLiteral(
            "WITH latest AS (SELECT person_id, max(check_no) AS n FROM outcome_event"
            " WHERE %1 AND at >= :from AND at < :to AND check_no > 1 GROUP BY person_id) ")
            .arg(kindIs(Kind::SkillsAnswer));
    QSqlQuery learners =
        periodQuery(db, latest + QStringLiteral("SELECT count(*) FROM latest"), period);
    if (learners.next())
        figures.skillsLearners = learners.value(0).toLongLong();
    QHash<QString, AreaChange> areas;
    QSqlQuery answers = periodQuery(
        db,
        latest + QStringLiteral("SELECT e.tags, sum(e.check_no = 1),"
                                " sum(e.check_no = 1 AND e.value = 'yes'), sum(e.check_no = l.n),"
                                " sum(e.check_no = l.n AND e.value = 'yes')"
                                " FROM latest l JOIN outcome_event e ON e.person_id = l.person_id"
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
