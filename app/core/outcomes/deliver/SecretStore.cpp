// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include "SettingsStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

namespace OpenSteps {

namespace {
const QString kService = QStringLiteral("OpenSteps");
const QString kAccount = QStringLiteral("lrs-secret");
const QString kWhereKey = QStringLiteral("lrs_secret_kept_in"); // "keychain" or "file"
} // namespace

SecretStore::SecretStore(QString dataDir, SettingsStore &settings, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_settings(settings) {}

bool SecretStore::keychainWanted() const {
    return qEnvironmentVariableIsEmpty("OPENSTEPS_NO_KEYCHAIN");
}

QString SecretStore::filePath() const {
    return QDir(m_dataDir).filePath(QStringLiteral("lrs-secret"));
}

bool SecretStore::preset() const {
    return m_settings.isPreset(QLatin1String(kPresetFileKey));
}

QString SecretStore::readSecretFile(const QString &path) {
    QFile file(path);
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(kMaxFileBytes)).trimmed();
}

QString SecretStore::warning() const {
    if (preset() || m_settings.value(kWhereKey) != QLatin1String("file"))
        return {};
    return QStringLiteral("This computer has no password keychain, so the secret is kept in %1, "
                          "which only this computer account can read. Anyone who can sign in to "
                          "this account can read it.")
        .arg(QDir::toNativeSeparators(filePath()));
}

void SecretStore::write(const QString &secret, std::function<void(bool)> done) {
    if (preset()) { // IT keeps it in its own file
        done(false);
        return;
    }
    const auto fallBack = [this, secret, done] {
        const bool saved =
            writeFile(secret) && m_settings.setValue(kWhereKey, QStringLiteral("file"));
        done(saved);
    };
    if (!keychainWanted()) {
        fallBack();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(kAccount);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, fallBack, done](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError) {
            fallBack();
            return;
        }
        QFile::remove(filePath()); // no stale copy outside the keychain
        done(m_settings.setValue(kWhereKey, QStringLiteral("keychain")));
    });
    job->start();
}

void SecretStore::read(std::function<void(std::optional<QString>)> done) {
    if (preset()) {
        const QString secret = readSecretFile(m_settings.value(QLatin1String(kPresetFileKey)));
        done(secret.isEmpty() ? std::nullopt : std::optional<QString>(secret));
        return;
    }
    const QString where = m_settings.value(kWhereKey);
    if (where != QLatin1String("keychain") || !keychainWanted()) {
        done(where == QLatin1String("file") ? readFile() : std::nullopt);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(kAccount);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *job) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(job);
        done(job->error() == QKeychain::NoError ? std::optional<QString>(read->textData())
                                                : std::nullopt);
    });
    job->start();
}

bool SecretStore::writeNow(const QString &secret) {
    QEventLoop loop;
    bool saved = false;
    bool finished = false;
    write(secret, [&](bool ok) {
        saved = ok;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return saved;
}

std::optional<QString> SecretStore::readNow() {
    QEventLoop loop;
    std::optional<QString> secret;
    bool finished = false;
    read([&](std::optional<QString> value) {
        secret = std::move(value);
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return secret;
}

bool SecretStore::writeFile(const QString &secret) {
    if (!QDir().mkpath(m_dataDir))
        return false;
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Owner only, before a byte of the secret is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return false;
    }
    file.write(secret.toUtf8());
    return file.commit();
}

std::optional<QString> SecretStore::readFile() const {
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

} // namespace OpenSteps
