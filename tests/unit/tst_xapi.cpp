// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymised xAPI statements: what they carry, and what they never carry.
#include "CheckinStore.h"
#include "FoundationLevel.h"
#include "Lesson.h"
#include "OutcomeRecorder.h"
#include "ProgressCode.h"
#include "XapiStatement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace OpenSteps;

namespace {
const Xapi::Context kContext{QString::fromLatin1(OutcomeRecorder::kDefaultProgrammeIri),
                             QStringLiteral("leeds-central-library"), QStringLiteral("ur"),
                             Xapi::Rounding::Hour};

Lesson sampleLesson() {
    Lesson lesson;
    lesson.id = QStringLiteral("60efba4a-f04c-4474-be84-b6451f4c96c8");
    lesson.topic = QStringLiteral("transacting");
    lesson.skills = {QStringLiteral("eds.transacting"), QStringLiteral("eds.being-safe")};
    return lesson;
}

// One statement of every kind the app makes, for checks that apply to them all.
QList<QJsonObject> everyKind(const Xapi::Context &context) {
    const QDateTime when(QDate(2026, 11, 26), QTime(10, 47, 3), Qt::UTC);
    const auto id = [] { return Xapi::newStatementId(); };
    const QString p = QStringLiteral("6f1c2d4e-8a9b-4c3d-9e8f-7a6b5c4d3e2f");
    return {
        Xapi::lessonStarted(id(), p, sampleLesson(), when, context),
        Xapi::lessonCompleted(id(), p, sampleLesson(), when, context),
        Xapi::lessonCompleted(id(), p, sampleLesson(), when, context, Xapi::Score{17, 20}),
        Xapi::skillsCheckAnswered(id(), p, QStringLiteral("wifi"),
                                  QStringLiteral("eds.foundation.wifi"), QStringLiteral("not-yet"),
                                  1, when, context),
        Xapi::foundationReached(id(), p, when, context),
        Xapi::checkinAnswered(id(), p, QStringLiteral("four-weeks"),
                              {QStringLiteral("saved-money"), QStringLiteral("health")}, when,
                              context),
        Xapi::checkinAnswered(id(), p, QStringLiteral("foundation"), {}, when, context),
        Xapi::voided(id(), p, id(), when, context),
    };
}

bool isUuid(const QString &text) {
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}
} // namespace

class XapiTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timestampsAreRounded_data() {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<int>("rounding");
        QTest::addColumn<QString>("expected");
        const QDateTime afternoon(QDate(2026, 11, 26), QTime(14, 37, 12, 345), Qt::UTC);
        QTest::newRow("to the hour")
            << afternoon << int(Xapi::Rounding::Hour) << "2026-11-26T14:00:00Z";
        QTest::newRow("to the day")
            << afternoon << int(Xapi::Rounding::Day) << "2026-11-26T00:00:00Z";
        // A local time is turned into UTC first: 00:30 in UTC+2 is 22:30 the day before.
        const QDateTime local(QDate(2026, 6, 1), QTime(0, 30), Qt::OffsetFromUTC, 7200);
        QTest::newRow("local to UTC, hour")
            << local << int(Xapi::Rounding::Hour) << "2026-05-31T22:00:00Z";
        QTest::newRow("local to UTC, day")
            << local << int(Xapi::Rounding::Day) << "2026-05-31T00:00:00Z";
    }
    void timestampsAreRounded() {
        QFETCH(QDateTime, when);
        QFETCH(int, rounding);
        QFETCH(QString, expected);
        QCOMPARE(Xapi::roundedTimestamp(when, Xapi::Rounding(rounding)), expected);
    }

    void postcodeDistricts_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("district");
        QTest::newRow("LS9") << "LS9"
                             << "LS9";
        QTest::newRow("two digits") << "LS10"
                                    << "LS10";
        QTest::newRow("lower case, spaces round it") << "  bd1 "
                                                     << "BD1";
        QTest::newRow("one letter area") << "M1"
                                         << "M1";
        QTest::newRow("London letter district") << "EC1A"
                                                << "EC1A";
        QTest::newRow("a full postcode is refused") << "LS9 8AB"
                                                    << "";
        QTest::newRow("a full postcode without a space") << "LS98AB"
                                                         << "";
        QTest::newRow("part of the inward code") << "LS9 8"
                                                 << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("letters only") << "LS"
                                      << "";
        QTest::newRow("starts with a digit") << "9LS"
                                             << "";
        QTest::newRow("three letters") << "LSX9"
                                       << "";
    }
    void postcodeDistricts() {
        QFETCH(QString, typed);
        QFETCH(QString, district);
        QCOMPARE(Xapi::postcodeDistrict(typed), district);
    }

    // Statement ids are UUIDs; pseudonyms are 10 random characters of the progress code's
    // alphabet, so they can travel in a learner's code (ProgressCode).
    void idsAndPseudonymsAreRandom() {
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const QString id = Xapi::newStatementId();
            const QString pseudonym = Xapi::newPseudonym();
            QVERIFY2(isUuid(id), qPrintable(id));
            QVERIFY2(ProgressCode::isPortablePseudonym(pseudonym), qPrintable(pseudonym));
            QVERIFY(!seen.contains(id) && !seen.contains(pseudonym));
            seen << id << pseudonym;
        }
    }

    void lessonCompletedCarriesOnlyWhatIsAllowed() {
        const QString id = Xapi::newStatementId();
        const QDateTime when(QDate(2026, 11, 26), QTime(10, 47, 3), Qt::UTC);
        const QJsonObject s =
            Xapi::lessonCompleted(id, QStringLiteral("pseudo-1"), sampleLesson(), when, kContext);
        QCOMPARE(s.keys().join(QLatin1Char(',')),
                 QStringLiteral("actor,context,id,object,result,timestamp,verb,version"));
        QCOMPARE(s[QStringLiteral("id")].toString(), id);
        QCOMPARE(s[QStringLiteral("version")].toString(), QStringLiteral("1.0.3"));
        const QJsonObject actor = s[QStringLiteral("actor")].toObject();
        QCOMPARE(actor.keys().join(QLatin1Char(',')), QStringLiteral("account,objectType"));
        const QJsonObject account = actor[QStringLiteral("account")].toObject();
        QCOMPARE(account.keys().join(QLatin1Char(',')), QStringLiteral("homePage,name"));
        QCOMPARE(account[QStringLiteral("homePage")].toString(), kContext.programmeIri);
        QCOMPARE(account[QStringLiteral("name")].toString(), QStringLiteral("pseudo-1"));
        QCOMPARE(s[QStringLiteral("verb")].toObject()[QStringLiteral("id")].toString(),
                 QString::fromLatin1(Xapi::kVerbCompleted));
        QCOMPARE(s[QStringLiteral("object")].toObject()[QStringLiteral("id")].toString(),
                 kContext.programmeIri + QStringLiteral("/lessons/") + sampleLesson().id);
        QCOMPARE(s[QStringLiteral("timestamp")].toString(), QStringLiteral("2026-11-26T10:00:00Z"));
        QVERIFY(s[QStringLiteral("result")].toObject()[QStringLiteral("completion")].toBool());
        const QJsonObject context = s[QStringLiteral("context")].toObject();
        QCOMPARE(context[QStringLiteral("language")].toString(), QStringLiteral("ur"));
        QCOMPARE(context[QStringLiteral("extensions")]
                     .toObject()[kContext.programmeIri + QStringLiteral("/extensions/hub")]
                     .toString(),
                 kContext.hubId);
        const QJsonArray categories = context[QStringLiteral("contextActivities")]
                                          .toObject()[QStringLiteral("category")]
                                          .toArray();
        QCOMPARE(categories.size(), 2);
        QCOMPARE(categories.at(1).toObject()[QStringLiteral("id")].toString(),
                 kContext.programmeIri + QStringLiteral("/framework/eds.being-safe"));
    }

    void startedAndAnsweredStatements() {
        const QDateTime when = QDateTime::currentDateTimeUtc();
        const QJsonObject started = Xapi::lessonStarted(Xapi::newStatementId(), QStringLiteral("p"),
                                                        sampleLesson(), when, kContext);
        QCOMPARE(started[QStringLiteral("verb")].toObject()[QStringLiteral("id")].toString(),
                 QString::fromLatin1(Xapi::kVerbAttempted));
        QVERIFY(!started.contains(QStringLiteral("result")));

        const QJsonObject answered = Xapi::skillsCheckAnswered(
            Xapi::newStatementId(), QStringLiteral("p"), QStringLiteral("mouse"),
            QStringLiteral("eds.foundation.controls"), QStringLiteral("a-bit"), 2, when, kContext);
        QCOMPARE(answered[QStringLiteral("result")].toObject()[QStringLiteral("response")],
                 QStringLiteral("a-bit"));
        QCOMPARE(answered[QStringLiteral("object")].toObject()[QStringLiteral("id")].toString(),
                 kContext.programmeIri + QStringLiteral("/skills-check/mouse"));
        const QJsonObject extensions =
            answered[QStringLiteral("context")].toObject()[QStringLiteral("extensions")].toObject();
        QCOMPARE(
            extensions[kContext.programmeIri + QStringLiteral("/extensions/skills-check")].toInt(),
            2);
        QCOMPARE(extensions[kContext.programmeIri + QStringLiteral("/extensions/hub")].toString(),
                 kContext.hubId);
    }

    void foundationReached() {
        const QJsonObject s = Xapi::foundationReached(Xapi::newStatementId(), QStringLiteral("p"),
                                                      QDateTime::currentDateTimeUtc(), kContext);
        QCOMPARE(s[QStringLiteral("verb")].toObject()[QStringLiteral("id")].toString(),
                 QString::fromLatin1(Xapi::kVerbCompleted));
        QCOMPARE(s[QStringLiteral("object")].toObject()[QStringLiteral("id")].toString(),
                 kContext.programmeIri + QStringLiteral("/levels/foundation"));
        const QJsonArray categories = s[QStringLiteral("context")]
                                          .toObject()[QStringLiteral("contextActivities")]
                                          .toObject()[QStringLiteral("category")]
                                          .toArray();
        QCOMPARE(categories.size(), FoundationLevel::tasks().size());
        QCOMPARE(categories.at(4).toObject()[QStringLiteral("id")].toString(),
                 kContext.programmeIri + QStringLiteral("/framework/eds.foundation.wifi"));
    }

    void checkinIsAChoiceOfFixedIds() {
        const QJsonObject s = Xapi::checkinAnswered(
            Xapi::newStatementId(), QStringLiteral("p"), QStringLiteral("four-weeks"),
            {QStringLiteral("saved-money"), QStringLiteral("health")},
            QDateTime::currentDateTimeUtc(), kContext);
        QCOMPARE(s[QStringLiteral("result")].toObject()[QStringLiteral("response")].toString(),
                 QStringLiteral("saved-money[,]health"));
        const QJsonObject definition =
            s[QStringLiteral("object")].toObject()[QStringLiteral("definition")].toObject();
        QCOMPARE(definition[QStringLiteral("interactionType")].toString(),
                 QStringLiteral("choice"));
        const QJsonArray choices = definition[QStringLiteral("choices")].toArray();
        QCOMPARE(choices.size(), CheckinStore::outcomes().size());
        QCOMPARE(choices.at(0).toObject()[QStringLiteral("id")].toString(),
                 QStringLiteral("saved-money"));
        QCOMPARE(s[QStringLiteral("context")]
                     .toObject()[QStringLiteral("extensions")]
                     .toObject()[kContext.programmeIri + QStringLiteral("/extensions/milestone")]
                     .toString(),
                 QStringLiteral("four-weeks"));
    }

    void practiceScore_data() {
        QTest::addColumn<int>("right");
        QTest::addColumn<int>("tries");
        QTest::addColumn<bool>("scored");
        QTest::addColumn<double>("scaled");
        QTest::newRow("every try right") << 12 << 12 << true << 1.0;
        QTest::newRow("17 of 20") << 17 << 20 << true << 0.85;
        QTest::newRow("two of three, rounded") << 2 << 3 << true << 0.67;
        QTest::newRow("none right") << 0 << 5 << true << 0.0;
        QTest::newRow("nothing tried: no score") << 0 << 0 << false << 0.0;
    }
    void practiceScore() {
        QFETCH(int, right);
        QFETCH(int, tries);
        QFETCH(bool, scored);
        QFETCH(double, scaled);
        const QJsonObject result =
            Xapi::lessonCompleted(Xapi::newStatementId(), QStringLiteral("p"), sampleLesson(),
                                  QDateTime::currentDateTimeUtc(), kContext,
                                  Xapi::Score{right, tries})[QStringLiteral("result")]
                .toObject();
        QVERIFY(result[QStringLiteral("completion")].toBool());
        QCOMPARE(result.contains(QStringLiteral("score")), scored);
        if (!scored)
            return;
        const QJsonObject score = result[QStringLiteral("score")].toObject();
        QCOMPARE(score[QStringLiteral("scaled")].toDouble(), scaled);
        QCOMPARE(score[QStringLiteral("raw")].toInt(), right);
        QCOMPARE(score[QStringLiteral("max")].toInt(), tries);
    }

    void assistedOnlyWhenHelped() {
        Xapi::Context helped = kContext;
        helped.assisted = true;
        const QString key = kContext.programmeIri + QStringLiteral("/extensions/assisted");
        for (const QJsonObject &s : everyKind(helped)) {
            if (s.contains(QStringLiteral("context"))) // a voiding statement has none
                QCOMPARE(s[QStringLiteral("context")]
                             .toObject()[QStringLiteral("extensions")]
                             .toObject()[key],
                         QJsonValue(true));
        }
        for (const QJsonObject &s : everyKind(kContext))
            QVERIFY(!QJsonDocument(s).toJson().contains("assisted"));
    }

    void everyKindLooksLikeAStatement() {
        for (const QJsonObject &s : everyKind(kContext)) {
            QVERIFY2(Xapi::statementProblem(s).isEmpty(), QJsonDocument(s).toJson().constData());
            QVERIFY(isUuid(s[QStringLiteral("id")].toString()));
            QCOMPARE(s[QStringLiteral("version")].toString(), QStringLiteral("1.0.3"));
            QVERIFY(
                s[QStringLiteral("timestamp")].toString().endsWith(QLatin1String("T10:00:00Z")));
        }
        // For @learninglocker/xapi-validation (see docs/testing.md, e2e_sync_lrs): one per line.
        const QByteArray out = qgetenv("OPENSTEPS_XAPI_SAMPLES");
        if (!out.isEmpty()) {
            QFile file(QString::fromLocal8Bit(out));
            QVERIFY(file.open(QIODevice::WriteOnly));
            Xapi::Context helped = kContext;
            helped.assisted = true;
            for (const QJsonObject &s : everyKind(kContext) + everyKind(helped))
                file.write(QJsonDocument(s).toJson(QJsonDocument::Compact) + '\n');
        }
    }

    void statementProblems_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        // JSON with ' for ": moc 6.4 takes the "//" of a URL in a raw string for a comment.
        const auto q = [](const char *text) { return QByteArray(text).replace('\'', '"'); };
        const QByteArray actor =
            q("'actor':{'objectType':'Agent','account':{'homePage':'https://x.org','name':'p'}}");
        const QByteArray verb = q("'verb':{'id':'http://adlnet.gov/expapi/verbs/completed'}");
        const QByteArray id = q("'id':'0b6c1f4e-2d3a-4b5c-8d7e-6f5a4b3c2d1e'");
        const auto object = [](const QByteArrayList &members) {
            return QByteArray('{' + members.join(',') + '}');
        };
        QTest::newRow("whole") << object({id, actor, verb}) << "";
        QTest::newRow("capital hex id")
            << object({QByteArray(id).toUpper().replace("\"ID\"", "\"id\""), actor, verb}) << "";
        QTest::newRow("no id") << object({actor, verb}) << "its id is not a UUID";
        QTest::newRow("id not a UUID")
            << object({q("'id':'42'"), actor, verb}) << "its id is not a UUID";
        QTest::newRow("no actor") << object({id, verb}) << "it has no actor account";
        QTest::newRow("an email actor")
            << object({id, q("'actor':{'mbox':'mailto:zainab@example.com'}"), verb})
            << "it has no actor account";
        QTest::newRow("account without a name")
            << object({id, q("'actor':{'account':{'homePage':'https://x.org'}}"), verb})
            << "it has no actor account";
        QTest::newRow("no verb") << object({id, actor}) << "it has no verb id";
        QTest::newRow("verb without id")
            << object({id, actor, q("'verb':{'display':{'en':'did'}}")}) << "it has no verb id";
    }
    void statementProblems() {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QVERIFY2(document.isObject(), json.constData());
        QCOMPARE(Xapi::statementProblem(document.object()), problem);
    }

    void nothingPersonalInAnyStatement() {
        // Whatever the learner is called, it never reaches a statement: only the pseudonym.
        const QDateTime when(QDate(1950, 3, 14), QTime(9, 26, 53), Qt::UTC);
        const QByteArray text =
            QJsonDocument(Xapi::lessonCompleted(QStringLiteral("id"), QStringLiteral("p-42"),
                                                sampleLesson(), when, kContext))
                .toJson(QJsonDocument::Compact);
        QVERIFY(!text.contains("09:26"));
        QVERIFY(!text.contains("53"));
        QVERIFY(text.contains("\"name\":\"p-42\""));
    }
};

QTEST_GUILESS_MAIN(XapiTest)
#include "tst_xapi.moc"
