// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignInLock.h" // SignInAttempt

#include <QDateTime>
#include <QStringList>
#include <functional>
#include <optional>

namespace OpenSteps {

class Database;

enum class PinKind { None, Digits, Pictures };

// Learners' PINs on a shared PC: a learner picks their tile, then types 4 digits or taps 3 of
// the 9 pictures in order. Only a salted hash is kept (SecretHash); 5 wrong tries in a row
// pause that learner's sign-in for a minute (SignInLock), even across restarts.
class PinStore {
public:
    static constexpr int kMaxTries = SignInLock::kMaxTries;         // 5
    static constexpr int kPauseSeconds = SignInLock::kPauseSeconds; // 60
    // Injectable clock for tests; by default QDateTime::currentDateTimeUtc.
    using Now = std::function<QDateTime()>;

    explicit PinStore(Database &db, Now now = {});

    // The nine picture ids of a picture PIN. Each needs a picture in the UI, e.g.
    // qml/images/avatars/<id>.svg: sun, tree, flower, cat, fish, bird, house, boat, apple.
    static const QStringList &pictures();
    // Digits: exactly 4 ASCII digits. Pictures: 3 ids from pictures() joined by ',' (repeats
    // allowed), e.g. "cat,cat,apple".
    static bool isValid(PinKind kind, const QString &pin);
    // "digits", "pictures" or "" (None): how kinds are stored and shown to QML.
    static QString kindName(PinKind kind);
    static PinKind kindFromName(const QString &name);

    // Hashes the PIN and clears the tries and any pause; false if invalid or no such learner.
    bool setPin(qint64 learnerId, PinKind kind, const QString &pin);
    PinKind pinKind(qint64 learnerId) const;
    // NoPin: the learner has none yet (a profile from before PINs, or after resetPin): let
    // them choose one. During a pause: Locked without checking the PIN or counting the try.
    // The 5th wrong try returns Locked (with lockedUntil) and starts the pause.
    SignInAttempt signIn(qint64 learnerId, const QString &pin);
    // Only while the pause is still ahead.
    std::optional<QDateTime> lockedUntil(qint64 learnerId) const;
    // For a helper: clears the PIN (kind None) and lifts any pause; the learner picks a new
    // PIN at their next sign-in.
    bool resetPin(qint64 learnerId);

private:
    Database &m_db;
    SignInLock m_lock;
};

} // namespace OpenSteps
