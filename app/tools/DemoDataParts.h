// SPDX-License-Identifier: GPL-3.0-or-later
// The inside of DemoData, shared by its parts and by nothing else: the run's constants, a
// learner's random stream, the answers' weighted tables, a made-up learner's journey (Plan) and
// what the simulation needs from the catalogue (Model). DemoPeople.cpp makes the journeys,
// DemoRows.cpp writes them, DemoData.cpp runs the whole.
#pragma once

#include "Lesson.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <algorithm>
#include <cstddef>

namespace OpenSteps {

class LessonCatalog;

namespace DemoData::detail {

inline constexpr int kSpanDays = 548; // about 18 months of first visits
inline constexpr qint64 kDay = 86400;
inline constexpr int kMaxChecks = 3;
inline constexpr int kLearnersPerTransaction = 2000;
inline constexpr int kCalibrationLearners = 3000;

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
inline constexpr Weighted kAgeBands[] = {{"16-24", 4},  {"25-49", 13}, {"50-64", 22},
                                         {"65-74", 23}, {"75+", 14},   {nullptr, 24}};
inline constexpr Weighted kDistricts[] = {
    {"LS1", 1},  {"LS2", 1},  {"LS3", 2},  {"LS4", 3},  {"LS5", 2},  {"LS6", 5},
    {"LS7", 5},  {"LS8", 7},  {"LS9", 8},  {"LS10", 6}, {"LS11", 7}, {"LS12", 6},
    {"LS13", 5}, {"LS14", 6}, {"LS15", 4}, {"LS16", 3}, {"LS17", 3}, {"LS18", 2},
    {"LS19", 2}, {"LS20", 1}, {"LS21", 1}, {"LS22", 1}, {"LS23", 1}, {"LS24", 1},
    {"LS25", 2}, {"LS26", 2}, {"LS27", 3}, {"LS28", 4}, {"LS29", 1}, {nullptr, 22}};
inline constexpr Weighted kLanguages[] = {{"en", 60}, {"ur", 7}, {"pl", 6},   {"ar", 3}, {"pa", 3},
                                          {"bn", 2},  {"ro", 3}, {"ku", 2},   {"fa", 2}, {"so", 2},
                                          {"zh", 1},  {"ti", 1}, {nullptr, 8}};
// "What has changed for you?": how often each outcome is chosen.
inline constexpr Weighted kCheckinOutcomes[] = {
    {"saved-money", 30}, {"keeping-in-touch", 45}, {"work", 12},
    {"health", 35},      {"council-housing", 20},  {"getting-around", 25}};

// A row of `table`, drawn by weight.
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

inline QString idOf(const Weighted &row) {
    return row.id ? QString::fromLatin1(row.id) : QString();
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

    Model(const QList<Lesson> &catalogLessons, const LessonCatalog &catalog, const QDate &until);

    // A visit on `day` (days after firstDay): library hours, never on a Sunday.
    qint64 visitStart(qint64 day, Rng &rng) const;
};

// learningPath (SkillsCheck) for a learner who answered every statement, without its string
// work: each lesson ranked by its lowest answer (0 not yet, 1 a bit, 2 yes; 1 when it teaches
// none of them), in the usual order within a rank. tst_demodata checks the lessons taken
// against learningPath itself.
QList<int> pathOrder(const Model &model, const QList<quint8> &levels);

// One learner's 18 months into `plan`. `pace` scales how much they do (lessons, and so checks
// and milestones); everything else is drawn from their own stream, seeded with `seed`.
void simulate(const Model &model, quint64 seed, double pace, Plan &plan);

// What QDateTime::toString(Qt::ISODateWithMs) gives for a UTC time ("2026-03-31T09:30:00.000Z",
// as the stores write them), without its cost: millions of these are written.
QString iso(qint64 secs);

} // namespace DemoData::detail
} // namespace OpenSteps
