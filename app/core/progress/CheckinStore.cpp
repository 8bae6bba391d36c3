// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckinStore.h"

#include "Clock.h"
#include "Database.h"
#include "FoundationLevel.h"
#include "Logging.h"
#include "ProgressStore.h"
#include "Sql.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

const QList<CheckinStore::Outcome> &CheckinStore::outcomes() {
    static const QList<Outcome> list = {
        {QStringLiteral("saved-money"), "Saved money online"},
        {QStringLiteral("keeping-in-touch"), "Keeping in touch, feeling less alone"},
        {QStringLiteral("work"), "Looking or applying for work online"},
        {QStringLiteral("health"), "Using health services online"},
        {QStringLiteral("council-housing"), "Using council or housing services online"},
        {QStringLiteral("getting-around"), "Getting around: journeys and tickets"},
    };
    return list;
}

const QStringList &CheckinStore::milestones() {
    static const QStringList ids = {QStringLiteral("foundation"), QStringLiteral("four-weeks")};
    return ids;
}

CheckinStore::CheckinStore(Database &db, const LessonCatalog &catalog,
                           const ProgressStore &progress)
    : m_db(db)
    , m_catalog(catalog)
    , m_progress(progress) {}

bool CheckinStore::save(qint64 learnerId, const QString &milestone, const QStringList &outcomeIds) {
    if (!milestones().contains(milestone))
        return false;
    QStringList chosen; // the fixed order, each once: the same choice always reads the same
    for (const Outcome &outcome : outcomes()) {
        if (outcomeIds.contains(outcome.id))
            chosen << outcome.id;
    }
    if (chosen.size() != QSet<QString>(outcomeIds.cbegin(), outcomeIds.cend()).size())
        return false; // an id from outside the list
    return m_db.inTransaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("INSERT INTO checkin (learner_id, milestone, answers,"
                                     " created_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(learnerId);
        query.addBindValue(milestone);
        // "" for none of these, never NULL (the column says they were asked).
        query.addBindValue(chosen.isEmpty() ? QStringLiteral("") : chosen.join(QLatin1Char(',')));
        query.addBindValue(nowUtcIso());
        return Sql::exec(query, lcProgress()) &&
               (!m_saved || m_saved(learnerId, milestone, chosen));
    });
}

std::optional<QStringList> CheckinStore::answers(qint64 learnerId, const QString &milestone) const {
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT answers FROM checkin WHERE learner_id = ? AND milestone = ?"));
    query.addBindValue(learnerId);
    query.addBindValue(milestone);
    if (!Sql::exec(query, lcProgress()) || !query.next())
        return std::nullopt;
    return query.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QStringList CheckinStore::due(qint64 learnerId, const QDateTime &now) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT created_at FROM learner WHERE id = ?"));
    query.addBindValue(learnerId);
    if (!Sql::exec(query, lcProgress()) || !query.next())
        return {};
    const QDateTime firstVisit = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
    QStringList due;
    if (!answers(learnerId, QStringLiteral("foundation")) &&
        FoundationLevel::reached(m_catalog, m_progress.completedLessons(learnerId)))
        due << QStringLiteral("foundation");
    if (!answers(learnerId, QStringLiteral("four-weeks")) && firstVisit.isValid() &&
        firstVisit.addDays(kFourWeeksDays) <= now)
        due << QStringLiteral("four-weeks");
    return due;
}

} // namespace OpenSteps
