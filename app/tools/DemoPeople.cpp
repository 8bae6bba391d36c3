// SPDX-License-Identifier: GPL-3.0-or-later
// The made-up learners' journeys: what the simulation knows of the catalogue (Model), the path
// a skills check gives, and one learner's 18 months of visits, lessons, skills checks,
// check-ins and help, drawn from their own random stream (simulate). Nothing is written here.
#include "DemoDataParts.h"

#include "CheckinStore.h"
#include "FoundationLevel.h"
#include "PinStore.h"
#include "SkillsCheck.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace OpenSteps::DemoData::detail {

Model::Model(const QList<Lesson> &catalogLessons, const LessonCatalog &catalog, const QDate &until)
    : lessons(catalogLessons) {
    const QStringList &tasks = FoundationLevel::tasks();
    allTasks = (1u << tasks.size()) - 1;
    for (const Lesson &lesson : lessons) {
        const QStringList missing = FoundationLevel::missing(catalog, {lesson.id});
        quint32 bits = 0;
        for (int t = 0; t < tasks.size(); ++t)
            bits |= missing.contains(tasks.at(t)) ? 0 : (1u << t);
        foundationTasks << bits;
    }
    for (const SkillsCheck::Statement &statement : SkillsCheck::statements()) {
        QList<int> teaching;
        for (int l = 0; l < lessons.size(); ++l) {
            if ((lessons.at(l).skills + lessons.at(l).stepSkills()).contains(statement.skill))
                teaching << l;
        }
        taughtBy << teaching;
    }
    teaches.resize(lessons.size());
    for (int s = 0; s < taughtBy.size(); ++s) {
        for (int lesson : taughtBy.at(s))
            teaches[lesson] << s;
    }
    untilEnd = QDateTime(until.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    firstDay = untilEnd - qint64(kSpanDays) * kDay;
}

qint64 Model::visitStart(qint64 day, Rng &rng) const {
    qint64 start = firstDay + day * kDay;
    if ((start / kDay + 3) % 7 == 6) // 1970-01-01 was a Thursday: 6 is a Sunday
        start += kDay;
    return start + 9 * 3600 + 1800 + rng.bounded(6 * 3600); // 09:30 to 15:30
}

QList<int> pathOrder(const Model &model, const QList<quint8> &levels) {
    QList<int> path;
    path.reserve(model.lessons.size());
    for (int rank = 0; rank <= 2; ++rank) {
        for (int lesson = 0; lesson < model.teaches.size(); ++lesson) {
            int lessonRank = model.teaches.at(lesson).isEmpty() ? 1 : 2;
            for (int statement : model.teaches.at(lesson))
                lessonRank = std::min(lessonRank, int(levels.at(statement)));
            if (lessonRank == rank)
                path << lesson;
        }
    }
    return path;
}

void simulate(const Model &model, quint64 seed, double pace, Plan &plan) {
    plan.clear();
    Rng rng{seed};
    const double keen = pace * -std::log(1.0 - rng.uniform()); // most do little, a few a lot
    const int lessonCount = int(model.lessons.size());
    const int wanted = std::min(lessonCount, int(keen * 5 + rng.uniform()));
    const bool leavesOneUnfinished = wanted < lessonCount && rng.chance(wanted == 0 ? 0.7 : 0.45);
    const bool firstCheck = rng.chance(std::min(0.85, 0.1 + 0.5 * keen));
    const double ability = rng.uniform();

    plan.consent = rng.chance(0.85);
    plan.avatar = rng.bounded(int(PinStore::pictures().size()));
    const int ageBand = pick(rng, kAgeBands);
    const int district = pick(rng, kDistricts);
    const int language = pick(rng, kLanguages);
    if (plan.consent) { // answered only by those who agree to share
        plan.ageBand = kAgeBands[ageBand].id ? ageBand : -1;
        plan.district = kDistricts[district].id ? district : -1;
        plan.language = kLanguages[language].id ? language : -1;
    }

    // More first visits lately, as a programme grows.
    const qint64 firstDayIndex = qint64(kSpanDays * std::sqrt(rng.uniform()));
    qint64 t = model.visitStart(firstDayIndex, rng);
    if (t >= model.untilEnd)
        t -= 2 * kDay; // the last day was a Sunday
    plan.firstVisit = plan.lastSeen = t;

    const QList<SkillsCheck::Statement> &statements = SkillsCheck::statements();
    QList<quint8> levels(statements.size(), 0);
    QList<bool> taken(lessonCount, false);
    QList<int> order;
    qint64 helpUntil = 0;
    quint32 covered = 0;
    int completed = 0;
    bool fourWeeksAsked = false;
    const auto assisted = [&](qint64 at) { return at <= helpUntil; };
    const auto seen = [&](qint64 at) { plan.lastSeen = std::max(plan.lastSeen, at); };
    const auto reorder = [&] {
        order.clear();
        const QList<int> path = plan.checks.isEmpty()
                                    ? [&] {
                                          QList<int> usual(lessonCount);
                                          std::iota(usual.begin(), usual.end(), 0);
                                          return usual;
                                      }()
                                    : pathOrder(model, levels);
        for (int lesson : path) {
            if (!taken.at(lesson))
                order << lesson;
        }
    };
    const auto doCheck = [&] {
        CheckRun check;
        check.started = t;
        check.completed = t + (4 + rng.bounded(6)) * 60 + rng.bounded(60);
        if (check.completed >= model.untilEnd)
            return false;
        for (int s = 0; s < statements.size(); ++s) {
            if (plan.checks.isEmpty()) {
                // Before: what they feel they can do. The first Foundation tasks come easier;
                // Wi-Fi is the one most adults still cannot do.
                double x = ability + (rng.uniform() - 0.5) * 0.6;
                if (s < 3)
                    x += 0.15;
                if (statements.at(s).id == QLatin1String("wifi"))
                    x -= 0.2;
                levels[s] = x > 0.75 ? 2 : x > 0.4 ? 1 : 0;
            } else if (levels.at(s) < 2) {
                // After: more "yes" where they did the lessons that teach it.
                const bool taught = std::any_of(
                    model.taughtBy.at(s).cbegin(), model.taughtBy.at(s).cend(), [&](int lesson) {
                        return taken.at(lesson) &&
                               std::any_of(plan.lessons.cbegin(), plan.lessons.cend(),
                                           [&](const LessonRun &run) {
                                               return run.lesson == lesson && run.finished > 0;
                                           });
                    });
                if (rng.chance(taught ? 0.75 : 0.2))
                    levels[s] = quint8(std::min(2, levels.at(s) + (rng.chance(0.3) ? 2 : 1)));
            }
        }
        check.levels = levels;
        check.assisted = assisted(check.completed);
        plan.checks << check;
        t = check.completed + 60;
        seen(check.completed);
        reorder();
        return true;
    };
    const auto checkin = [&](const char *milestone) {
        CheckinRun run;
        run.milestone = QLatin1String(milestone);
        run.at = t + (1 + rng.bounded(3)) * 60;
        if (run.at >= model.untilEnd)
            return;
        for (const Weighted &outcome : kCheckinOutcomes) {
            if (rng.chance(outcome.weight / 100.0))
                run.outcomes << QLatin1String(outcome.id);
        }
        run.assisted = assisted(run.at);
        plan.checkins << run;
        t = run.at + 60;
        seen(run.at);
    };

    bool left = false;
    for (int visit = 0; !left; ++visit) {
        // A volunteer sits with them for part of the visit: often the first time.
        if (rng.chance(visit == 0 ? 0.35 : 0.12)) {
            const int minutes = 10 + int(80 * std::pow(rng.uniform(), 1.6));
            if (t + minutes * 60 < model.untilEnd) {
                plan.help << HelpRun{t, minutes, rng.bounded(std::max(1, model.volunteers))};
                helpUntil = t + minutes * 60;
            }
        }
        if (visit == 0) {
            if (firstCheck)
                doCheck(); // offered as soon as the profile is made
            reorder();
        } else {
            if (!plan.checks.isEmpty() && plan.checks.size() < kMaxChecks &&
                completed >= SkillsCheck::kLessonsBetweenChecks * plan.checks.size() &&
                rng.chance(0.6))
                doCheck();
            if (!fourWeeksAsked && t >= plan.firstVisit + CheckinStore::kFourWeeksDays * kDay) {
                fourWeeksAsked = true;
                if (rng.chance(0.6))
                    checkin("four-weeks");
            }
        }
        const int lessonsNow = 1 + (rng.chance(0.45) ? 1 : 0) + (rng.chance(0.12) ? 1 : 0);
        for (int n = 0; n < lessonsNow && !left; ++n) {
            if (order.isEmpty()) {
                left = true;
                break;
            }
            const int lesson = order.takeFirst();
            const int steps = int(model.lessons.at(lesson).steps.size());
            LessonRun run;
            run.lesson = lesson;
            run.started = t;
            run.assistedStart = assisted(t);
            const qint64 end = t + (12 + rng.bounded(24)) * 60 + rng.bounded(60);
            taken[lesson] = true;
            if (completed == wanted || end >= model.untilEnd) {
                left = true;
                if (!leavesOneUnfinished && completed == wanted)
                    break; // made a profile, maybe a lesson or two, and did not come back
                run.steps = 1 + rng.bounded(std::max(1, steps - 1));
                if (t + 60 * run.steps >= model.untilEnd)
                    break;
                plan.lessons << run;
                seen(t + 60 * run.steps);
                break;
            }
            run.finished = end;
            run.steps = steps;
            run.assistedEnd = assisted(end);
            plan.lessons << run;
            ++completed;
            t = end;
            seen(end);
            covered |= model.foundationTasks.at(lesson);
            if (plan.foundationAt == 0 && covered == model.allTasks) {
                plan.foundationAt = end;
                plan.foundationAssisted = run.assistedEnd;
                if (rng.chance(0.7))
                    checkin("foundation");
            }
            t += (1 + rng.bounded(5)) * 60;
        }
        if (left)
            break;
        // Back in a few days, now and then after a long gap.
        const qint64 today = (plan.lastSeen - model.firstDay) / kDay;
        const qint64 gap = 2 + rng.bounded(12) + (rng.chance(0.1) ? 20 + rng.bounded(40) : 0);
        t = model.visitStart(today + gap, rng);
        if (t >= model.untilEnd)
            break;
    }
}

} // namespace OpenSteps::DemoData::detail
