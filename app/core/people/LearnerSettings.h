// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace OpenSteps {

class Database;

// Each learner's own accessibility settings (text size, theme, read aloud...), applied when
// they sign in, so the next person at the shared PC does not inherit them. Deleted with the
// learner. SettingsStore keeps the settings of the PC itself.
class LearnerSettings {
public:
    explicit LearnerSettings(Database &db);

    QString value(qint64 learnerId, const QString &key, const QString &fallback = {}) const;
    // Adds or replaces; false for no such learner.
    bool setValue(qint64 learnerId, const QString &key, const QString &value);
    QHash<QString, QString> all(qint64 learnerId) const;

private:
    Database &m_db;
};

} // namespace OpenSteps
