// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

namespace OpenSteps {

class Database;

// A volunteer or staff member sitting with a learner (table help_session). Outcome statements
// made while a session for that learner is open say "assisted", so the programme can tell
// what learners did alone from what they did with help.
class HelpSessionStore {
public:
    explicit HelpSessionStore(Database &db);

    // The helper starts helping the learner; any session still open for that learner ends
    // first. The new session's id, or 0 on failure (no such helper or learner).
    qint64 start(qint64 helperId, qint64 learnerId);
    // The helper ends the session: its length counts (at most kMaxHours).
    bool end(qint64 sessionId);
    // Ends every open session of the learner (they sign out, or another session starts). One
    // begun over kMaxHours before was left open by a stopped app: closed, its length not
    // counted (unknown).
    bool endFor(qint64 learnerId);
    // Whether a session for the learner is open at `now`. One never ended (the app killed, the
    // PC switched off) stops counting kMaxHours after it started.
    bool isHelped(qint64 learnerId, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static constexpr int kMaxHours = 3;

    // Called for each session that ends, inside the same transaction, with its length in
    // minutes (at most kMaxHours); returning false keeps the session open.
    using EndedObserver = std::function<bool(int minutes)>;
    void setEndedObserver(EndedObserver observer) { m_ended = std::move(observer); }

private:
    // Ends the open sessions `where` picks (bound to `id`), telling the observer about each
    // (but abandoned ones, unless `byHelper`): how many ended, or -1 when nothing was saved.
    int endWhere(const char *where, qint64 id, bool byHelper);

    Database &m_db;
    EndedObserver m_ended;
};

} // namespace OpenSteps
