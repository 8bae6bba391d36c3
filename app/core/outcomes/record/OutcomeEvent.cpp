// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeEvent.h"

#include "XapiStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace OpenSteps {

QString OutcomeEvent::areaSql(const QString &column) {
    return QStringLiteral("(CASE WHEN substr(%1, 1, 15) = 'eds.foundation.' THEN 'foundation'"
                          " WHEN substr(%1, 1, 4) = 'eds.' THEN substr(%1, 5) ELSE %1 END)")
        .arg(column);
}

QString OutcomeEvent::kindName(Kind kind) {
    switch (kind) {
    case Kind::LessonStarted:
        return QStringLiteral("lesson-started");
    case Kind::LessonCompleted:
        return QStringLiteral("lesson-completed");
    case Kind::SkillsAnswer:
        return QStringLiteral("skills-check-answer");
    case Kind::Foundation:
        return QStringLiteral("foundation-reached");
    case Kind::Checkin:
        return QStringLiteral("check-in");
    case Kind::HelpSession:
        return QStringLiteral("volunteer-session");
    }
    return {};
}

namespace {

QString str(const QJsonObject &object, const char *key) {
    return object.value(QLatin1String(key)).toString();
}

// "PT45M", "PT1H30M", "PT2700S": whole minutes.
int durationMinutes(const QString &iso) {
    static const QRegularExpression pattern(
        QStringLiteral("^PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?$"));
    const auto match = pattern.match(iso);
    if (!match.hasMatch())
        return 0;
    const double seconds = match.captured(1).toDouble() * 3600 + match.captured(2).toDouble() * 60 +
                           match.captured(3).toDouble();
    return int(seconds / 60);
}

} // namespace

std::optional<OutcomeEvent> OutcomeEvent::fromStatement(const QJsonObject &statement) {
    const QJsonObject account = statement.value(QLatin1String("actor"))
                                    .toObject()
                                    .value(QLatin1String("account"))
                                    .toObject();
    const QString programme = str(account, "homePage");
    const QString verb = str(statement.value(QLatin1String("verb")).toObject(), "id");
    const QJsonObject object = statement.value(QLatin1String("object")).toObject();
    const QString objectId = str(object, "id");
    const QDateTime when = QDateTime::fromString(str(statement, "timestamp"), Qt::ISODateWithMs);
    if (programme.isEmpty() || !objectId.startsWith(programme + QLatin1Char('/')) ||
        !when.isValid())
        return std::nullopt;
    const QString path = objectId.mid(programme.size() + 1); // e.g. "lessons/mouse-basics"

    OutcomeEvent event;
    event.statementId = str(statement, "id");
    event.person = str(account, "name");
    event.at = when.toSecsSinceEpoch();

    const QJsonObject context = statement.value(QLatin1String("context")).toObject();
    const QJsonObject extensions = context.value(QLatin1String("extensions")).toObject();
    const auto extension = [&](const char *name) {
        return extensions.value(programme + QStringLiteral("/extensions/") + QLatin1String(name));
    };
    event.hub = extension("hub").toString();
    event.assisted = extension("assisted").toBool();
    event.ageBand = extension("age-band").toString();
    event.district = extension("postcode-district").toString();
    event.language = extension("preferred-language").toString();
    QStringList tags;
    const QString frameworkPrefix = programme + QStringLiteral("/framework/");
    for (const QJsonValue &category : context.value(QLatin1String("contextActivities"))
                                          .toObject()
                                          .value(QLatin1String("category"))
                                          .toArray()) {
        const QString id = str(category.toObject(), "id");
        if (id.startsWith(frameworkPrefix))
            tags << id.mid(frameworkPrefix.size());
    }
    event.tags = tags.join(QLatin1Char(','));
    const QJsonObject result = statement.value(QLatin1String("result")).toObject();

    const auto under = [&](const char *prefix) { return path.startsWith(QLatin1String(prefix)); };
    if (verb == QLatin1String(Xapi::kVerbAttempted) && under("lessons/")) {
        event.kind = Kind::LessonStarted;
        event.item = path.mid(8);
    } else if (verb == QLatin1String(Xapi::kVerbCompleted) && under("lessons/")) {
        event.kind = Kind::LessonCompleted;
        event.item = path.mid(8);
    } else if (verb == QLatin1String(Xapi::kVerbCompleted) &&
               path == QLatin1String("levels/foundation")) {
        event.kind = Kind::Foundation;
        event.tags.clear(); // the eight tasks, the same for everyone
    } else if (verb == QLatin1String(Xapi::kVerbAnswered) && under("skills-check/")) {
        event.kind = Kind::SkillsAnswer;
        event.item = path.mid(13);
        event.value = str(result, "response");
        event.check = extension("skills-check").toInt();
    } else if (verb == QLatin1String(Xapi::kVerbAnswered) &&
               path == QLatin1String("check-ins/what-has-changed")) {
        event.kind = Kind::Checkin;
        event.item = extension("milestone").toString();
        event.value = str(result, "response")
                          .split(QStringLiteral("[,]"), Qt::SkipEmptyParts)
                          .join(QLatin1Char(','));
    } else if (verb == QLatin1String(Xapi::kVerbMentored) &&
               path == QLatin1String("volunteering/help-session")) {
        event.kind = Kind::HelpSession;
        event.person.clear(); // the hub's volunteers, not a learner
        event.minutes = durationMinutes(str(result, "duration"));
    } else {
        return std::nullopt;
    }
    if (event.statementId.isEmpty() || event.hub.isEmpty() ||
        (event.kind != Kind::HelpSession && event.person.isEmpty()) || event.item.size() > 200)
        return std::nullopt;
    return event;
}

} // namespace OpenSteps
