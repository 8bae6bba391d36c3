// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace OpenSteps {

// A PIN or passphrase as stored: never the secret itself. The iteration count is kept with
// each hash so it can be raised later without making old secrets unreadable.
struct HashedSecret {
    QByteArray hash;
    QByteArray salt;
    int iterations = 0;

    bool isValid() const { return !hash.isEmpty() && !salt.isEmpty() && iterations > 0; }
};

// PBKDF2-HMAC-SHA256 with a random salt per secret (Qt's QPasswordDigestor).
class SecretHash {
public:
    // The least the brief allows; with QPasswordDigestor it already costs ~250 ms on the
    // development machine (see docs/sign-in.md, "Signing in").
    static constexpr int kIterations = 100000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    // A fresh salt from the system's random source, then the derived key.
    static HashedSecret hash(const QString &secret, int iterations = kIterations);
    static bool verify(const QString &secret, const HashedSecret &stored);
    // Compares every byte whatever the first difference, so timing tells nothing.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    static QByteArray derive(const QString &secret, const QByteArray &salt, int iterations);
};

} // namespace OpenSteps
