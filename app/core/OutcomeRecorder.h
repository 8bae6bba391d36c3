// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XapiStatement.h"

namespace OpenSteps {

class LessonCatalog;
class OutboxStore;
class SettingsStore;
class SharingStore;
class LearnerStore;

// Turns progress into outcome statements for learners who agreed to share, straight into the
// outbox (inside the caller's transaction). Learners who did not agree produce nothing.
class OutcomeRecorder {
public:
    OutcomeRecorder(const LessonCatalog &catalog, LearnerStore &learners, SharingStore &sharing,
                    SettingsStore &settings, OutboxStore &outbox);

    // False only when a statement was due and could not be written.
    bool lessonCompleted(qint64 learnerId, const QString &lessonId);
    // The learner is deleting their data: every statement of theirs that may be in the LRS gets
    // a voiding statement (not linked to them, so it outlives them); the unsent are dropped.
    bool learnerLeaving(qint64 learnerId);

    // Programme IRI, hub id and time rounding from the PC's settings (staff set them).
    Xapi::Context context(const QString &language) const;

    static constexpr auto kDefaultProgrammeIri = "https://digital.leeds.gov.uk/opensteps";

private:
    const LessonCatalog &m_catalog;
    LearnerStore &m_learners;
    SharingStore &m_sharing;
    SettingsStore &m_settings;
    OutboxStore &m_outbox;
};

} // namespace OpenSteps
