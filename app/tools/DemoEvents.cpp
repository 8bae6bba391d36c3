// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome event of each statement kind for demo data, as OutcomeEvent::fromStatement reads
// the statement Xapi builds from the same arguments, without building any JSON.
#include "DemoData.h"

#include "Lesson.h"

#include <algorithm>

namespace OpenSteps::DemoData {

namespace {

qint64 rounded(qint64 secs, Xapi::Rounding rounding) {
    const qint64 unit = rounding == Xapi::Rounding::Day ? 86400 : 3600;
    return secs - ((secs % unit) + unit) % unit;
}

// What every statement of a learner carries (Xapi's contextOf and the actor).
OutcomeEvent learnerEvent(OutcomeEvent::Kind kind, const QString &id, const QString &pseudonym,
                          qint64 atSecs, const Xapi::Context &context) {
    OutcomeEvent event;
    event.statementId = id;
    event.person = pseudonym;
    event.hub = context.hubId;
    event.kind = kind;
    event.at = rounded(atSecs, context.rounding);
    event.assisted = context.assisted;
    event.ageBand = context.ageBand;
    event.district = context.postcodeDistrict;
    event.language = context.preferredLanguage;
    return event;
}

} // namespace

OutcomeEvent lessonEvent(OutcomeEvent::Kind kind, const QString &id, const QString &pseudonym,
                         const Lesson &lesson, qint64 atSecs, const Xapi::Context &context) {
    OutcomeEvent event = learnerEvent(kind, id, pseudonym, atSecs, context);
    event.item = lesson.id;
    event.tags = lesson.skills.join(QLatin1Char(','));
    return event;
}

OutcomeEvent skillsAnswerEvent(const QString &id, const QString &pseudonym,
                               const QString &statementId, const QString &skill,
                               const QString &answer, int check, qint64 atSecs,
                               const Xapi::Context &context) {
    OutcomeEvent event =
        learnerEvent(OutcomeEvent::Kind::SkillsAnswer, id, pseudonym, atSecs, context);
    event.item = statementId;
    event.tags = skill;
    event.value = answer;
    event.check = check;
    return event;
}

OutcomeEvent foundationEvent(const QString &id, const QString &pseudonym, qint64 atSecs,
                             const Xapi::Context &context) {
    return learnerEvent(OutcomeEvent::Kind::Foundation, id, pseudonym, atSecs, context);
}

OutcomeEvent checkinEvent(const QString &id, const QString &pseudonym, const QString &milestone,
                          const QStringList &outcomes, qint64 atSecs,
                          const Xapi::Context &context) {
    OutcomeEvent event = learnerEvent(OutcomeEvent::Kind::Checkin, id, pseudonym, atSecs, context);
    event.item = milestone;
    event.value = outcomes.join(QLatin1Char(','));
    return event;
}

OutcomeEvent helpSessionEvent(const QString &id, int minutes, qint64 atSecs,
                              const Xapi::Context &context) {
    // The hub's volunteers as a whole: nothing about the learner, never "assisted".
    OutcomeEvent event;
    event.statementId = id;
    event.hub = context.hubId;
    event.kind = OutcomeEvent::Kind::HelpSession;
    event.at = rounded(atSecs, context.rounding);
    event.minutes = std::max(0, minutes);
    return event;
}

} // namespace OpenSteps::DemoData
