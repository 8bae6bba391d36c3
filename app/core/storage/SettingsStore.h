// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OpenSteps {

class Database;

// Small key/value settings of this PC (language, text size, theme, last learner).
class SettingsStore {
public:
    explicit SettingsStore(Database &db);

    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace OpenSteps
