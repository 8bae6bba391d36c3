// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "CheckinStore.h"
#include "Database.h"
#include "DemoFlag.h"
#include "FoundationLevel.h"
#include "HubIdentity.h"
#include "OutcomeEventStore.h"
#include "OutcomeRecorder.h"
#include "PinStore.h"
#include "SecretHash.h"
#include "SettingsStore.h"
#include "SharingStore.h"
#include "SkillsCheck.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace OpenSteps::DemoData {

// --- The events, as the statements would give them --------------------------------------------

namespace {

qint64 rounded(qint64 secs, Xapi::Rounding rounding) {
    const qint64 unit = rounding == Xapi::Rounding::Day ? 86400 : 3600;
    return secs - ((secs % unit) + unit) % unit;
}

// What every statement of a learner carries (Xapi's contextOf and the actor).
OutcomeEvent learnerEvent(OutcomeEvent::Kind kind, const QString &id, const QString &pseudonym,
                          qint64 atSecs, const Xapi::Context &context) {
    OutcomeEvent event;
    event.statementId = id;
    event.person = pseudonym;
    event.hub = context.hubId;
    event.kind = kind;
    event.at = rounded(atSecs, context.rounding);
    event.assisted = context.assisted;
    event.ageBand = context.ageBand;
    event.district = context.postcodeDistrict;
    event.language = context.preferredLanguage;
    return event;
}

} // namespace

OutcomeEvent lessonEvent(OutcomeEvent::Kind kind, const QString &id, const QString &pseudonym,
                         const Lesson &lesson, qint64 atSecs, const Xapi::Context &context) {
    OutcomeEvent event = learnerEvent(kind, id, pseudonym, atSecs, context);
    event.item = lesson.id;
    event.tags = lesson.skills.join(QLatin1Char(','));
    return event;
}

OutcomeEvent skillsAnswerEvent(const QString &id, const QString &pseudonym,
                               const QString &statementId, const QString &skill,
                               const QString &answer, int check, qint64 atSecs,
                               const Xapi::Context &context) {
    OutcomeEvent event =
        learnerEvent(OutcomeEvent::Kind::SkillsAnswer, id, pseudonym, atSecs, context);
    event.item = statementId;
    event.tags = skill;
    event.value = answer;
    event.check = check;
    return event;
}

OutcomeEvent foundationEvent(const QString &id, const QString &pseudonym, qint64 atSecs,
                             const Xapi::Context &context) {
    return learnerEvent(OutcomeEvent::Kind::Foundation, id, pseudonym, atSecs, context);
}

OutcomeEvent checkinEvent(const QString &id, const QString &pseudonym, const QString &milestone,
                          const QStringList &outcomes, qint64 atSecs,
                          const Xapi::Context &context) {
    OutcomeEvent event = learnerEvent(OutcomeEvent::Kind::Checkin, id, pseudonym, atSecs, context);
    event.item = milestone;
    event.value = outcomes.join(QLatin1Char(','));
    return event;
}

OutcomeEvent helpSessionEvent(const QString &id, int minutes, qint64 atSecs,
                              const Xapi::Context &context) {
    // The hub's volunteers as a whole: nothing about the learner, never "assisted".
    OutcomeEvent event;
    event.statementId = id;
    event.hub = context.hubId;
    event.kind = OutcomeEvent::Kind::HelpSession;
    event.at = rounded(atSecs, context.rounding);
    event.minutes = std::max(0, minutes);
    return event;
}

// --- Refusing real data -------------------------------------------------------------------

QString refusal(const QString &dataDir) {
    const QString dir = QDir(dataDir).absolutePath();
    const QString path = QDir(dir).filePath(QLatin1String(Database::kFileName));
    if (!QFile::exists(path))
        return {};
    const QString connection = QStringLiteral("demo-data-check");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        // Reading a WAL database creates its -wal and -shm files, unless it is opened as
        // immutable, which is exact while there is no -wal file (no app has it open, none
        // crashed with changes in it). With one, they exist already: read it the usual way.
        if (QFile::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            problem = QStringLiteral("Cannot read %1 (%2), so demo data is not added to it.")
                          .arg(path, db.lastError().text());
        } else {
            const QStringList tables = db.tables();
            QSqlQuery query(db);
            const auto count = [&](const char *table) -> qint64 {
                const QString name = QLatin1String(table);
                return tables.contains(name) &&
                               query.exec(QStringLiteral("SELECT count(*) FROM ") + name) &&
                               query.next()
                           ? query.value(0).toLongLong()
                           : 0;
            };
            const bool demo = tables.contains(QLatin1String("setting")) &&
                              query.exec(QStringLiteral("SELECT value FROM setting WHERE key = "
                                                        "'demo_data'")) &&
                              query.next() && query.value(0).toString() == QLatin1String("1");
            const qint64 learners = count("learner");
            const qint64 helpers = count("helper");
            const qint64 progress = count("lesson_progress");
            const qint64 statements = count("outbox");
            const qint64 events = count("outcome_event");
            if (demo && learners > 0)
                problem = QStringLiteral("%1 already holds demo data (%2 learners). Demo data is "
                                         "only added to an empty folder: give a new --data-dir, "
                                         "or delete this folder first. Nothing was changed.")
                              .arg(dir)
                              .arg(learners);
            else if (!demo && learners + helpers + progress + statements + events > 0)
                problem = QStringLiteral("%1 holds real data (%2 learners, %3 helpers, %4 lessons "
                                         "in progress, %5 outcome statements). Demo data is never "
                                         "mixed with real learners: give a new, empty "
                                         "--data-dir. Nothing was changed.")
                              .arg(dir)
                              .arg(learners)
                              .arg(helpers)
                              .arg(progress)
                              .arg(statements + events);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

// --- The made-up learners -----------------------------------------------------------------

namespace {

constexpr int kSpanDays = 548; // about 18 months of first visits
constexpr qint64 kDay = 86400;
constexpr int kMaxChecks = 3;
constexpr int kLearnersPerTransaction = 2000;
constexpr int kCalibrationLearners = 3000;

// A fast, seedable stream for one learner (SplitMix64). Each learner's stream is seeded from
// the run's QRandomGenerator, so a learner's life does not depend on how busy the others were.
struct Rng {
    quint64 state;
    quint64 next() {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    int bounded(int n) { return int(uniform() * n); }
    bool chance(double p) { return uniform() < p; }
    // A version 4 UUID made of this stream's bits: the same seed, the same ids.
    QString uuid() {
        const quint64 high = (next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
        const quint64 low = (next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        const QUuid id(quint32(high >> 32), quint16(high >> 16), quint16(high), quint8(low >> 56),
                       quint8(low >> 48), quint8(low >> 40), quint8(low >> 32), quint8(low >> 24),
                       quint8(low >> 16), quint8(low >> 8), quint8(low));
        return id.toString(QUuid::WithoutBraces);
    }
};

struct Weighted {
    const char *id; // nullptr: "not given"
    int weight;
};

// Optional answers of those who share, roughly as a Leeds library's learners give them: older
// people more than younger, many leaving a question blank.
constexpr Weighted kAgeBands[] = {{"16-24", 4},  {"25-49", 13}, {"50-64", 22},
                                  {"65-74", 23}, {"75+", 14},   {nullptr, 24}};
constexpr Weighted kDistricts[] = {
    {"LS1", 1},  {"LS2", 1},  {"LS3", 2},  {"LS4", 3},  {"LS5", 2},  {"LS6", 5},
    {"LS7", 5},  {"LS8", 7},  {"LS9", 8},  {"LS10", 6}, {"LS11", 7}, {"LS12", 6},
    {"LS13", 5}, {"LS14", 6}, {"LS15", 4}, {"LS16", 3}, {"LS17", 3}, {"LS18", 2},
    {"LS19", 2}, {"LS20", 1}, {"LS21", 1}, {"LS22", 1}, {"LS23", 1}, {"LS24", 1},
    {"LS25", 2}, {"LS26", 2}, {"LS27", 3}, {"LS28", 4}, {"LS29", 1}, {nullptr, 22}};
constexpr Weighted kLanguages[] = {{"en", 60}, {"ur", 7}, {"pl", 6},   {"ar", 3}, {"pa", 3},
                                   {"bn", 2},  {"ro", 3}, {"ku", 2},   {"fa", 2}, {"so", 2},
                                   {"zh", 1},  {"ti", 1}, {nullptr, 8}};
// "What has changed for you?": how often each outcome is chosen.
constexpr Weighted kCheckinOutcomes[] = {
    {"saved-money", 30}, {"keeping-in-touch", 45}, {"work", 12},
    {"health", 35},      {"council-housing", 20},  {"getting-around", 25}};

template <size_t N> int pick(Rng &rng, const Weighted (&table)[N]) {
    int total = 0;
    for (const Weighted &row : table)
        total += row.weight;
    int roll = rng.bounded(total);
    for (size_t i = 0; i < N; ++i) {
        if ((roll -= table[i].weight) < 0)
            return int(i);
    }
    return int(N) - 1;
}

QString idOf(const Weighted &row) {
    return row.id ? QString::fromLatin1(row.id) : QString();
}

// What QDateTime::toString(Qt::ISODateWithMs) gives for a UTC time ("2026-03-31T09:30:00.000Z",
// as the stores write them), without its cost: millions of these are written.
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

// What one learner did, worked out before anything is written (and, to size a run, without
// writing anything at all).
struct LessonRun {
    int lesson = 0;
    qint64 started = 0;
    qint64 finished = 0; // 0: left unfinished
    int steps = 0;       // steps done
    bool assistedStart = false;
    bool assistedEnd = false;
};
struct CheckRun {
    qint64 started = 0;
    qint64 completed = 0;
    QList<quint8> levels; // per SkillsCheck::statements(): 0 not yet, 1 a bit, 2 yes
    bool assisted = false;
};
struct CheckinRun {
    QString milestone;
    qint64 at = 0;
    QStringList outcomes;
    bool assisted = false;
};
struct HelpRun {
    qint64 started = 0;
    int minutes = 0;
    int volunteer = 0;
};

struct Plan {
    qint64 firstVisit = 0;
    qint64 lastSeen = 0;
    bool consent = false;
    int avatar = 0;
    int ageBand = -1, district = -1, language = -1; // rows of the tables above
    QList<LessonRun> lessons;
    QList<CheckRun> checks;
    QList<CheckinRun> checkins;
    QList<HelpRun> help;
    qint64 foundationAt = 0; // 0: not reached
    bool foundationAssisted = false;

    void clear() { *this = Plan(); }
    qint64 completed() const {
        return std::count_if(lessons.cbegin(), lessons.cend(),
                             [](const LessonRun &run) { return run.finished > 0; });
    }
    // Outcome events: a sharing learner's statements, and every help session (of no learner).
    qint64 events(qsizetype statementsPerCheck) const {
        qint64 count = help.size();
        if (consent)
            count += lessons.size() + completed() + checks.size() * statementsPerCheck +
                     (foundationAt > 0 ? 1 : 0) + checkins.size();
        return count;
    }
};

// What the simulation needs from the catalogue and the framework, worked out once.
struct Model {
    const QList<Lesson> &lessons;
    QList<quint32> foundationTasks; // per lesson: bits of FoundationLevel::tasks() it covers
    quint32 allTasks = 0;
    QList<QList<int>> taughtBy; // per skills-check statement: the lessons that teach it
    QList<QList<int>> teaches;  // per lesson: the skills-check statements it teaches
    qint64 untilEnd = 0;        // the moment after the last day
    qint64 firstDay = 0;        // the first day a learner may come
    int volunteers = 0;

    Model(const QList<Lesson> &catalogLessons, const LessonCatalog &catalog, const QDate &until)
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

    // A visit on `day` (days after firstDay): library hours, never on a Sunday.
    qint64 visitStart(qint64 day, Rng &rng) const {
        qint64 start = firstDay + day * kDay;
        if ((start / kDay + 3) % 7 == 6) // 1970-01-01 was a Thursday: 6 is a Sunday
            start += kDay;
        return start + 9 * 3600 + 1800 + rng.bounded(6 * 3600); // 09:30 to 15:30
    }
};

// learningPath (SkillsCheck) for a learner who answered every statement, without its string
// work: each lesson ranked by its lowest answer (0 not yet, 1 a bit, 2 yes; 1 when it teaches
// none of them), in the usual order within a rank. tst_demodata checks the lessons taken
// against learningPath itself.
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

// One learner's 18 months. `pace` scales how much they do (lessons, and so checks and
// milestones); everything else is drawn from their own stream.
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

// Writes the rows of one learner's plan; the events through the shared writer.
class Rows {
public:
    Rows(Database &db, const Model &model, const Xapi::Context &pc)
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
        m_lesson.prepare(QStringLiteral(
            "INSERT INTO lesson_progress (learner_id, lesson_id, started_at, updated_at,"
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

    QString error;
    Summary summary;
    QList<qint64> volunteerIds;
    HashedSecret pin;

    bool write(int number, const Plan &plan, Rng &ids) {
        const QVariant null;
        const auto orNull = [&](const QString &text) {
            return text.isEmpty() ? null : QVariant(text);
        };
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
            context.postcodeDistrict =
                plan.district >= 0 ? idOf(kDistricts[plan.district]) : QString();
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
                    return lessonEvent(OutcomeEvent::Kind::LessonStarted, ids.uuid(), pseudonym,
                                       lesson, run.started, context);
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
            m_help.bindValue(0,
                             volunteerIds.isEmpty()
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

private:
    // The learner's events, their latest first and then from the earliest: the writer then
    // updates their report row twice, not once per event (the rest fall inside its times).
    bool writeEvents(qint64 learner) {
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

    static constexpr int kLearnersPerPin = kLearnersWithPin;

    bool exec(QSqlQuery &query) {
        if (query.exec())
            return true;
        error = QStringLiteral("Could not save demo data: %1").arg(query.lastError().text());
        return false;
    }

    // The steps done, evenly through the lesson's time (a minute each if unfinished).
    bool writeSteps(qint64 learner, const Lesson &lesson, const LessonRun &run) {
        const int count = std::min(run.steps, int(lesson.steps.size()));
        if (count == 0)
            return true;
        const qint64 end = run.finished > 0 ? run.finished : run.started + 60 * count;
        const QVariant values[] = {learner, run.started, end - run.started,
                                   count,   lesson.id,   count};
        for (int v = 0; v < int(std::size(values)); ++v)
            m_steps.bindValue(v, values[v]);
        return exec(m_steps);
    }

    const Model &m_model;
    const Xapi::Context m_pc;
    QSqlQuery m_learner, m_lesson, m_check, m_answers, m_steps, m_checkin, m_help;
    OutcomeEventStore::Writer m_events;
    QList<OutcomeEvent> m_pending; // one learner's
};

} // namespace

QString generate(Workspace &workspace, const Options &options, Summary *summary) {
    Database &db = workspace.database();
    if (options.learners < 1)
        return QStringLiteral("Give at least one learner.");
    const QList<Lesson> &lessons = workspace.catalog().lessons();
    if (lessons.isEmpty())
        return QStringLiteral("There are no lessons to take, so no demo data was made.");
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM learner")) || !query.next() ||
            query.value(0).toLongLong() > 0)
            return QStringLiteral("This data folder has learners already: demo data is only "
                                  "added to an empty one.");
    }
    const QDate until =
        options.until.isValid() ? options.until : QDateTime::currentDateTimeUtc().date();
    Model model(lessons, workspace.catalog(), until);
    const QStringList volunteers = {QStringLiteral("Demo volunteer 1"),
                                    QStringLiteral("Demo volunteer 2"),
                                    QStringLiteral("Demo volunteer 3")};
    model.volunteers = int(volunteers.size());

    // Every learner's own stream, from the run's seed.
    QRandomGenerator random(options.seed);
    QList<quint64> seeds(options.learners);
    for (quint64 &seed : seeds)
        seed = random.generate64();

    // How busy learners are: the usual pace, or the pace whose events come nearest to the
    // number asked for, found on the first few thousand learners (bisection on a log scale).
    const qsizetype perCheck = SkillsCheck::statements().size();
    Plan plan;
    double pace = 1;
    if (options.events >= 0) {
        const int sample = std::min(options.learners, kCalibrationLearners);
        const double wanted = double(options.events) / options.learners;
        const auto perLearner = [&](double tryPace) {
            qint64 events = 0;
            for (int i = 0; i < sample; ++i) {
                simulate(model, seeds.at(i), tryPace, plan);
                events += plan.events(perCheck);
            }
            return double(events) / sample;
        };
        double low = std::log(0.001), high = std::log(50.0);
        for (int step = 0; step < 16; ++step) {
            const double middle = (low + high) / 2;
            (perLearner(std::exp(middle)) < wanted ? low : high) = middle;
        }
        pace = std::exp((low + high) / 2);
    }

    const Xapi::Context pc = [&] {
        // The hub is the demo's own, so figures and certificates say where they come from.
        if (HubIdentity::fromSettings(workspace.settings()).id.isEmpty())
            HubIdentity{QStringLiteral("Demo hub (made-up learners)"), QStringLiteral("demo-hub")}
                .saveTo(workspace.settings());
        return OutcomeRecorder::pcContext(workspace.settings());
    }();

    // A large page cache while writing: the statement ids are random, so their index is
    // written all over. Back to the usual size afterwards.
    QSqlQuery pragma(db.connection());
    pragma.exec(QStringLiteral("PRAGMA cache_size"));
    const QVariant usualCache = pragma.next() ? pragma.value(0) : QVariant(-2000);
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));

    Rows rows(db, model, pc);
    QString error;
    int next = 0;
    // The first transaction marks the folder, so even a run cut short leaves demo data marked.
    const bool marked = db.inTransaction([&] {
        if (!DemoFlag::set(workspace.settings()))
            return false;
        // The first few learners get a known PIN, the volunteers a known passphrase, each
        // hashed once and with few iterations: they are published, so slow hashing would only
        // slow the demo down. The iteration count is stored with the hash, so they check.
        constexpr int kIterations = 1000;
        rows.pin = SecretHash::hash(QLatin1String(kDemoPin), kIterations);
        const HashedSecret pass = SecretHash::hash(QLatin1String(kDemoPassphrase), kIterations);
        QSqlQuery helper(db.connection());
        helper.prepare(QStringLiteral("INSERT INTO helper (name, role, pass_hash, pass_salt,"
                                      " pass_iterations, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        QStringList names = volunteers;
        names << QStringLiteral("Demo staff");
        for (const QString &name : std::as_const(names)) {
            const bool staff = name == names.constLast();
            helper.addBindValue(name);
            helper.addBindValue(staff ? QStringLiteral("staff") : QStringLiteral("volunteer"));
            helper.addBindValue(pass.hash);
            helper.addBindValue(pass.salt);
            helper.addBindValue(pass.iterations);
            helper.addBindValue(iso(model.firstDay));
            if (!helper.exec())
                return false;
            if (!staff)
                rows.volunteerIds << helper.lastInsertId().toLongLong();
        }
        return true;
    });
    if (!marked)
        error = QStringLiteral("Could not mark the folder as demo data.");
    while (error.isEmpty() && next < options.learners) {
        const int end = std::min(options.learners, next + kLearnersPerTransaction);
        const bool saved = db.inTransaction([&] {
            for (; next < end; ++next) {
                simulate(model, seeds.at(next), pace, plan);
                Rng ids{seeds.at(next) ^ 0xa0761d6478bd642fULL};
                if (!rows.write(next + 1, plan, ids))
                    return false;
            }
            return true;
        });
        if (!saved)
            error = rows.error.isEmpty() ? QStringLiteral("Could not save demo data.") : rows.error;
    }
    pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(usualCache.toLongLong()));
    if (summary) {
        *summary = rows.summary;
        summary->pace = pace;
    }
    return error;
}

} // namespace OpenSteps::DemoData
