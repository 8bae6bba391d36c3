// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckinStore.h"
#include "Database.h"
#include "HelpSessionStore.h"
#include "HelperStore.h"
#include "LearnerSettings.h"
#include "LearnerStore.h"
#include "LessonCatalog.h"
#include "OutboxStore.h"
#include "OutcomeEventStore.h"
#include "OutcomeRecorder.h"
#include "PinStore.h"
#include "ProgressStore.h"
#include "SettingsStore.h"
#include "SharingStore.h"
#include "SkillsCheck.h"

#include <QString>

namespace OpenSteps {

// Everything one run of the app works on: the data folder's database and the lessons.
// GUI-free, so the command line, the tests and the UI all open data the same way.
class Workspace {
public:
    Workspace();

    // Creates the data folder if needed, opens the database and loads the lessons.
    // Lesson problems never stop the start; a database that cannot be used does.
    Database::OpenResult open(const QString &dataDir, const QString &lessonsDir);

    static QString defaultDataDir();

    // "Delete my data": voids in the LRS whatever of theirs may have been sent, then removes
    // the learner and everything about them from this PC, all in one transaction.
    bool deleteLearner(qint64 learnerId);

    Database &database() { return m_db; }
    const LessonCatalog &catalog() const { return m_catalog; }
    LearnerStore &learners() { return m_learners; }
    ProgressStore &progress() { return m_progress; }
    SettingsStore &settings() { return m_settings; }
    SkillsCheckStore &skillsChecks() { return m_skillsChecks; }
    PinStore &pins() { return m_pins; }
    HelperStore &helpers() { return m_helpers; }
    LearnerSettings &learnerSettings() { return m_learnerSettings; }
    SharingStore &sharing() { return m_sharing; }
    OutboxStore &outbox() { return m_outbox; }
    HelpSessionStore &helpSessions() { return m_helpSessions; }
    CheckinStore &checkins() { return m_checkins; }
    OutcomeRecorder &outcomes() { return m_outcomes; }
    OutcomeEventStore &outcomeEvents() { return m_events; }
    const QString &dataDir() const { return m_dataDir; }

private:
    Database m_db;
    LessonCatalog m_catalog;
    LearnerStore m_learners;
    ProgressStore m_progress;
    SettingsStore m_settings;
    SkillsCheckStore m_skillsChecks;
    PinStore m_pins;
    HelperStore m_helpers;
    LearnerSettings m_learnerSettings;
    SharingStore m_sharing;
    OutboxStore m_outbox;
    OutcomeEventStore m_events;
    HelpSessionStore m_helpSessions;
    CheckinStore m_checkins;
    OutcomeRecorder m_outcomes;
    QString m_dataDir;
};

} // namespace OpenSteps
