// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace OpenSteps {

class Database;

struct Learner {
    qint64 id = 0;
    QString name;   // first name or nickname, as typed
    QString avatar; // picture id, e.g. "sun"
    QString language;
};

// Learner profiles on this PC. No email, no password: a name and a picture.
class LearnerStore {
public:
    explicit LearnerStore(Database &db);

    std::optional<Learner> create(const QString &name, const QString &avatar,
                                  const QString &language);
    std::optional<Learner> find(qint64 id) const;
    std::optional<Learner> mostRecent() const;
    QList<Learner> all() const;
    bool markSeen(qint64 id);
    bool setLanguage(qint64 id, const QString &language);
    // Deletes the profile and, by cascade, everything kept about it. False if there was none.
    bool remove(qint64 id);

    static constexpr int kMaxNameLength = 40;

private:
    Database &m_db;
};

} // namespace OpenSteps
