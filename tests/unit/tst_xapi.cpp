// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymised xAPI statements: what they carry, and what they never carry.
#include "Lesson.h"
#include "XapiStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace OpenSteps;

namespace {
const Xapi::Context kContext{QStringLiteral("https://digital.leeds.gov.uk/opensteps"),
                             QStringLiteral("leeds-central-library"), QStringLiteral("ur"),
                             Xapi::Rounding::Hour};

Lesson sampleLesson() {
    Lesson lesson;
    lesson.id = QStringLiteral("60efba4a-f04c-4474-be84-b6451f4c96c8");
    lesson.topic = QStringLiteral("transacting");
    lesson.skills = {QStringLiteral("eds.transacting"), QStringLiteral("eds.being-safe")};
    return lesson;
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

    void idsAndPseudonymsAreRandomUuids() {
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const QString id = Xapi::newStatementId();
            const QString pseudonym = Xapi::newPseudonym();
            QVERIFY2(isUuid(id), qPrintable(id));
            QVERIFY2(isUuid(pseudonym), qPrintable(pseudonym));
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
