// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeEventStore.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace OpenSteps {

namespace {
const QString kBuiltKey = QStringLiteral("outcome_events_built");

// A null QString binds as SQL NULL; the text columns hold '' for "none".
QString text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant orNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

OutcomeEventStore::OutcomeEventStore(Database &db)
    : m_db(db) {}

bool OutcomeEventStore::add(qint64 learnerId, const OutcomeEvent &event) {
    return Writer(m_db).add(learnerId, event);
}

qint64 OutcomeEventStore::count() const {
    QSqlQuery query(m_db.connection());
    return Sql::exec(query, QStringLiteral("SELECT count(*) FROM outcome_event"), lcOutcomes()) &&
                   query.next()
               ? query.value(0).toLongLong()
               : 0;
}

OutcomeEventStore::Writer::Writer(Database &db)
    : m_person(db.connection())
    , m_personId(db.connection())
    , m_event(db.connection()) {
    // The latest answers win: an older statement arriving later (from the LRS, in any order)
    // does not overwrite newer ones.
    m_person.prepare(QStringLiteral(
        "INSERT INTO report_person (pseudonym, learner_id, hub, first_at, last_at, age_band,"
        " district, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (pseudonym) DO UPDATE SET"
        " first_at = min(first_at, excluded.first_at),"
        " hub = CASE WHEN excluded.last_at >= last_at THEN excluded.hub ELSE hub END,"
        " age_band = CASE WHEN excluded.last_at >= last_at THEN excluded.age_band ELSE age_band "
        "END,"
        " district = CASE WHEN excluded.last_at >= last_at THEN excluded.district ELSE district "
        "END,"
        " language = CASE WHEN excluded.last_at >= last_at THEN excluded.language ELSE language "
        "END,"
        " last_at = max(last_at, excluded.last_at)"));
    m_personId.prepare(QStringLiteral("SELECT id, first_at, last_at, hub, age_band, district,"
                                      " language FROM report_person WHERE pseudonym = ?"));
    m_event.prepare(QStringLiteral(
        "INSERT INTO outcome_event (statement_id, person_id, hub, kind, at, item, tags, value,"
        " check_no, minutes, assisted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (statement_id) DO NOTHING"));
}

qint64 OutcomeEventStore::Writer::personId(qint64 learnerId, const OutcomeEvent &event) {
    const auto known = m_people.find(event.person);
    if (known != m_people.end()) {
        Person &person = *known;
        const bool sameAnswers =
            text(event.hub) == person.hub && text(event.ageBand) == person.ageBand &&
            text(event.district) == person.district && text(event.language) == person.language;
        if (event.at >= person.firstAt &&
            (event.at < person.lastAt || (event.at == person.lastAt && sameAnswers)))
            return person.id; // the upsert below would change nothing
    }
    m_person.bindValue(0, event.person);
    m_person.bindValue(1, orNull(learnerId));
    m_person.bindValue(2, text(event.hub));
    m_person.bindValue(3, event.at);
    m_person.bindValue(4, event.at);
    m_person.bindValue(5, text(event.ageBand));
    m_person.bindValue(6, text(event.district));
    m_person.bindValue(7, text(event.language));
    if (!Sql::exec(m_person, lcOutcomes())) {
        qWarning("outcome event: %s", qPrintable(m_person.lastError().text()));
        return 0;
    }
    if (known != m_people.end()) { // what the upsert did, as it did it
        Person &person = *known;
        person.firstAt = std::min(person.firstAt, event.at);
        if (event.at >= person.lastAt) {
            person.hub = text(event.hub);
            person.ageBand = text(event.ageBand);
            person.district = text(event.district);
            person.language = text(event.language);
        }
        person.lastAt = std::max(person.lastAt, event.at);
        return person.id;
    }
    m_personId.bindValue(0, event.person);
    if (!Sql::exec(m_personId, lcOutcomes()) || !m_personId.next())
        return 0;
    Person person{m_personId.value(0).toLongLong(), m_personId.value(1).toLongLong(),
                  m_personId.value(2).toLongLong(), m_personId.value(3).toString(),
                  m_personId.value(4).toString(),   m_personId.value(5).toString(),
                  m_personId.value(6).toString()};
    m_personId.finish();
    m_people.insert(event.person, person);
    return person.id;
}

bool OutcomeEventStore::Writer::add(qint64 learnerId, const OutcomeEvent &event) {
    qint64 person = 0;
    if (!event.person.isEmpty() && (person = personId(learnerId, event)) == 0)
        return false;
    m_event.bindValue(0, event.statementId);
    m_event.bindValue(1, orNull(person));
    m_event.bindValue(2, text(event.hub));
    m_event.bindValue(3, int(event.kind));
    m_event.bindValue(4, event.at);
    m_event.bindValue(5, text(event.item));
    m_event.bindValue(6, text(event.tags));
    m_event.bindValue(7, text(event.value));
    m_event.bindValue(8, event.check);
    m_event.bindValue(9, event.minutes);
    m_event.bindValue(10, event.assisted ? 1 : 0);
    if (!Sql::exec(m_event, lcOutcomes())) {
        qWarning("outcome event: %s", qPrintable(m_event.lastError().text()));
        return false;
    }
    return true;
}

bool OutcomeEventStore::buildFromOutboxOnce() {
    QSqlQuery done(m_db.connection());
    done.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    done.addBindValue(kBuiltKey);
    if (Sql::exec(done, lcOutcomes()) && done.next() &&
        done.value(0).toString() == QLatin1String("1"))
        return true;
    done.finish();
    return m_db.inTransaction([&] {
        Writer writer(m_db);
        QSqlQuery rows(m_db.connection());
        rows.setForwardOnly(true);
        if (!Sql::exec(rows,
                       QStringLiteral("SELECT learner_id, statement FROM outbox"
                                      " WHERE learner_id IS NOT NULL AND state <> 'withdrawn'"
                                      " ORDER BY created_at, rowid"),
                       lcOutcomes()))
            return false;
        while (rows.next()) {
            const auto event = OutcomeEvent::fromStatement(
                QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object());
            if (event && !writer.add(rows.value(0).toLongLong(), *event))
                return false;
        }
        QSqlQuery mark(m_db.connection());
        mark.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, '1')"
                                    " ON CONFLICT (key) DO UPDATE SET value = '1'"));
        mark.addBindValue(kBuiltKey);
        return Sql::exec(mark, lcOutcomes());
    });
}

} // namespace OpenSteps
