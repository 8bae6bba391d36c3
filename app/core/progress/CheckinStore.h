// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace OpenSteps {

class Database;
class LessonCatalog;
class ProgressStore;

// The optional "What has changed for you?" check-in, offered at milestones: the learner picks
// any of a fixed list of outcomes (picture buttons in the UI; never typed text). Each milestone
// is answered once; an empty answer means "none of these yet" and is kept like any other.
class CheckinStore {
public:
    struct Outcome {
        QString id;
        const char *description; // English, for the LRS; the UI has its own translated words
    };
    // saved-money, keeping-in-touch, work, health, council-housing, getting-around.
    static const QList<Outcome> &outcomes();
    // "foundation": once the learner reaches the Foundation level (FoundationLevel).
    // "four-weeks": kFourWeeksDays after the learner's first visit (their profile was made).
    static const QStringList &milestones();
    static constexpr int kFourWeeksDays = 28;

    CheckinStore(Database &db, const LessonCatalog &catalog, const ProgressStore &progress);

    // Saves the learner's answer for a milestone, with its outcome statement (see the observer)
    // in the same transaction. False for an unknown milestone or outcome, a milestone already
    // answered, or a failed write. Outcomes are kept in the fixed list's order, each once.
    bool save(qint64 learnerId, const QString &milestone, const QStringList &outcomeIds);
    // What the learner chose at a milestone; nullopt when it was never answered.
    std::optional<QStringList> answers(qint64 learnerId, const QString &milestone) const;
    // Milestones reached and not answered yet, in milestones() order: what to offer now.
    QStringList due(qint64 learnerId, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Called inside save()'s transaction; returning false rolls the answer back too.
    using SavedObserver = std::function<bool(qint64 learnerId, const QString &milestone,
                                             const QStringList &outcomeIds)>;
    void setSavedObserver(SavedObserver observer) { m_saved = std::move(observer); }

private:
    Database &m_db;
    const LessonCatalog &m_catalog;
    const ProgressStore &m_progress;
    SavedObserver m_saved;
};

} // namespace OpenSteps
