// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace OpenSteps {

class SettingsStore;

// The Learning Record Store secret. Kept in the system keychain (QtKeychain: Secret Service,
// KWallet) when the PC has one; otherwise in a file in the data folder that only this user can
// read, with a warning for staff. Never in the database, which a learner's progress code or a
// backup may travel with. Keychains answer asynchronously, so both calls take a callback.
// On a PC that resets, IT presets a file it protects instead (setting lrs_secret_file, see
// Presets): the secret is read from there, and cannot be changed in the app.
class SecretStore : public QObject {
    Q_OBJECT
public:
    SecretStore(QString dataDir, SettingsStore &settings, QObject *parent = nullptr);

    // Where secrets go: the keychain is tried unless OPENSTEPS_NO_KEYCHAIN is set (tests).
    void write(const QString &secret, std::function<void(bool saved)> done);
    void read(std::function<void(std::optional<QString> secret)> done);
    // Blocking forms for the command line.
    bool writeNow(const QString &secret);
    std::optional<QString> readNow();

    // Whether the secret comes from a file IT preset.
    bool preset() const;
    // The first line of a secret file, or "" when it cannot be read or is too big.
    static QString readSecretFile(const QString &path);
    static constexpr auto kPresetFileKey = "lrs_secret_file";
    static constexpr int kMaxFileBytes = 4096;

    // Set while the secret lives in the fallback file: a plain sentence for staff.
    QString warning() const;
    QString filePath() const;

private:
    bool keychainWanted() const;
    bool writeFile(const QString &secret);
    std::optional<QString> readFile() const;

    QString m_dataDir;
    SettingsStore &m_settings;
};

} // namespace OpenSteps
