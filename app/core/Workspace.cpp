// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcLessons, "opensteps.lessons")

namespace OpenSteps {

Workspace::Workspace()
    : m_learners(m_db)
    , m_progress(m_db)
    , m_settings(m_db)
    , m_skillsChecks(m_db)
    , m_pins(m_db)
    , m_helpers(m_db)
    , m_learnerSettings(m_db)
    , m_sharing(m_db)
    , m_outbox(m_db)
    , m_events(m_db)
    , m_helpSessions(m_db)
    , m_checkins(m_db, m_catalog, m_progress)
    , m_outcomes(m_catalog, m_learners, m_sharing, m_settings, m_outbox, m_events, m_progress,
                 m_helpSessions) {
    // Outcomes are recorded in the same transaction as the progress they describe.
    m_progress.setStartedObserver([this](qint64 learnerId, const QString &lessonId) {
        return m_outcomes.lessonStarted(learnerId, lessonId);
    });
    m_progress.setCompletedObserver([this](qint64 learnerId, const QString &lessonId) {
        return m_outcomes.lessonCompleted(learnerId, lessonId);
    });
    m_skillsChecks.setCompletedObserver(
        [this](qint64 learnerId, int number, const SkillsCheckRecord &check) {
            return m_outcomes.skillsCheckCompleted(learnerId, number, check);
        });
    m_helpSessions.setEndedObserver(
        [this](int minutes) { return m_outcomes.helpSessionEnded(minutes); });
    m_checkins.setSavedObserver(
        [this](qint64 learnerId, const QString &milestone, const QStringList &outcomeIds) {
            return m_outcomes.checkinSaved(learnerId, milestone, outcomeIds);
        });
}

bool Workspace::deleteLearner(qint64 learnerId) {
    return m_db.inTransaction(
        [&] { return m_outcomes.learnerLeaving(learnerId) && m_learners.remove(learnerId); });
}

QString Workspace::defaultDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

Database::OpenResult Workspace::open(const QString &dataDir, const QString &lessonsDir) {
    m_dataDir = QDir(dataDir).absolutePath();
    const bool haveDataDir = QDir().mkpath(m_dataDir);
    if (haveDataDir)
        m_catalog.load(lessonsDir, QDir(m_dataDir).filePath(QStringLiteral("lessons.cache")));
    else
        m_catalog.load(lessonsDir);
    for (const LessonProblem &problem : m_catalog.problems())
        qCWarning(lcLessons).noquote() << problem.toString();

    if (!haveDataDir)
        return {Database::Status::CannotOpen,
                QStringLiteral("Cannot create the data folder %1").arg(m_dataDir),
                {}};
    Database::OpenResult opened =
        m_db.open(QDir(m_dataDir).filePath(QLatin1String(Database::kFileName)));
    // Reports count events; outcomes recorded before they existed are read in once.
    if (opened.usable() && !m_events.buildFromOutboxOnce())
        qWarning("The outcome reports could not be built from the saved outcomes");
    return opened;
}

} // namespace OpenSteps
