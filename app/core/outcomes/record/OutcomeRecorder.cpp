// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeRecorder.h"

#include "FoundationLevel.h"
#include "HelpSessionStore.h"
#include "HubIdentity.h"
#include "LearnerStore.h"
#include "LessonCatalog.h"
#include "OutboxStore.h"
#include "OutcomeEventStore.h"
#include "ProgressStore.h"
#include "SettingsStore.h"
#include "SharingStore.h"
#include "SkillsCheck.h"

namespace OpenSteps {

OutcomeRecorder::OutcomeRecorder(const LessonCatalog &catalog, LearnerStore &learners,
                                 SharingStore &sharing, SettingsStore &settings,
                                 OutboxStore &outbox, OutcomeEventStore &events,
                                 const ProgressStore &progress, const HelpSessionStore &help)
    : m_catalog(catalog)
    , m_learners(learners)
    , m_sharing(sharing)
    , m_settings(settings)
    , m_outbox(outbox)
    , m_events(events)
    , m_progress(progress)
    , m_help(help) {}

Xapi::Context OutcomeRecorder::pcContext(const SettingsStore &settings) {
    Xapi::Context context;
    context.programmeIri =
        settings.value(QStringLiteral("programme_iri"), QString::fromLatin1(kDefaultProgrammeIri));
    context.hubId =
        settings.value(QLatin1String(HubIdentity::kIdKey), QStringLiteral("unnamed-hub"));
    context.rounding = settings.value(QStringLiteral("timestamp_rounding")) == QLatin1String("day")
                           ? Xapi::Rounding::Day
                           : Xapi::Rounding::Hour;
    return context;
}

Xapi::Context OutcomeRecorder::context(const QString &language) const {
    Xapi::Context context = pcContext(m_settings);
    context.language = language;
    return context;
}

std::optional<OutcomeRecorder::Sharer> OutcomeRecorder::sharer(qint64 learnerId) const {
    if (m_pauses > 0 || m_sharing.consent(learnerId) != true)
        return std::nullopt; // paused, or nothing about this learner leaves the PC
    const QString pseudonym = m_sharing.pseudonym(learnerId);
    const auto learner = m_learners.find(learnerId);
    if (pseudonym.isEmpty() || !learner)
        return std::nullopt;
    Xapi::Context ctx = context(learner->language);
    ctx.assisted = m_help.isHelped(learnerId);
    ctx.ageBand = m_sharing.ageBand(learnerId);
    ctx.postcodeDistrict = m_sharing.postcodeDistrict(learnerId);
    ctx.preferredLanguage = m_sharing.preferredLanguage(learnerId);
    return Sharer{pseudonym, ctx};
}

bool OutcomeRecorder::lessonStarted(qint64 learnerId, const QString &lessonId) {
    const Lesson *lesson = m_catalog.find(lessonId);
    const auto who = lesson ? sharer(learnerId) : std::nullopt;
    if (!who)
        return true; // not shared, or a lesson no longer bundled: nothing to say
    return record(learnerId, Xapi::lessonStarted(Xapi::newStatementId(), who->pseudonym, *lesson,
                                                 QDateTime::currentDateTimeUtc(), who->context));
}

bool OutcomeRecorder::lessonCompleted(qint64 learnerId, const QString &lessonId) {
    const Lesson *lesson = m_catalog.find(lessonId);
    const auto who = lesson ? sharer(learnerId) : std::nullopt;
    if (!who)
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<Xapi::Score> score;
    if (const auto practice = m_progress.practiceTotals(learnerId, lessonId))
        score = Xapi::Score{practice->hits, practice->hits + practice->misses};
    if (!record(learnerId, Xapi::lessonCompleted(Xapi::newStatementId(), who->pseudonym, *lesson,
                                                 now, who->context, score)))
        return false;
    // Foundation is reached once: by the lesson without which the tasks are not all covered.
    QSet<QString> completed = m_progress.completedLessons(learnerId);
    if (!FoundationLevel::reached(m_catalog, completed))
        return true;
    completed.remove(lessonId);
    if (FoundationLevel::reached(m_catalog, completed))
        return true;
    return record(learnerId, Xapi::foundationReached(Xapi::newStatementId(), who->pseudonym, now,
                                                     who->context));
}

bool OutcomeRecorder::skillsCheckCompleted(qint64 learnerId, int number,
                                           const SkillsCheckRecord &check) {
    const auto who = sharer(learnerId);
    if (!who)
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // In the check's own order, so the statements read like the check did.
    for (const SkillsCheck::Statement &statement : SkillsCheck::statements()) {
        const QString answer = check.answers.value(statement.id);
        if (!answer.isEmpty() &&
            !record(learnerId,
                    Xapi::skillsCheckAnswered(Xapi::newStatementId(), who->pseudonym, statement.id,
                                              statement.skill, answer, number, now, who->context)))
            return false;
    }
    return true;
}

bool OutcomeRecorder::checkinSaved(qint64 learnerId, const QString &milestone,
                                   const QStringList &outcomeIds) {
    const auto who = sharer(learnerId);
    if (!who)
        return true;
    return record(learnerId,
                  Xapi::checkinAnswered(Xapi::newStatementId(), who->pseudonym, milestone,
                                        outcomeIds, QDateTime::currentDateTimeUtc(), who->context));
}

bool OutcomeRecorder::record(qint64 learnerId, const QJsonObject &statement) {
    if (!m_outbox.add(learnerId, statement))
        return false;
    const auto event = OutcomeEvent::fromStatement(statement);
    return !event || m_events.add(learnerId, *event);
}

bool OutcomeRecorder::helpSessionEnded(int minutes) {
    if (m_pauses > 0)
        return true;
    return record(0, Xapi::helpSession(Xapi::newStatementId(), minutes,
                                       QDateTime::currentDateTimeUtc(),
                                       context(QStringLiteral("en"))));
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
