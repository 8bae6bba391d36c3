// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace OpenSteps {

class Database;

// Small key/value settings of this PC (language, text size, theme, last learner).
// Values IT preset for the PC (Presets, in the database's presetSettings) come first: they are
// read instead of the saved ones and cannot be changed here.
class SettingsStore {
public:
    explicit SettingsStore(Database &db);

    QString value(const QString &key, const QString &fallback = {}) const;
    // False, and nothing saved, for a preset key given another value than IT's.
    bool setValue(const QString &key, const QString &value);
    // Whether IT set this key for the PC ("set by your IT team").
    bool isPreset(const QString &key) const;

private:
    Database &m_db;
};

} // namespace OpenSteps
