// SPDX-License-Identifier: GPL-3.0-or-later
#include "XapiStatement.h"

#include "Lesson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

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

QJsonObject activity(const QString &iri, const QString &type) {
    return {{QStringLiteral("objectType"), QStringLiteral("Activity")},
            {QStringLiteral("id"), iri},
            {QStringLiteral("definition"), QJsonObject{{QStringLiteral("type"), type}}}};
}

// Framework tags as category activities; the hub as an extension.
QJsonObject contextOf(const QStringList &skills, const Context &context) {
    QJsonArray categories;
    for (const QString &skill : skills)
        categories.append(
            QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                        {QStringLiteral("id"),
                         QString(context.programmeIri + QStringLiteral("/framework/") + skill)}});
    QJsonObject result{
        {QStringLiteral("platform"), QStringLiteral("OpenSteps")},
        {QStringLiteral("language"), context.language},
        {QStringLiteral("extensions"),
         QJsonObject{
             {QString(context.programmeIri + QStringLiteral("/extensions/hub")), context.hubId}}}};
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
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
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
                            const QDateTime &when, const Context &context) {
    QJsonObject result = statement(id, pseudonym, verb(kVerbCompleted, QStringLiteral("completed")),
                                   lessonActivity(lesson, context),
                                   contextOf(lesson.skills, context), when, context);
    result.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("completion"), true}});
    return result;
}

QJsonObject skillsCheckAnswered(const QString &id, const QString &pseudonym,
                                const QString &statementId, const QString &skill,
                                const QString &answer, int check, const QDateTime &when,
                                const Context &context) {
    QJsonObject object =
        activity(context.programmeIri + QStringLiteral("/skills-check/") + statementId,
                 QStringLiteral("http://adlnet.gov/expapi/activities/question"));
    QJsonObject contextObject = contextOf({skill}, context);
    QJsonObject extensions = contextObject.value(QStringLiteral("extensions")).toObject();
    extensions.insert(context.programmeIri + QStringLiteral("/extensions/skills-check"), check);
    contextObject.insert(QStringLiteral("extensions"), extensions);
    QJsonObject result = statement(id, pseudonym, verb(kVerbAnswered, QStringLiteral("answered")),
                                   object, contextObject, when, context);
    // The answer is one of three fixed words, never free text.
    result.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("response"), answer}});
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

QString postcodeDistrict(const QString &typed) {
    // Outward codes: an area of 1-2 letters, then a district of a digit and a digit or letter
    // (LS9, LS10, EC1A, W1B). Anything longer, such as a full postcode, is not a district.
    static const QRegularExpression district(
        QStringLiteral("^(?:[A-Z]{1,2}[0-9][0-9]?|[A-Z]{1,2}[0-9][A-Z])$"));
    const QString tidy = typed.trimmed().toUpper();
    return district.match(tidy).hasMatch() ? tidy : QString();
}

} // namespace OpenSteps::Xapi
