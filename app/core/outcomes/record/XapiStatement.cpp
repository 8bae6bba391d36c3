// SPDX-License-Identifier: GPL-3.0-or-later
#include "XapiStatement.h"

#include "CheckinStore.h"
#include "FoundationLevel.h"
#include "Lesson.h"
#include "ProgressCode.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace OpenSteps::Xapi {

namespace {

QJsonObject actor(const QString &pseudonym, const Context &context) {
    return {
        {QStringLiteral("objectType"), QStringLiteral("Agent")},
        {QStringLiteral("account"), QJsonObject{{QStringLiteral("homePage"), context.programmeIri},
                                                {QStringLiteral("name"), pseudonym}}}};
}

QJsonObject verb(const char *iri, const QString &display) {
    return {{QStringLiteral("id"), QString::fromLatin1(iri)},
            {QStringLiteral("display"), QJsonObject{{QStringLiteral("en-GB"), display}}}};
}

QString extension(const Context &context, const char *name) {
    return context.programmeIri + QStringLiteral("/extensions/") + QLatin1String(name);
}

QJsonObject activity(const QString &iri, const QString &type) {
    return {{QStringLiteral("objectType"), QStringLiteral("Activity")},
            {QStringLiteral("id"), iri},
            {QStringLiteral("definition"), QJsonObject{{QStringLiteral("type"), type}}}};
}

// Framework tags as category activities; the hub (and help, when given) as extensions.
QJsonObject contextOf(const QStringList &skills, const Context &context,
                      QJsonObject extensions = {}) {
    QJsonArray categories;
    for (const QString &skill : skills)
        categories.append(
            QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                        {QStringLiteral("id"),
                         QString(context.programmeIri + QStringLiteral("/framework/") + skill)}});
    extensions.insert(extension(context, "hub"), context.hubId);
    if (context.assisted)
        extensions.insert(extension(context, "assisted"), true);
    const std::pair<const char *, QString> answers[] = {
        {"age-band", context.ageBand},
        {"postcode-district", context.postcodeDistrict},
        {"preferred-language", context.preferredLanguage}};
    for (const auto &[name, value] : answers) {
        if (!value.isEmpty())
            extensions.insert(extension(context, name), value);
    }
    QJsonObject result{{QStringLiteral("platform"), QStringLiteral("OpenSteps")},
                       {QStringLiteral("language"), context.language},
                       {QStringLiteral("extensions"), extensions}};
    if (!categories.isEmpty())
        result.insert(QStringLiteral("contextActivities"),
                      QJsonObject{{QStringLiteral("category"), categories}});
    return result;
}

QJsonObject statement(const QString &id, const QString &pseudonym, const QJsonObject &verbObject,
                      const QJsonObject &object, const QJsonObject &contextObject,
                      const QDateTime &when, const Context &context) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("actor"), actor(pseudonym, context)},
            {QStringLiteral("verb"), verbObject},
            {QStringLiteral("object"), object},
            {QStringLiteral("context"), contextObject},
            {QStringLiteral("timestamp"), roundedTimestamp(when, context.rounding)},
            {QStringLiteral("version"), QString::fromLatin1(kVersion)}};
}

QJsonObject lessonActivity(const Lesson &lesson, const Context &context) {
    return activity(context.programmeIri + QStringLiteral("/lessons/") + lesson.id,
                    QStringLiteral("http://adlnet.gov/expapi/activities/lesson"));
}

} // namespace

QString newStatementId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newPseudonym() {
    // Short enough to travel in a progress code, so a learner who moves PCs stays one actor.
    // Learners given a UUID before keep it (their statements already name them by it).
    return ProgressCode::newPseudonym();
}

QString roundedTimestamp(const QDateTime &when, Rounding rounding) {
    const QDateTime utc = when.toUTC();
    const QTime time = rounding == Rounding::Day ? QTime(0, 0) : QTime(utc.time().hour(), 0);
    return QDateTime(utc.date(), time, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject lessonStarted(const QString &id, const QString &pseudonym, const Lesson &lesson,
                          const QDateTime &when, const Context &context) {
    return statement(id, pseudonym, verb(kVerbAttempted, QStringLiteral("attempted")),
                     lessonActivity(lesson, context), contextOf(lesson.skills, context), when,
                     context);
}

QJsonObject lessonCompleted(const QString &id, const QString &pseudonym, const Lesson &lesson,
                            const QDateTime &when, const Context &context,
                            const std::optional<Score> &practice) {
    QJsonObject result = statement(id, pseudonym, verb(kVerbCompleted, QStringLiteral("completed")),
                                   lessonActivity(lesson, context),
                                   contextOf(lesson.skills, context), when, context);
    QJsonObject outcome{{QStringLiteral("completion"), true}};
    if (practice && practice->tries > 0) {
        // Right tries out of all tries (max: every try right); two decimals are plenty.
        const double scaled = std::round(100.0 * practice->right / practice->tries) / 100.0;
        outcome.insert(QStringLiteral("score"),
                       QJsonObject{{QStringLiteral("scaled"), scaled},
                                   {QStringLiteral("raw"), practice->right},
                                   {QStringLiteral("min"), 0},
                                   {QStringLiteral("max"), practice->tries}});
    }
    result.insert(QStringLiteral("result"), outcome);
    return result;
}

QJsonObject skillsCheckAnswered(const QString &id, const QString &pseudonym,
                                const QString &statementId, const QString &skill,
                                const QString &answer, int check, const QDateTime &when,
                                const Context &context) {
    QJsonObject object =
        activity(context.programmeIri + QStringLiteral("/skills-check/") + statementId,
                 QStringLiteral("http://adlnet.gov/expapi/activities/question"));
    QJsonObject result = statement(
        id, pseudonym, verb(kVerbAnswered, QStringLiteral("answered")), object,
        contextOf({skill}, context, {{extension(context, "skills-check"), check}}), when, context);
    // The answer is one of three fixed words, never free text.
    result.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("response"), answer}});
    return result;
}

QJsonObject foundationReached(const QString &id, const QString &pseudonym, const QDateTime &when,
                              const Context &context) {
    // "completed", not "passed": nothing was assessed; every Foundation task has a lesson done.
    QJsonObject result =
        statement(id, pseudonym, verb(kVerbCompleted, QStringLiteral("completed")),
                  activity(context.programmeIri + QStringLiteral("/levels/foundation"),
                           QStringLiteral("http://adlnet.gov/expapi/activities/objective")),
                  contextOf(FoundationLevel::tasks(), context), when, context);
    result.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("completion"), true}});
    return result;
}

QJsonObject checkinAnswered(const QString &id, const QString &pseudonym, const QString &milestone,
                            const QStringList &outcomes, const QDateTime &when,
                            const Context &context) {
    // The question with its fixed choices, so the LRS can show what each id means.
    QJsonArray choices;
    for (const CheckinStore::Outcome &outcome : CheckinStore::outcomes())
        choices.append(QJsonObject{
            {QStringLiteral("id"), outcome.id},
            {QStringLiteral("description"),
             QJsonObject{{QStringLiteral("en-GB"), QString::fromLatin1(outcome.description)}}}});
    QJsonObject object =
        activity(context.programmeIri + QStringLiteral("/check-ins/what-has-changed"),
                 QStringLiteral("http://adlnet.gov/expapi/activities/cmi.interaction"));
    QJsonObject definition = object.value(QStringLiteral("definition")).toObject();
    definition.insert(QStringLiteral("interactionType"), QStringLiteral("choice"));
    definition.insert(QStringLiteral("choices"), choices);
    object.insert(QStringLiteral("definition"), definition);
    QJsonObject result = statement(
        id, pseudonym, verb(kVerbAnswered, QStringLiteral("answered")), object,
        contextOf({}, context, {{extension(context, "milestone"), milestone}}), when, context);
    // xAPI's choice format: the chosen ids joined by "[,]"; ids only, never free text.
    result.insert(QStringLiteral("result"),
                  QJsonObject{{QStringLiteral("response"), outcomes.join(QStringLiteral("[,]"))}});
    return result;
}

QJsonObject helpSession(const QString &id, int minutes, const QDateTime &when,
                        const Context &context) {
    // Nothing about the learner who was helped: only the hub and the language.
    Context hubOnly;
    hubOnly.programmeIri = context.programmeIri;
    hubOnly.hubId = context.hubId;
    hubOnly.language = context.language;
    QJsonObject result = statement(
        id, QStringLiteral("hub-") + context.hubId, verb(kVerbMentored, QStringLiteral("mentored")),
        activity(context.programmeIri + QStringLiteral("/volunteering/help-session"),
                 QStringLiteral("http://id.tincanapi.com/activitytype/meeting")),
        contextOf({}, hubOnly), when, context);
    result.insert(QStringLiteral("result"),
                  QJsonObject{{QStringLiteral("duration"),
                               QStringLiteral("PT%1M").arg(std::max(0, minutes))}});
    return result;
}

QJsonObject voided(const QString &id, const QString &pseudonym, const QString &target,
                   const QDateTime &when, const Context &context) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("actor"), actor(pseudonym, context)},
            {QStringLiteral("verb"), verb(kVerbVoided, QStringLiteral("voided"))},
            {QStringLiteral("object"),
             QJsonObject{{QStringLiteral("objectType"), QStringLiteral("StatementRef")},
                         {QStringLiteral("id"), target}}},
            {QStringLiteral("timestamp"), roundedTimestamp(when, context.rounding)},
            {QStringLiteral("version"), QString::fromLatin1(kVersion)}};
}

QString statementProblem(const QJsonObject &statement) {
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    const QJsonObject account = statement.value(QStringLiteral("actor"))
                                    .toObject()
                                    .value(QStringLiteral("account"))
                                    .toObject();
    if (!uuid.match(statement.value(QStringLiteral("id")).toString()).hasMatch())
        return QStringLiteral("its id is not a UUID");
    if (account.value(QStringLiteral("homePage")).toString().isEmpty() ||
        account.value(QStringLiteral("name")).toString().isEmpty())
        return QStringLiteral("it has no actor account");
    if (statement.value(QStringLiteral("verb"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString()
            .isEmpty())
        return QStringLiteral("it has no verb id");
    return {};
}

QString postcodeDistrict(const QString &typed) {
    // Outward codes: an area of 1-2 letters, then a district of a digit and a digit or letter
    // (LS9, LS10, EC1A, W1B). Anything longer, such as a full postcode, is not a district.
    static const QRegularExpression district(
        QStringLiteral("^(?:[A-Z]{1,2}[0-9][0-9]?|[A-Z]{1,2}[0-9][A-Z])$"));
    const QString tidy = typed.trimmed().toUpper();
    return district.match(tidy).hasMatch() ? tidy : QString();
}

} // namespace OpenSteps::Xapi
