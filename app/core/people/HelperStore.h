// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PinStore.h"

#include <QList>
#include <QString>
#include <optional>

namespace OpenSteps {

class Database;

struct Helper {
    qint64 id = 0;
    QString name;
    QString role; // "volunteer" | "staff"
};

// Volunteers and staff on this PC, who can help learners (e.g. reset a forgotten PIN). They
// sign in with a name and a passphrase; the same 5 tries and 1-minute pause as learners' PINs.
class HelperStore {
public:
    static constexpr int kMinPassphraseLength = 8; // characters, not bytes

    explicit HelperStore(Database &db, PinStore::Now now = {});

    // The name is kept with its spaces tidied; names are unique ignoring case. On failure
    // `error` says why in plain words: no name, name taken, passphrase too short, bad role.
    std::optional<Helper> add(const QString &name, const QString &role, const QString &passphrase,
                              QString *error = nullptr);
    // Empty when `passphrase` may be used (at least kMinPassphraseLength characters) and, when
    // `again` is given, matches it (a new passphrase typed twice); else why not, in plain words.
    static QString passphraseProblem(const QString &passphrase,
                                     const std::optional<QString> &again = std::nullopt);
    // Staff accounts on this PC (none: the PC has not been set up; see HubSetup).
    int staffCount() const;
    QList<Helper> all() const; // by name
    // Result::Unknown (not counted) for no such helper; otherwise like PinStore::signIn.
    SignInAttempt signIn(const QString &name, const QString &passphrase);
    int count() const;
    // The helper `name` signs in as (the same lookup as signIn).
    std::optional<Helper> find(const QString &name) const;

private:
    Database &m_db;
    SignInLock m_lock;
};

} // namespace OpenSteps
