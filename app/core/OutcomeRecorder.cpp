// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeRecorder.h"

#include "LearnerStore.h"
#include "LessonCatalog.h"
#include "OutboxStore.h"
#include "SettingsStore.h"
#include "SharingStore.h"

namespace OpenSteps {

OutcomeRecorder::OutcomeRecorder(const LessonCatalog &catalog, LearnerStore &learners,
                                 SharingStore &sharing, SettingsStore &settings,
                                 OutboxStore &outbox)
    : m_catalog(catalog)
    , m_learners(learners)
    , m_sharing(sharing)
    , m_settings(settings)
    , m_outbox(outbox) {}

Xapi::Context OutcomeRecorder::context(const QString &language) const {
    Xapi::Context context;
    context.programmeIri = m_settings.value(QStringLiteral("programme_iri"),
                                            QString::fromLatin1(kDefaultProgrammeIri));
    context.hubId = m_settings.value(QStringLiteral("hub_id"), QStringLiteral("unnamed-hub"));
    context.language = language;
    context.rounding =
        m_settings.value(QStringLiteral("timestamp_rounding")) == QLatin1String("day")
            ? Xapi::Rounding::Day
            : Xapi::Rounding::Hour;
    return context;
}

bool OutcomeRecorder::lessonCompleted(qint64 learnerId, const QString &lessonId) {
    if (m_sharing.consent(learnerId) != true)
        return true; // nothing about this learner leaves the PC
    const Lesson *lesson = m_catalog.find(lessonId);
    const QString pseudonym = m_sharing.pseudonym(learnerId);
    const auto learner = m_learners.find(learnerId);
    if (!lesson || pseudonym.isEmpty() || !learner)
        return true; // a lesson no longer bundled: nothing to say about it
    return m_outbox.add(learnerId, Xapi::lessonCompleted(Xapi::newStatementId(), pseudonym, *lesson,
                                                         QDateTime::currentDateTimeUtc(),
                                                         context(learner->language)));
}

bool OutcomeRecorder::learnerLeaving(qint64 learnerId) {
    const QString pseudonym = m_sharing.pseudonym(learnerId);
    if (pseudonym.isEmpty())
        return true; // never shared: nothing ever left
    const auto learner = m_learners.find(learnerId);
    const Xapi::Context ctx = context(learner ? learner->language : QString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &target : m_outbox.mayHaveLeft(learnerId)) {
        if (!m_outbox.add(0, Xapi::voided(Xapi::newStatementId(), pseudonym, target, now, ctx)))
            return false;
    }
    return m_outbox.withdrawUnsent(learnerId);
}

} // namespace OpenSteps
