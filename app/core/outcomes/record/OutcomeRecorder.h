// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XapiStatement.h"

#include <optional>

namespace OpenSteps {

class HelpSessionStore;
class LearnerStore;
class LessonCatalog;
class OutboxStore;
class OutcomeEventStore;
class ProgressStore;
class SettingsStore;
class SharingStore;
struct SkillsCheckRecord;

// Turns progress into outcome statements for learners who agreed to share, straight into the
// outbox (inside the caller's transaction, so a statement exists exactly when the progress it
// describes does). Learners who did not agree produce nothing. Each function returns false
// only when a statement was due and could not be written.
class OutcomeRecorder {
public:
    OutcomeRecorder(const LessonCatalog &catalog, LearnerStore &learners, SharingStore &sharing,
                    SettingsStore &settings, OutboxStore &outbox, OutcomeEventStore &events,
                    const ProgressStore &progress, const HelpSessionStore &help);

    // Progress restored from a progress code was reported by the PC it came from (under that
    // PC's pseudonym): while a Pause lives, nothing is recorded, so no outcome counts twice.
    class Pause {
    public:
        explicit Pause(OutcomeRecorder &recorder)
            : m_recorder(recorder) {
            ++m_recorder.m_pauses;
        }
        ~Pause() { --m_recorder.m_pauses; }
        Pause(const Pause &) = delete;
        Pause &operator=(const Pause &) = delete;

    private:
        OutcomeRecorder &m_recorder;
    };

    // The learner's first time in a lesson.
    bool lessonStarted(qint64 learnerId, const QString &lessonId);
    // The learner's first completion of a lesson, with its practice score; and, when this
    // lesson is the one that completes the Foundation tasks, the Foundation level (once).
    bool lessonCompleted(qint64 learnerId, const QString &lessonId);
    // A completed skills check: one statement per answer, with the check's number.
    bool skillsCheckCompleted(qint64 learnerId, int number, const SkillsCheckRecord &check);
    // A "What has changed for you?" check-in.
    bool checkinSaved(qint64 learnerId, const QString &milestone, const QStringList &outcomeIds);
    // A volunteer's help session ended after `minutes` (recorded whoever the learner was: the
    // statement names neither of them).
    bool helpSessionEnded(int minutes);
    // The learner is deleting their data: every statement of theirs that may be in the LRS gets
    // a voiding statement (not linked to them, so it outlives them); the unsent are dropped.
    bool learnerLeaving(qint64 learnerId);

    // Programme IRI, hub id and time rounding from the PC's settings (staff set them).
    static Xapi::Context pcContext(const SettingsStore &settings);
    Xapi::Context context(const QString &language) const;

    // A reserved name (RFC 2606) that is nobody's address: a programme sets its own IRI with the
    // `programmeIri` preset (which fixes the `programme_iri` setting). PCs that counted
    // learners under the earlier default keep it (migration 12).
    static constexpr auto kDefaultProgrammeIri = "https://opensteps.invalid/programme";

private:
    // Who a statement is about, for a learner who agreed to share; nullopt otherwise.
    struct Sharer {
        QString pseudonym;
        Xapi::Context context;
    };
    std::optional<Sharer> sharer(qint64 learnerId) const;
    // Into the outbox, and into the reports' events, together.
    bool record(qint64 learnerId, const QJsonObject &statement);

    const LessonCatalog &m_catalog;
    LearnerStore &m_learners;
    SharingStore &m_sharing;
    SettingsStore &m_settings;
    OutboxStore &m_outbox;
    OutcomeEventStore &m_events;
    const ProgressStore &m_progress;
    const HelpSessionStore &m_help;
    int m_pauses = 0;
};

} // namespace OpenSteps
