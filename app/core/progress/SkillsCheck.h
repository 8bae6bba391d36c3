// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lesson.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace OpenSteps {

class Database;

// The skills check: "I can..." statements from the Essential Digital Skills framework (the
// Foundation tasks and the 5 skill areas), each answered "yes", "a-bit" or "not-yet". The
// words live in the UI (translated); here are the stable ids, their framework skill, and the
// rules: when a check is due and how answers order a learner's path.
namespace SkillsCheck {

struct Statement {
    QString id;
    QString skill; // a Framework::skills() id
};

const QList<Statement> &statements();
QStringList answerIds(); // "yes", "a-bit", "not-yet"

// Offered at first sign-in (no check yet) and again after every 5 completed lessons.
constexpr int kLessonsBetweenChecks = 5;
bool isDue(int completedChecks, int completedLessons);

// How soon a lesson teaching `skills` should come on the path, from the latest answers: 0 for
// a skill the learner said "not yet", 1 "a bit" (or not asked), 2 "yes". Lower comes first.
int pathRank(const QStringList &skills, const QHash<QString, QString> &answers);

} // namespace SkillsCheck

// The learner's path: indexes into `lessons` (already in their usual order), lessons for what
// the learner cannot do yet first, then "a bit", then "yes"; the usual order within each.
QList<int> learningPath(const QList<Lesson> &lessons, const QHash<QString, QString> &answers);

// One skills check as saved: when, and each statement's answer.
struct SkillsCheckRecord {
    qint64 id = 0;
    QString startedAt;
    QString completedAt;             // empty while unfinished
    QHash<QString, QString> answers; // statement id -> answer
};

// Saves skills checks. Each answer is committed as it is given, so nothing is lost if the app
// is closed part-way; an unfinished check is picked up again next time.
class SkillsCheckStore {
public:
    explicit SkillsCheckStore(Database &db);

    // The learner's unfinished check, or a new one. Returns its id, or 0 on failure.
    qint64 openCheck(qint64 learnerId);
    // Always a new check (answers from elsewhere never mix with one in progress); 0 on failure.
    // `countsAs`: how many checks it stands for. A check restored from a progress code stands
    // for every check the learner finished on the other PC, so the next one here takes the
    // next number there, and is never taken for a first check ("before").
    qint64 newCheck(qint64 learnerId, int countsAs = 1);
    bool saveAnswer(qint64 checkId, const QString &statementId, const QString &answer);
    // Marks the check complete (see the observer); false if it already was.
    bool complete(qint64 checkId);

    // Completed checks, oldest first.
    QList<SkillsCheckRecord> completedChecks(qint64 learnerId) const;
    std::optional<SkillsCheckRecord> check(qint64 checkId) const;
    // Completed checks, each counted as many times as it stands for (see newCheck).
    int completedCount(qint64 learnerId) const;
    // The latest completed answers (empty when none): what orders the path.
    QHash<QString, QString> latestAnswers(qint64 learnerId) const;

    // Called inside complete()'s transaction with the check and its number among the
    // learner's completed checks, counted as completedCount() does (1 = the first: "before");
    // returning false rolls it back.
    using CompletedObserver =
        std::function<bool(qint64 learnerId, int number, const SkillsCheckRecord &check)>;
    void setCompletedObserver(CompletedObserver observer) { m_completed = std::move(observer); }

private:
    Database &m_db;
    CompletedObserver m_completed;
};

} // namespace OpenSteps
