// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutcomeEvent.h"

#include <QHash>
#include <QSqlQuery>

namespace OpenSteps {

class Database;

// The events the reports count (tables report_person and outcome_event). OutcomeRecorder adds
// one with each statement it makes, in the same transaction; `opensteps report --lrs` fills a
// scratch database with the events of every hub's statements; demo data writes them in bulk.
class OutcomeEventStore {
public:
    explicit OutcomeEventStore(Database &db);

    // learnerId: the learner on this PC the event is about (0 for none: another PC's learner,
    // or a volunteer session); deleting that learner deletes their events. An event whose
    // statement is here already is kept once. The person's optional answers are the latest
    // given (by event time).
    bool add(qint64 learnerId, const OutcomeEvent &event);
    qint64 count() const;

    // Many events at once with the queries prepared once (the caller's transaction makes it
    // fast): for building from the outbox, the LRS, or demo data.
    class Writer {
    public:
        explicit Writer(Database &db);
        bool add(qint64 learnerId, const OutcomeEvent &event);

    private:
        qint64 personId(qint64 learnerId, const OutcomeEvent &event);
        // A person's row as this writer last left it: an event that would change nothing in
        // it (inside its first and last times, or at the last with the same answers) skips
        // the upsert. Valid while only this writer changes report_person (its transaction).
        struct Person {
            qint64 id = 0;
            qint64 firstAt = 0, lastAt = 0;
            QString hub, ageBand, district, language;
        };
        QSqlQuery m_person, m_personId, m_event;
        QHash<QString, Person> m_people; // by pseudonym, already upserted
    };

    // Fills the events from the outbox's statements (this PC's learners, not withdrawn) once,
    // for data from before the reports existed. Idempotent; true when done or not needed.
    bool buildFromOutboxOnce();

private:
    Database &m_db;
};

} // namespace OpenSteps
