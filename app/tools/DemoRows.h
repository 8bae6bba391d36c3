// SPDX-License-Identifier: GPL-3.0-or-later
// The writer of the made-up learners' rows (DemoData's inside): a learner's plan becomes their
// profile, lessons, steps, skills checks, check-ins and help sessions, with the outcome events
// their statements would give.
#pragma once

#include "DemoData.h"
#include "DemoDataParts.h"
#include "OutcomeEventStore.h"
#include "SecretHash.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

namespace OpenSteps {

class Database;

namespace DemoData::detail {

// Writes the rows of one learner's plan; the events through the shared writer.
class Rows {
public:
    Rows(Database &db, const Model &model, const Xapi::Context &pc);

    QString error;
    Summary summary;
    QList<qint64> volunteerIds;
    HashedSecret pin;

    // Learner `number` (from 1) as `plan` says, their ids drawn from `ids`.
    bool write(int number, const Plan &plan, Rng &ids);

private:
    // The learner's events, their latest first and then from the earliest: the writer then
    // updates their report row twice, not once per event (the rest fall inside its times).
    bool writeEvents(qint64 learner);

    static constexpr int kLearnersPerPin = kLearnersWithPin;

    bool exec(QSqlQuery &query);

    // The steps done, evenly through the lesson's time (a minute each if unfinished).
    bool writeSteps(qint64 learner, const Lesson &lesson, const LessonRun &run);

    const Model &m_model;
    const Xapi::Context m_pc;
    QSqlQuery m_learner, m_lesson, m_check, m_answers, m_steps, m_checkin, m_help;
    OutcomeEventStore::Writer m_events;
    QList<OutcomeEvent> m_pending; // one learner's
};

} // namespace DemoData::detail
} // namespace OpenSteps
