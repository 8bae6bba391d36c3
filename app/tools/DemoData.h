// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutcomeEvent.h"
#include "XapiStatement.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace OpenSteps {

class SettingsStore;
class Workspace;
struct Lesson;

// Made-up learners for demos, screenshots and benchmarks (`opensteps demo-data`): profiles,
// lessons from the real catalogue in the order a learner takes them, skills checks, check-ins
// and volunteers' help sessions spread over 18 months, with the outcome events the reports
// count. Deterministic: the same options (seed, learners, events, last day) give the same rows,
// ids included. Only ever written into an empty data folder, which is then marked with the
// setting `demo_data` = "1" (DemoFlag): nothing from it is sent to the programme's LRS or exported
// in a bundle, and the app says "Demo data: not real learners". Demo statements never enter the
// outbox; the events are written directly (OutcomeEventStore::Writer), as the statements of the
// same progress would give them (the builders below).
namespace DemoData {

// What the first few learners' PIN is (so a demo can sign in as one) and the demo volunteers'
// and staff member's passphrase. Printed by the command; demo folders only.
inline constexpr auto kDemoPin = "1234";
inline constexpr int kLearnersWithPin = 3;
inline constexpr auto kDemoPassphrase = "demo passphrase";

struct Options {
    int learners = 200;
    quint32 seed = 1;
    // Outcome events to aim for (roughly: within a few per cent), by making learners more or
    // less busy; -1 for the usual pace (about 25 events per learner).
    qint64 events = -1;
    QDate until; // the last day of the data (UTC); invalid: today
};

struct Summary {
    qint64 learners = 0;
    qint64 sharing = 0; // agreed to share: their progress has outcome events
    qint64 lessonsStarted = 0;
    qint64 lessonsCompleted = 0;
    qint64 skillsChecks = 0;
    qint64 foundation = 0;
    qint64 checkins = 0;
    qint64 helpSessions = 0;
    qint64 events = 0;
    double pace = 1; // how busy learners were made (1 = the usual pace)
};

// Why demo data must not go into `dataDir`, in plain words, or empty when it may. Reads the
// database (if any) read-only: a folder refused is left exactly as it was. Refused: any learner,
// helper, lesson progress, outcome statement or event that is not demo data (real data), and a
// demo folder that has learners already (demo data goes only into an empty folder).
QString refusal(const QString &dataDir);

// Fills `workspace`, which must have been opened on a folder refusal() accepted. Written in a
// few large transactions, the first of which marks the folder as demo data. Returns an error
// message, or an empty string on success.
QString generate(Workspace &workspace, const Options &options, Summary *summary = nullptr);

// The outcome event of each statement kind, as OutcomeEvent::fromStatement reads the statement
// Xapi builds from the same arguments (tst_demodata checks each); without building any JSON.
OutcomeEvent lessonEvent(OutcomeEvent::Kind kind, const QString &id, const QString &pseudonym,
                         const Lesson &lesson, qint64 atSecs, const Xapi::Context &context);
OutcomeEvent skillsAnswerEvent(const QString &id, const QString &pseudonym,
                               const QString &statementId, const QString &skill,
                               const QString &answer, int check, qint64 atSecs,
                               const Xapi::Context &context);
OutcomeEvent foundationEvent(const QString &id, const QString &pseudonym, qint64 atSecs,
                             const Xapi::Context &context);
OutcomeEvent checkinEvent(const QString &id, const QString &pseudonym, const QString &milestone,
                          const QStringList &outcomes, qint64 atSecs, const Xapi::Context &context);
OutcomeEvent helpSessionEvent(const QString &id, int minutes, qint64 atSecs,
                              const Xapi::Context &context);

} // namespace DemoData
} // namespace OpenSteps
