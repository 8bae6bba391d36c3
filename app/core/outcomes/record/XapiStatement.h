// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace OpenSteps {

struct Lesson;

// Anonymised xAPI 1.0.3 statements of learning outcomes, for the programme's Learning Record
// Store. The actor is an account of the programme named by a random pseudonym (derived from
// nothing); no name, PIN or free text is ever put in. Times are rounded (to the hour by
// default) so a statement cannot be matched to a visit by its exact time.
namespace Xapi {

enum class Rounding { Hour, Day };

// What every statement of this PC carries as context.
struct Context {
    QString programmeIri; // e.g. "https://opensteps.invalid/programme" (the default)
    QString hubId;        // e.g. "leeds-central-library"
    QString language;     // the learner's language, e.g. "en"
    Rounding rounding = Rounding::Hour;
    bool assisted = false; // a volunteer was helping the learner (HelpSessionStore)
    // The learner's optional answers, for breakdowns; empty when not given. Bands and
    // districts are coarse on purpose (SharingStore): no birth date, no full postcode.
    QString ageBand;           // e.g. "65-74"
    QString postcodeDistrict;  // e.g. "LS9"
    QString preferredLanguage; // e.g. "pl"
};

// A lesson's practice, summed over its practice steps: right tries out of all tries.
struct Score {
    int right = 0;
    int tries = 0;
};

inline constexpr auto kVersion = "1.0.3";
inline constexpr auto kVerbAttempted = "http://adlnet.gov/expapi/verbs/attempted";
inline constexpr auto kVerbCompleted = "http://adlnet.gov/expapi/verbs/completed";
inline constexpr auto kVerbAnswered = "http://adlnet.gov/expapi/verbs/answered";
inline constexpr auto kVerbVoided = "http://adlnet.gov/expapi/verbs/voided";
inline constexpr auto kVerbMentored = "http://id.tincanapi.com/verb/mentored";

// A fresh statement id (a random UUID), made once and kept with the statement so a resend
// carries the same id and the LRS stores it once.
QString newStatementId();
// A random pseudonym for a learner who agreed to share; it says nothing about them.
QString newPseudonym();
// UTC ISO 8601, rounded down to the hour or the day.
QString roundedTimestamp(const QDateTime &when, Rounding rounding);

// Lesson started (attempted) and completed, with the lesson's framework skills as categories.
QJsonObject lessonStarted(const QString &id, const QString &pseudonym, const Lesson &lesson,
                          const QDateTime &when, const Context &context);
// `practice`, when the lesson has practice steps, becomes the result's score.
QJsonObject lessonCompleted(const QString &id, const QString &pseudonym, const Lesson &lesson,
                            const QDateTime &when, const Context &context,
                            const std::optional<Score> &practice = std::nullopt);
// One skills-check answer ("yes", "a-bit" or "not-yet") to a statement of the check; `check`
// numbers the learner's checks (1 = the first: "before").
QJsonObject skillsCheckAnswered(const QString &id, const QString &pseudonym,
                                const QString &statementId, const QString &skill,
                                const QString &answer, int check, const QDateTime &when,
                                const Context &context);

// The learner's completed lessons cover all eight Foundation tasks (FoundationLevel).
QJsonObject foundationReached(const QString &id, const QString &pseudonym, const QDateTime &when,
                              const Context &context);
// A "What has changed for you?" check-in at `milestone` (CheckinStore): the chosen outcome ids,
// all from a fixed list, as an xAPI choice response.
QJsonObject checkinAnswered(const QString &id, const QString &pseudonym, const QString &milestone,
                            const QStringList &outcomes, const QDateTime &when,
                            const Context &context);

// A volunteer's help session at the hub ended, `minutes` long. The actor is the hub's volunteers
// as a whole ("hub-<hub id>"): no volunteer's name and nothing about the learner helped.
QJsonObject helpSession(const QString &id, int minutes, const QDateTime &when,
                        const Context &context);

// Voids an earlier statement (the learner deleted their data): the LRS then treats `target` as
// withdrawn. Carries the same pseudonymous actor and nothing else about the learner.
QJsonObject voided(const QString &id, const QString &pseudonym, const QString &target,
                   const QDateTime &when, const Context &context);

// Empty when `statement` has what every statement must (a UUID id, an account actor, a verb
// id); otherwise what is missing, in plain words. Used on statements carried in from outside.
QString statementProblem(const QJsonObject &statement);

// A UK postcode district (the outward code only, like "LS9" or "BD10"), tidied to capitals;
// empty when `typed` is not one (a full postcode is refused, never cut down silently).
QString postcodeDistrict(const QString &typed);

} // namespace Xapi
} // namespace OpenSteps
