// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace OpenSteps {

// What library or council IT preset for a PC, once per PC image: a machine-wide configuration
// read with QSettings in system scope (/etc/xdg/OpenSteps/opensteps.conf on Linux,
// HKLM\Software\OpenSteps\opensteps on Windows, /Library/Preferences on macOS), then a file
// given with --config on top, then values from the command line on top of both. Each value
// is checked with the rules the app itself uses; a bad one is left out with a problem naming
// its file and key, so it never stops learners. What is left wins over the PC's own settings.
class Presets {
public:
    struct Problem {
        QString file;
        QString key;
        QString text; // plain words: what is wrong and what to write instead
        QString toString() const;
    };
    struct Entry {
        QString value;
        QString source; // the file (or registry key) it came from, or "command line"
    };

    // Every key IT can set, in the order `config check` shows them.
    static const QStringList &keys();
    // Where the machine-wide configuration is read from on this PC (a file or registry key).
    static QString machineLocation();

    // Reads the machine-wide configuration, then `explicitFile` (may be empty). `languages`:
    // the languages that ship, for `locale`.
    static Presets read(const QString &explicitFile, const QStringList &languages);
    // Reads only these files, in order (later ones win): for tests and `--config`.
    static Presets readFiles(const QStringList &files, const QStringList &languages);

    // A value from the command line (e.g. --data-dir, --kiosk), checked the same way.
    void setFromCommandLine(const QString &key, const QString &value);

    bool has(const QString &key) const { return m_entries.contains(key); }
    QString value(const QString &key, const QString &fallback = {}) const;
    QString source(const QString &key) const;
    bool flag(const QString &key, bool fallback) const; // true/false keys
    const QList<Problem> &problems() const { return m_problems; }

    // The PC settings these presets fix (setting key -> value), for Database::setPresetSettings.
    QHash<QString, QString> settings() const;
    // The setting a key fixes ("" for those the app reads itself: dataDir, kiosk, renderer).
    static QString settingKey(const QString &key);

    // Empty when `value` is usable for `key`, else why not, in plain words.
    static QString problemWith(const QString &key, const QString &value,
                               const QStringList &languages);

    // Empty when this computer account can keep files in the folder `path`, else why not.
    static QString folderProblem(const QString &path);
    // For staff and `config check`, empty when all is well: the PC has presets from IT but no
    // dataDir (so progress sits in this account's own folder, which a PC that resets wipes),
    // or the data folder `dataDir` cannot be written.
    QString survivalWarning(const QString &dataDir) const;
    // Whether progress kept in `dataDir` is known to outlast a reset: IT chose the folder.
    bool dataDirPreset() const { return has(QStringLiteral("dataDir")); }

    static constexpr auto kGuestAllowedSetting = "guest_allowed";
    static constexpr int kMinIdleMinutes = 1;
    static constexpr int kMaxIdleMinutes = 120;

private:
    void readOne(const QString &location, const QHash<QString, QString> &values);
    QHash<QString, Entry> m_entries;
    QList<Problem> m_problems;
    QStringList m_languages;
};

} // namespace OpenSteps
