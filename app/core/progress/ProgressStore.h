// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PointerPractice.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace OpenSteps {

class Database;

// What a finished step produced besides being done: a practice summary or an "I can" rating.
struct StepOutcome {
    std::optional<PointerPractice::Summary> practice;
    QString rating; // reflect steps: "yes", "a-bit" or "not-yet"
};

// A lesson's practice results summed: right and wrong tries over all its practice steps.
struct PracticeTotals {
    int hits = 0;
    int misses = 0;
};

struct LessonState {
    QSet<QString> completedSteps;
    bool completed = false;
    QString updatedAt;
};

// What each learner has done. Every completed step is committed the moment it completes,
// so closing or killing the app loses at most the step on screen.
class ProgressStore {
public:
    explicit ProgressStore(Database &db);

    // The learner opens a lesson; the first time is the lesson's start (see the observer).
    bool markOpened(qint64 learnerId, const QString &lessonId);
    // Records one finished step with what it produced; `lessonFinished` also marks the lesson
    // complete. All in one transaction.
    bool completeStep(qint64 learnerId, const QString &lessonId, const QString &stepId,
                      bool lessonFinished, const StepOutcome &outcome = {});

    QHash<QString, LessonState> lessonStates(qint64 learnerId) const;
    QSet<QString> completedLessons(qint64 learnerId) const;
    // Every practice result saved for the lesson; nullopt when it has none.
    std::optional<PracticeTotals> practiceTotals(qint64 learnerId, const QString &lessonId) const;

    // Called inside the transaction that first records the learner in a lesson (opening it,
    // or finishing a step of it); returning false rolls that back too.
    using StartedObserver = std::function<bool(qint64 learnerId, const QString &lessonId)>;
    void setStartedObserver(StartedObserver observer) { m_started = std::move(observer); }

    // Called inside completeStep's transaction when a lesson is completed for the first time;
    // returning false rolls the step back too (so an outcome is recorded exactly when the
    // progress it describes is).
    using CompletedObserver = std::function<bool(qint64 learnerId, const QString &lessonId)>;
    void setCompletedObserver(CompletedObserver observer) { m_completed = std::move(observer); }
    // The lesson opened most recently and not yet completed, if any.
    std::optional<QString> resumeLesson(qint64 learnerId) const;

private:
    bool touchLesson(qint64 learnerId, const QString &lessonId, const QString &now);

    Database &m_db;
    CompletedObserver m_completed;
    StartedObserver m_started;
};

} // namespace OpenSteps
