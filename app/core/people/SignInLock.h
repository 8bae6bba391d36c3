// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace OpenSteps {

class Database;

// What one try at signing in came to: for learners (PIN) and helpers (passphrase) alike.
struct SignInAttempt {
    enum class Result { SignedIn, Wrong, Locked, NoPin, Unknown /*no such learner or db error*/ };
    Result result = Result::Unknown;
    int triesLeft = 0; // before the pause, after a Wrong
    QDateTime
        lockedUntil; // UTC, when Locked (also set on the 5th Wrong, which then returns Locked)
};

// The pause after too many wrong tries, one rule for learners' PINs and helpers' passphrases:
// the kMaxTries-th wrong try in a row starts a pause of kPauseSeconds in which nothing is
// checked or counted; after it the tries start again from zero. The counters are columns of
// the person's own row (failed_tries, locked_until), so restarting the app lifts no pause.
class SignInLock {
public:
    static constexpr int kMaxTries = 5;
    static constexpr int kPauseSeconds = 60;
    using Now = std::function<QDateTime()>;

    // `table` is "learner" or "helper": a name from our own code, never from input.
    SignInLock(Database &db, const QString &table, Now now = {});

    QDateTime now() const; // UTC
    // When the pause ends, only while it is still ahead.
    std::optional<QDateTime> lockedUntil(qint64 id) const;
    // During a pause: Locked, without calling `check`. Otherwise SignedIn when `check` says the
    // secret is right (the tries start again), else Wrong, or Locked on the last allowed try.
    SignInAttempt attempt(qint64 id, const std::function<bool()> &check);

private:
    SignInAttempt recordSuccess(qint64 id, const QDateTime &now);
    SignInAttempt recordFailure(qint64 id, const QDateTime &now);
    SignInAttempt lockedOrUnknown(qint64 id) const;
    QString sql(const char *statement) const;

    Database &m_db;
    QString m_table;
    Now m_now;
};

} // namespace OpenSteps
