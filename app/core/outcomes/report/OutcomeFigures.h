// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPeriod.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace OpenSteps {

class Database;

// The exact outcome numbers of a period, counted from the outcome events (OutcomeEventStore) of
// learners who agreed to share. Never shown as they are: PublishedReport hides small counts.
struct OutcomeFigures {
    ReportPeriod period;
    QStringList hubs; // hub ids with events in the period, sorted

    qint64 learnersActive = 0; // learners with any outcome in the period
    qint64 learnersNew = 0;    // ... whose first outcome ever is in the period
    qint64 lessonsCompleted = 0;
    qint64 foundationReached = 0; // learners who reached the Foundation level in the period
    qint64 checkinLearners = 0;   // learners who answered "What has changed for you?"
    qint64 volunteerSessions = 0;
    qint64 volunteerMinutes = 0;

    // Active learners split by one of their answers: every learner in exactly one category
    // (those who did not answer under "not-given"), so each column adds up to its total.
    struct Category {
        QString id;
        qint64 learnersActive = 0, learnersNew = 0, lessonsCompleted = 0, foundationReached = 0;
    };
    struct Breakdown {
        QString dimension; // "hub", "age_band", "postcode_district", "preferred_language"
        QList<Category> categories;
    };
    QList<Breakdown> breakdowns;

    // Skills-check change: learners who did a later skills check in the period, their first
    // check ("before") against their latest one ("after"), per framework area.
    qint64 skillsLearners = 0;
    struct AreaChange {
        QString area; // "foundation", "communicating", ...
        qint64 answersBefore = 0, yesBefore = 0, answersAfter = 0, yesAfter = 0;
    };
    QList<AreaChange> skills;

    // "What has changed for you?": learners choosing each outcome (one learner may choose
    // several, so these do not add up).
    struct Outcome {
        QString id;
        qint64 learners = 0;
    };
    QList<Outcome> checkins;

    static constexpr auto kNotGiven = "not-given";

    // Counts the events of `db` (the app's database or a scratch one filled from the LRS).
    static OutcomeFigures count(Database &db, const ReportPeriod &period);
};

} // namespace OpenSteps
