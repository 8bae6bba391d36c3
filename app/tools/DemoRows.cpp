// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the made-up learners: each plan's rows (profile, lessons and steps, skills checks and
// answers, check-ins, help sessions) with prepared queries, and their outcome events through
// OutcomeEventStore::Writer, as the statements of the same progress would give them.
#include "DemoRows.h"

#include "Database.h"
#include "PinStore.h"
#include "SkillsCheck.h"

#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace OpenSteps::DemoData::detail {

QString iso(qint64 secs) {
    const qint64 days = secs >= 0 ? secs / kDay : (secs - kDay + 1) / kDay;
    const qint64 inDay = secs - days * kDay;
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", year, month, day,
                  int(inDay / 3600), int(inDay / 60 % 60), int(inDay % 60));
    return QString::fromLatin1(text);
}

Rows::Rows(Database &db, const Model &model, const Xapi::Context &pc)
    : m_model(model)
    , m_pc(pc)
    , m_learner(db.connection())
    , m_lesson(db.connection())
    , m_check(db.connection())
    , m_answers(db.connection())
    , m_steps(db.connection())
    , m_checkin(db.connection())
    , m_help(db.connection())
    , m_events(db) {
    m_learner.prepare(QStringLiteral(
        "INSERT INTO learner (name, avatar, language, created_at, last_seen_at, pin_kind,"
        " pin_hash, pin_salt, pin_iterations, share_consent, pseudonym, age_band,"
        " postcode_district, preferred_language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?)"));
    m_lesson.prepare(
        QStringLiteral("INSERT INTO lesson_progress (learner_id, lesson_id, started_at, updated_at,"
                       " completed_at) VALUES (?, ?, ?, ?, ?)"));
    m_check.prepare(QStringLiteral(
        "INSERT INTO skills_check (learner_id, started_at, completed_at) VALUES (?, ?, ?)"));
    // Answers and steps are made by SQLite from two small tables of the statements and
    // the lessons' steps: a few values bound per check or lesson instead of one per row.
    QSqlQuery temp(db.connection());
    temp.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS demo_statement (n INTEGER"
                             " PRIMARY KEY, id TEXT NOT NULL)"));
    temp.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS demo_step (lesson_id TEXT NOT"
                             " NULL, n INTEGER NOT NULL, id TEXT NOT NULL,"
                             " PRIMARY KEY (lesson_id, n))"));
    temp.exec(QStringLiteral("DELETE FROM temp.demo_statement"));
    temp.exec(QStringLiteral("DELETE FROM temp.demo_step"));
    temp.prepare(QStringLiteral("INSERT INTO temp.demo_statement VALUES (?, ?)"));
    for (int n = 0; n < SkillsCheck::statements().size(); ++n) {
        temp.bindValue(0, n + 1);
        temp.bindValue(1, SkillsCheck::statements().at(n).id);
        temp.exec();
    }
    temp.prepare(QStringLiteral("INSERT INTO temp.demo_step VALUES (?, ?, ?)"));
    for (const Lesson &lesson : model.lessons) {
        for (int n = 0; n < lesson.steps.size(); ++n) {
            temp.bindValue(0, lesson.id);
            temp.bindValue(1, n + 1);
            temp.bindValue(2, lesson.steps.at(n).id);
            temp.exec();
        }
    }
    // The levels: one digit per statement, in order: 0 not yet, 1 a bit, 2 yes. (Plain ?
    // placeholders only: Qt renames numbered ones.)
    m_answers.prepare(QStringLiteral(
        "INSERT INTO skills_check_answer (check_id, statement_id, answer)"
        " SELECT ?, id, CASE substr(?, n, 1) WHEN '2' THEN 'yes' WHEN '1' THEN 'a-bit'"
        " ELSE 'not-yet' END FROM temp.demo_statement ORDER BY n"));
    // A lesson's first `count` steps, evenly from `start` to `end` (seconds), written as the
    // stores write times.
    m_steps.prepare(QStringLiteral(
        "INSERT INTO step_progress (learner_id, lesson_id, step_id, completed_at)"
        " SELECT ?, lesson_id, id, strftime('%Y-%m-%dT%H:%M:%fZ', ? + ? * n / ?,"
        " 'unixepoch') FROM temp.demo_step WHERE lesson_id = ? AND n <= ? ORDER BY n"));
    m_checkin.prepare(QStringLiteral("INSERT INTO checkin (learner_id, milestone, answers,"
                                     " created_at) VALUES (?, ?, ?, ?)"));
    m_help.prepare(QStringLiteral("INSERT INTO help_session (helper_id, learner_id,"
                                  " started_at, ended_at) VALUES (?, ?, ?, ?)"));
}

bool Rows::write(int number, const Plan &plan, Rng &ids) {
    const QVariant null;
    const auto orNull = [&](const QString &text) { return text.isEmpty() ? null : QVariant(text); };
    const QString pseudonym = plan.consent ? ids.uuid() : QString();
    const bool withPin = number <= kLearnersPerPin && pin.isValid();
    const QVariant values[] = {
        QStringLiteral("Demo learner %1").arg(number),
        PinStore::pictures().at(plan.avatar),
        QStringLiteral("en"),
        iso(plan.firstVisit),
        iso(plan.lastSeen),
        withPin ? QVariant(QStringLiteral("digits")) : null,
        withPin ? QVariant(pin.hash) : null,
        withPin ? QVariant(pin.salt) : null,
        withPin ? QVariant(pin.iterations) : null,
        plan.consent ? 1 : 0,
        orNull(pseudonym),
        plan.ageBand >= 0 ? QVariant(idOf(kAgeBands[plan.ageBand])) : null,
        plan.district >= 0 ? QVariant(idOf(kDistricts[plan.district])) : null,
        plan.language >= 0 ? QVariant(idOf(kLanguages[plan.language])) : null,
    };
    for (int v = 0; v < int(std::size(values)); ++v)
        m_learner.bindValue(v, values[v]);
    if (!exec(m_learner))
        return false;
    const qint64 learner = m_learner.lastInsertId().toLongLong();
    ++summary.learners;
    summary.sharing += plan.consent ? 1 : 0;

    Xapi::Context context = m_pc;
    context.language = QStringLiteral("en");
    if (plan.consent) {
        context.ageBand = plan.ageBand >= 0 ? idOf(kAgeBands[plan.ageBand]) : QString();
        context.postcodeDistrict = plan.district >= 0 ? idOf(kDistricts[plan.district]) : QString();
        context.preferredLanguage =
            plan.language >= 0 ? idOf(kLanguages[plan.language]) : QString();
    }
    m_pending.clear();
    const auto event = [&](OutcomeEvent built) {
        m_pending << std::move(built);
        return true;
    };
    const auto sharerEvent = [&](bool assisted, auto build) {
        if (!plan.consent)
            return true;
        context.assisted = assisted;
        return event(build());
    };

    for (const LessonRun &run : plan.lessons) {
        const Lesson &lesson = m_model.lessons.at(run.lesson);
        const qint64 last = run.finished > 0 ? run.finished : run.started + 60 * run.steps;
        m_lesson.bindValue(0, learner);
        m_lesson.bindValue(1, lesson.id);
        m_lesson.bindValue(2, iso(run.started));
        m_lesson.bindValue(3, iso(last));
        m_lesson.bindValue(4, run.finished > 0 ? QVariant(iso(run.finished)) : null);
        if (!exec(m_lesson) || !writeSteps(learner, lesson, run))
            return false;
        ++summary.lessonsStarted;
        if (!sharerEvent(run.assistedStart, [&] {
                return lessonEvent(OutcomeEvent::Kind::LessonStarted, ids.uuid(), pseudonym, lesson,
                                   run.started, context);
            }))
            return false;
        if (run.finished == 0)
            continue;
        ++summary.lessonsCompleted;
        if (!sharerEvent(run.assistedEnd, [&] {
                return lessonEvent(OutcomeEvent::Kind::LessonCompleted, ids.uuid(), pseudonym,
                                   lesson, run.finished, context);
            }))
            return false;
        if (run.finished == plan.foundationAt) {
            ++summary.foundation;
            if (!sharerEvent(plan.foundationAssisted, [&] {
                    return foundationEvent(ids.uuid(), pseudonym, plan.foundationAt, context);
                }))
                return false;
        }
    }

    static const QString words[] = {QStringLiteral("not-yet"), QStringLiteral("a-bit"),
                                    QStringLiteral("yes")};
    const QList<SkillsCheck::Statement> &statements = SkillsCheck::statements();
    for (int c = 0; c < plan.checks.size(); ++c) {
        const CheckRun &check = plan.checks.at(c);
        m_check.bindValue(0, learner);
        m_check.bindValue(1, iso(check.started));
        m_check.bindValue(2, iso(check.completed));
        if (!exec(m_check))
            return false;
        QByteArray levels;
        for (quint8 level : check.levels)
            levels += char('0' + level);
        m_answers.bindValue(0, m_check.lastInsertId());
        m_answers.bindValue(1, QString::fromLatin1(levels));
        if (!exec(m_answers))
            return false;
        ++summary.skillsChecks;
        for (int s = 0; s < statements.size(); ++s) {
            if (!sharerEvent(check.assisted, [&] {
                    return skillsAnswerEvent(ids.uuid(), pseudonym, statements.at(s).id,
                                             statements.at(s).skill, words[check.levels.at(s)],
                                             c + 1, check.completed, context);
                }))
                return false;
        }
    }

    for (const CheckinRun &run : plan.checkins) {
        m_checkin.bindValue(0, learner);
        m_checkin.bindValue(1, run.milestone);
        // "" for none of these, never NULL (the column says they were asked).
        m_checkin.bindValue(2, run.outcomes.isEmpty() ? QStringLiteral("")
                                                      : run.outcomes.join(QLatin1Char(',')));
        m_checkin.bindValue(3, iso(run.at));
        if (!exec(m_checkin))
            return false;
        ++summary.checkins;
        if (!sharerEvent(run.assisted, [&] {
                return checkinEvent(ids.uuid(), pseudonym, run.milestone, run.outcomes, run.at,
                                    context);
            }))
            return false;
    }

    for (const HelpRun &run : plan.help) {
        const qint64 ended = run.started + 60 * run.minutes;
        m_help.bindValue(0, volunteerIds.isEmpty()
                                ? null
                                : QVariant(volunteerIds.at(run.volunteer % volunteerIds.size())));
        m_help.bindValue(1, learner);
        m_help.bindValue(2, iso(run.started));
        m_help.bindValue(3, iso(ended));
        if (!exec(m_help))
            return false;
        ++summary.helpSessions;
        // Recorded whoever the learner was: the statement names neither of them.
        Xapi::Context hub = m_pc;
        hub.language = QStringLiteral("en");
        if (!event(helpSessionEvent(ids.uuid(), run.minutes, ended, hub)))
            return false;
    }
    return writeEvents(plan.consent ? learner : 0);
}

bool Rows::writeEvents(qint64 learner) {
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const OutcomeEvent &a, const OutcomeEvent &b) { return a.at < b.at; });
    if (m_pending.size() > 1)
        std::rotate(m_pending.begin(), m_pending.end() - 1, m_pending.end());
    for (const OutcomeEvent &event : std::as_const(m_pending)) {
        if (!m_events.add(event.person.isEmpty() ? 0 : learner, event)) {
            error = QStringLiteral("Could not save an outcome event.");
            return false;
        }
        ++summary.events;
    }
    return true;
}

bool Rows::exec(QSqlQuery &query) {
    if (query.exec())
        return true;
    error = QStringLiteral("Could not save demo data: %1").arg(query.lastError().text());
    return false;
}

bool Rows::writeSteps(qint64 learner, const Lesson &lesson, const LessonRun &run) {
    const int count = std::min(run.steps, int(lesson.steps.size()));
    if (count == 0)
        return true;
    const qint64 end = run.finished > 0 ? run.finished : run.started + 60 * count;
    const QVariant values[] = {learner, run.started, end - run.started, count, lesson.id, count};
    for (int v = 0; v < int(std::size(values)); ++v)
        m_steps.bindValue(v, values[v]);
    return exec(m_steps);
}

} // namespace OpenSteps::DemoData::detail
