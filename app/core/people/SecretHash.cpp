// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretHash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <array>

namespace OpenSteps {

HashedSecret SecretHash::hash(const QString &secret, int iterations) {
    std::array<quint32, kSaltBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    HashedSecret result;
    result.salt = QByteArray(reinterpret_cast<const char *>(words.data()), kSaltBytes);
    result.iterations = iterations;
    result.hash = derive(secret, result.salt, iterations);
    return result;
}

bool SecretHash::verify(const QString &secret, const HashedSecret &stored) {
    if (!stored.isValid())
        return false;
    return constantTimeEquals(derive(secret, stored.salt, stored.iterations), stored.hash);
}

bool SecretHash::constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    // The lengths are not secret (always kHashBytes); only the contents are.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray SecretHash::derive(const QString &secret, const QByteArray &salt, int iterations) {
    // NFC: the same passphrase typed through another input method gives the same bytes.
    const QByteArray bytes = secret.normalized(QString::NormalizationForm_C).toUtf8();
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, bytes, salt, iterations,
                                              kHashBytes);
}

} // namespace OpenSteps
