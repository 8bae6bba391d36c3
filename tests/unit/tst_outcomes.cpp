// SPDX-License-Identifier: GPL-3.0-or-later
// Outcomes for the programme: written to the outbox with the progress they describe, only for
// learners who agreed, with nothing personal in them.
#include "FoundationLevel.h"
#include "LearnerStore.h"
#include "ProgressCode.h"
#include "TestPc.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenSteps;

namespace {
// A PC with one learner, Zainab Hussain, who learns in Urdu.
struct Pc : TestPc {
    qint64 learner = 0;
    bool open() {
        learner =
            TestPc::open() ? newLearner(QStringLiteral("Zainab Hussain"), QStringLiteral("ur")) : 0;
        return learner != 0;
    }
    const Lesson &lesson() const { return workspace.catalog().lessons().first(); }
    // Every step of a lesson (the first by default), the last one finishing it.
    bool finishLesson(const Lesson *which = nullptr) {
        const Lesson &l = which ? *which : lesson();
        for (qsizetype i = 0; i < l.steps.size(); ++i) {
            if (!workspace.progress().completeStep(learner, l.id, l.steps.at(i).id,
                                                   i == l.steps.size() - 1))
                return false;
        }
        return true;
    }
    bool finishFoundation() {
        for (const Lesson &l : workspace.catalog().lessons()) {
            if (l.topic == QLatin1String("foundation") && !finishLesson(&l))
                return false;
        }
        return true;
    }
    // A skills check answered "yes", "a bit", "not yet" for its first three statements.
    bool takeSkillsCheck() {
        SkillsCheckStore &checks = workspace.skillsChecks();
        const qint64 check = checks.newCheck(learner);
        const QStringList answers = SkillsCheck::answerIds();
        for (int i = 0; i < answers.size(); ++i) {
            if (!checks.saveAnswer(check, SkillsCheck::statements().at(i).id, answers.at(i)))
                return false;
        }
        return checks.complete(check);
    }
    // The outbox's statements with this verb about an object whose id contains `object`.
    QList<QJsonObject> statements(const char *verb, const QString &object) {
        QList<QJsonObject> found;
        for (const OutboxStore::Entry &entry : workspace.outbox().pending(1000)) {
            const QJsonObject s = entry.statement;
            if (s.value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")) ==
                    QLatin1String(verb) &&
                s.value(QStringLiteral("object"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .contains(object))
                found << s;
        }
        return found;
    }
    // Nothing that names the learner in any statement (their PIN is only ever a hash, and
    // nothing they type is kept); times on the hour.
    bool allAnonymous() {
        for (const OutboxStore::Entry &entry : workspace.outbox().pending(1000)) {
            const QByteArray text = QJsonDocument(entry.statement).toJson();
            if (text.contains("Zainab") || text.contains("Hussain") ||
                !entry.statement.value(QStringLiteral("timestamp"))
                     .toString()
                     .endsWith(QLatin1String(":00:00Z")))
                return false;
        }
        return true;
    }
    QJsonObject extensions(const QJsonObject &statement) const {
        return statement.value(QStringLiteral("context"))
            .toObject()
            .value(QStringLiteral("extensions"))
            .toObject();
    }
};

// The kinds of outcome, each made by doing the thing it describes twice where that is possible
// (the second time must say nothing new).
enum Kind { Started, Completed, Answered, Foundation, Checkin };

bool act(Pc &pc, Kind kind) {
    switch (kind) {
    case Started:
        return pc.workspace.progress().markOpened(pc.learner, pc.lesson().id) &&
               pc.workspace.progress().markOpened(pc.learner, pc.lesson().id);
    case Completed:
        return pc.finishLesson() && pc.finishLesson();
    case Answered: {
        SkillsCheckStore &checks = pc.workspace.skillsChecks();
        return pc.takeSkillsCheck() &&
               !checks.complete(checks.completedChecks(pc.learner).constLast().id);
    }
    case Foundation:
        // Then one more lesson, outside the Foundation: the level is not reached again.
        return pc.finishFoundation() && pc.finishFoundation() &&
               pc.finishLesson(&pc.workspace.catalog().lessons().constLast());
    case Checkin:
        return pc.workspace.checkins().save(pc.learner, QStringLiteral("four-weeks"),
                                            {QStringLiteral("work")}) &&
               !pc.workspace.checkins().save(pc.learner, QStringLiteral("four-weeks"),
                                             {QStringLiteral("health")});
    }
    return false;
}

// What the act may leave behind, counted; after a refused statement it must be none of it.
int progressOf(Pc &pc, Kind kind) {
    switch (kind) {
    case Started:
        return pc.count(QStringLiteral("SELECT count(*) FROM lesson_progress"));
    case Completed:
    case Foundation:
        return pc.count(
            QStringLiteral("SELECT count(*) FROM lesson_progress WHERE completed_at IS NOT NULL"));
    case Answered:
        return pc.count(
            QStringLiteral("SELECT count(*) FROM skills_check WHERE completed_at IS NOT NULL"));
    case Checkin:
        return pc.count(QStringLiteral("SELECT count(*) FROM checkin"));
    }
    return -1;
}

// "a,b" as a list of ids.
QStringList ids(const char *commaSeparated) {
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void addKinds() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("object");
    QTest::addColumn<int>("statements");
    QTest::newRow("lesson started") << int(Started) << Xapi::kVerbAttempted << "/lessons/" << 1;
    QTest::newRow("lesson completed") << int(Completed) << Xapi::kVerbCompleted << "/lessons/" << 1;
    QTest::newRow("skills check: one per answer")
        << int(Answered) << Xapi::kVerbAnswered << "/skills-check/" << 3;
    QTest::newRow("Foundation reached")
        << int(Foundation) << Xapi::kVerbCompleted << "/levels/foundation" << 1;
    QTest::newRow("check-in") << int(Checkin) << Xapi::kVerbAnswered << "/check-ins/" << 1;
}
} // namespace

class OutcomesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void consent_data() {
        QTest::addColumn<int>("answer"); // -1 not asked, 0 no, 1 yes
        QTest::addColumn<int>("statements");
        QTest::newRow("not asked yet: nothing leaves") << -1 << 0;
        QTest::newRow("said no: nothing leaves") << 0 << 0;
        QTest::newRow("said yes: started and completed") << 1 << 2;
    }
    void consent() {
        QFETCH(int, answer);
        QFETCH(int, statements);
        Pc pc;
        QVERIFY(pc.open());
        if (answer >= 0)
            QVERIFY(pc.workspace.sharing().setConsent(pc.learner, answer == 1));
        QVERIFY(pc.finishLesson());
        QCOMPARE(pc.workspace.outbox().pendingCount(), statements);
        // Finishing it again says nothing new.
        QVERIFY(pc.finishLesson());
        QCOMPARE(pc.workspace.outbox().pendingCount(), statements);
    }

    void statementIsAnonymous() {
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.sharing().setConsent(pc.learner, true));
        QVERIFY(pc.workspace.sharing().setAgeBand(pc.learner, QStringLiteral("50-64")));
        QVERIFY(pc.workspace.sharing().setPostcodeDistrict(pc.learner, QStringLiteral("LS9")));
        QVERIFY(pc.finishLesson());
        const auto pending = pc.workspace.outbox().pending(10);
        QCOMPARE(pending.size(), 2); // started, completed
        const QByteArray text = QJsonDocument(pending.last().statement).toJson();
        QVERIFY(!text.contains("Zainab"));
        QVERIFY(!text.contains("Hussain"));
        QVERIFY(text.contains(pc.workspace.sharing().pseudonym(pc.learner).toUtf8()));
        QVERIFY(text.contains(pc.lesson().id.toUtf8()));
        QVERIFY(text.contains("\"language\": \"ur\""));
        // The optional answers travel for breakdowns, coarse as they were given.
        QVERIFY(text.contains("/extensions/age-band\": \"50-64\""));
        QVERIFY(text.contains("/extensions/postcode-district\": \"LS9\""));
        QVERIFY(!text.contains("preferred-language")); // not given: not sent
        QCOMPARE(pending.first().id,
                 pending.first().statement.value(QStringLiteral("id")).toString());
        QVERIFY(pc.workspace.outbox().markDelivered({pending.first().id}));
        QCOMPARE(pc.workspace.outbox().pendingCount(), 1);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'delivered'")),
                 1);
    }

    void outcomeAndProgressStandOrFallTogether() {
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.sharing().setConsent(pc.learner, true));
        // An outbox that refuses every statement: not even the first step is saved, as it
        // starts the lesson (outcomeRollsBackWithItsProgress has each kind on its own).
        QSqlQuery(pc.workspace.database().connection())
            .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON outbox"
                                 " BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        QVERIFY(!pc.finishLesson());
        QCOMPARE(pc.count(QStringLiteral(
                     "SELECT count(*) FROM lesson_progress WHERE completed_at IS NOT NULL")),
                 0);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM step_progress")), 0);
    }

    void pseudonymIsRandomAndStable() {
        Pc pc;
        QVERIFY(pc.open());
        SharingStore &sharing = pc.workspace.sharing();
        QCOMPARE(sharing.consent(pc.learner), std::nullopt);
        QVERIFY(sharing.pseudonym(pc.learner).isEmpty());
        QVERIFY(sharing.setConsent(pc.learner, true));
        const QString pseudonym = sharing.pseudonym(pc.learner);
        QVERIFY2(ProgressCode::isPortablePseudonym(pseudonym), qPrintable(pseudonym));
        QVERIFY(sharing.setConsent(pc.learner, false));
        QCOMPARE(sharing.consent(pc.learner), std::optional<bool>(false));
        QVERIFY(sharing.setConsent(pc.learner, true));
        QCOMPARE(sharing.pseudonym(pc.learner), pseudonym);
        const auto other = pc.workspace.learners().create(
            QStringLiteral("Zainab Hussain"), QStringLiteral("sun"), QStringLiteral("ur"));
        QVERIFY(sharing.setConsent(other->id, true));
        QVERIFY(sharing.pseudonym(other->id) != pseudonym); // same name, nothing in common
    }

    // "Delete my data": what may have reached the LRS is voided, the rest never leaves, and
    // nothing about the learner stays on the PC.
    void deletingVoidsWhatLeftAndForgetsTheLearner() {
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.sharing().setConsent(pc.learner, true));
        const QString pseudonym = pc.workspace.sharing().pseudonym(pc.learner);
        QVERIFY(pc.finishLesson());
        const QString delivered = pc.workspace.outbox().pending(1).first().id;
        QVERIFY(pc.workspace.outbox().markDelivered({delivered}));
        const Lesson &second = pc.workspace.catalog().lessons().at(1);
        QVERIFY(pc.workspace.progress().completeStep(pc.learner, second.id, second.steps.first().id,
                                                     true));
        // Never sent (the first completion, the second lesson's start and completion): dropped.
        QCOMPARE(pc.workspace.outbox().pendingCount(), 3);
        // Another learner's statements are not touched.
        const qint64 other = pc.newLearner(QStringLiteral("Ben"));
        QVERIFY(pc.workspace.sharing().setConsent(other, true));
        QVERIFY(
            pc.workspace.progress().completeStep(other, second.id, second.steps.first().id, true));

        QVERIFY(pc.workspace.deleteLearner(pc.learner));
        QVERIFY(!pc.workspace.learners().find(pc.learner));
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM lesson_progress WHERE learner_id"
                                         " = %1")
                              .arg(pc.learner)),
                 0);
        const auto pending = pc.workspace.outbox().pending(10);
        QCOMPARE(pending.size(), 3); // Ben's start and completion, and one voiding statement
        const QJsonObject voiding = pending.at(2).statement;
        QCOMPARE(voiding.value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")),
                 QStringLiteral("http://adlnet.gov/expapi/verbs/voided"));
        QCOMPARE(voiding.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")),
                 delivered);
        QCOMPARE(voiding.value(QStringLiteral("actor"))
                     .toObject()
                     .value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("name")),
                 pseudonym);
        QVERIFY(!QJsonDocument(voiding).toJson().contains("Zainab"));
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM outbox WHERE learner_id IS NULL")),
                 2); // the delivered original and its voiding, neither linked to anyone
        QVERIFY(!pc.workspace.deleteLearner(pc.learner)); // already gone
    }

    void deletingALearnerWhoNeverSharedLeavesNoStatement() {
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.finishLesson());
        QVERIFY(pc.workspace.deleteLearner(pc.learner));
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM learner")), 0);
    }

    void eachOutcomeOnceAndOnlyWithConsent_data() { addKinds(); }
    void eachOutcomeOnceAndOnlyWithConsent() {
        QFETCH(int, kind);
        QFETCH(QString, verb);
        QFETCH(QString, object);
        QFETCH(int, statements);
        for (const int answer : {-1, 0, 1}) { // not asked, said no, said yes
            Pc pc;
            QVERIFY(pc.open());
            if (answer >= 0)
                QVERIFY(pc.workspace.sharing().setConsent(pc.learner, answer == 1));
            QVERIFY(act(pc, Kind(kind)));
            QCOMPARE(pc.statements(verb.toLatin1().constData(), object).size(),
                     answer == 1 ? statements : 0);
            if (answer != 1)
                QCOMPARE(pc.workspace.outbox().pendingCount(), 0);
            QVERIFY(pc.allAnonymous());
        }
    }

    // A statement that cannot be written takes the progress it describes with it.
    void outcomeRollsBackWithItsProgress_data() { addKinds(); }
    void outcomeRollsBackWithItsProgress() {
        QFETCH(int, kind);
        QFETCH(QString, verb);
        QFETCH(QString, object);
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.sharing().setConsent(pc.learner, true));
        const int before = progressOf(pc, Kind(kind));
        // Only this kind of statement is refused (DDL takes no bound values; these are ours).
        QVERIFY(QSqlQuery(pc.workspace.database().connection())
                    .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON outbox WHEN"
                                         " instr(NEW.statement, '%1') AND"
                                         " instr(NEW.statement, '%2')"
                                         " BEGIN SELECT RAISE(ABORT, 'refused'); END")
                              .arg(verb, object)));
        QVERIFY(!act(pc, Kind(kind)));
        if (kind == Foundation) {
            // The lessons before the last Foundation one stay; that one does not.
            QVERIFY(pc.workspace.outbox().pendingCount() > 0);
            QVERIFY(!FoundationLevel::reached(
                pc.workspace.catalog(), pc.workspace.progress().completedLessons(pc.learner)));
        } else {
            QCOMPARE(progressOf(pc, Kind(kind)), before);
        }
        QCOMPARE(pc.statements(Xapi::kVerbCompleted, QStringLiteral("/levels/")).size(), 0);
    }

    void foundationNeedsEveryTask() {
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.sharing().setConsent(pc.learner, true));
        QCOMPARE(FoundationLevel::tasks().size(), 8);
        QCOMPARE(FoundationLevel::missing(pc.workspace.catalog(), {}), FoundationLevel::tasks());
        // Every Foundation lesson but the Wi-Fi one: one task short.
        for (const Lesson &l : pc.workspace.catalog().lessons()) {
            if (l.topic == QLatin1String("foundation") &&
                !l.skills.contains(QStringLiteral("eds.foundation.wifi")))
                QVERIFY(pc.finishLesson(&l));
        }
        QCOMPARE(FoundationLevel::missing(pc.workspace.catalog(),
                                          pc.workspace.progress().completedLessons(pc.learner)),
                 QStringList{QStringLiteral("eds.foundation.wifi")});
        QCOMPARE(pc.statements(Xapi::kVerbCompleted, QStringLiteral("/levels/")).size(), 0);
        QVERIFY(!pc.workspace.checkins().due(pc.learner).contains(QStringLiteral("foundation")));
        QVERIFY(pc.finishFoundation());
        const auto reached = pc.statements(Xapi::kVerbCompleted, QStringLiteral("/levels/"));
        QCOMPARE(reached.size(), 1);
        QCOMPARE(reached.first()
                     .value(QStringLiteral("context"))
                     .toObject()
                     .value(QStringLiteral("contextActivities"))
                     .toObject()
                     .value(QStringLiteral("category"))
                     .toArray()
                     .size(),
                 8);
        QCOMPARE(pc.workspace.checkins().due(pc.learner),
                 QStringList{QStringLiteral("foundation")});
    }

    void practiceBecomesTheCompletionScore_data() {
        QTest::addColumn<QList<int>>("hitsAndMisses"); // pairs, one per practice step
        QTest::addColumn<bool>("scored");
        QTest::addColumn<double>("scaled");
        QTest::addColumn<int>("raw");
        QTest::addColumn<int>("max");
        QTest::newRow("no practice: no score") << QList<int>{} << false << 0.0 << 0 << 0;
        QTest::newRow("one practice") << QList<int>{8, 2} << true << 0.8 << 8 << 10;
        QTest::newRow("two practices summed") << QList<int>{8, 2, 9, 1} << true << 0.85 << 17 << 20;
        QTest::newRow("thirds, two decimals") << QList<int>{2, 1} << true << 0.67 << 2 << 3;
    }
    void practiceBecomesTheCompletionScore() {
        QFETCH(QList<int>, hitsAndMisses);
        QFETCH(bool, scored);
        QFETCH(double, scaled);
        QFETCH(int, raw);
        QFETCH(int, max);
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.sharing().setConsent(pc.learner, true));
        const Lesson &l = pc.lesson();
        QVERIFY(l.steps.size() > hitsAndMisses.size() / 2);
        for (qsizetype i = 0; i < l.steps.size(); ++i) {
            StepOutcome outcome;
            if (2 * i + 1 < hitsAndMisses.size())
                outcome.practice = PointerPractice::makeSummary(
                    hitsAndMisses.at(2 * i), hitsAndMisses.at(2 * i + 1), {100, 200});
            QVERIFY(pc.workspace.progress().completeStep(pc.learner, l.id, l.steps.at(i).id,
                                                         i == l.steps.size() - 1, outcome));
        }
        const auto completed = pc.statements(Xapi::kVerbCompleted, QStringLiteral("/lessons/"));
        QCOMPARE(completed.size(), 1);
        const QJsonObject result = completed.first().value(QStringLiteral("result")).toObject();
        QVERIFY(result.value(QStringLiteral("completion")).toBool());
        QCOMPARE(result.contains(QStringLiteral("score")), scored);
        if (!scored)
            return;
        const QJsonObject score = result.value(QStringLiteral("score")).toObject();
        QCOMPARE(score.value(QStringLiteral("scaled")).toDouble(), scaled);
        QCOMPARE(score.value(QStringLiteral("raw")).toInt(), raw);
        QCOMPARE(score.value(QStringLiteral("min")).toInt(), 0);
        QCOMPARE(score.value(QStringLiteral("max")).toInt(), max);
        // Summaries only: no times, nothing typed.
        QCOMPARE(result.keys(),
                 (QStringList{QStringLiteral("completion"), QStringLiteral("score")}));
        QCOMPARE(score.keys(), (QStringList{QStringLiteral("max"), QStringLiteral("min"),
                                            QStringLiteral("raw"), QStringLiteral("scaled")}));
    }

    void skillsChecksAreNumbered() {
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.sharing().setConsent(pc.learner, true));
        QVERIFY(pc.takeSkillsCheck());
        QVERIFY(pc.takeSkillsCheck());
        const auto answered = pc.statements(Xapi::kVerbAnswered, QStringLiteral("/skills-check/"));
        QCOMPARE(answered.size(), 6);
        const QString key = pc.workspace.outcomes().context({}).programmeIri +
                            QStringLiteral("/extensions/skills-check");
        QList<int> numbers;
        for (const QJsonObject &s : answered)
            numbers << pc.extensions(s).value(key).toInt();
        QCOMPARE(numbers, (QList<int>{1, 1, 1, 2, 2, 2}));
        QCOMPARE(answered.first()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("response"))
                     .toString(),
                 SkillsCheck::answerIds().first());
    }

    void helpedWhileAVolunteerSitsWithThem() {
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.sharing().setConsent(pc.learner, true));
        const auto volunteer = pc.workspace.helpers().add(
            QStringLiteral("Pat"), QStringLiteral("volunteer"), QStringLiteral("blue kettle"));
        QVERIFY(volunteer);
        HelpSessionStore &help = pc.workspace.helpSessions();
        const qint64 session = help.start(volunteer->id, pc.learner);
        QVERIFY(session > 0);
        QVERIFY(help.isHelped(pc.learner));
        const QList<Lesson> &lessons = pc.workspace.catalog().lessons();
        QVERIFY(pc.workspace.progress().markOpened(pc.learner, lessons.at(0).id));
        QVERIFY(help.end(session));
        QVERIFY(!help.end(session)); // already ended
        QVERIFY(!help.isHelped(pc.learner));
        QVERIFY(pc.workspace.progress().markOpened(pc.learner, lessons.at(1).id));

        const QString key = pc.workspace.outcomes().context({}).programmeIri +
                            QStringLiteral("/extensions/assisted");
        const auto started = pc.statements(Xapi::kVerbAttempted, QStringLiteral("/lessons/"));
        QCOMPARE(started.size(), 2);
        QCOMPARE(pc.extensions(started.at(0)).value(key), QJsonValue(true));
        QVERIFY(!pc.extensions(started.at(1)).contains(key));
        QVERIFY(!QJsonDocument(started.at(0)).toJson().contains("Pat"));

        // A session never ended (the PC switched off) stops counting after a while; another
        // learner is never counted as helped.
        QVERIFY(help.start(volunteer->id, pc.learner) > 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(help.isHelped(pc.learner, now.addSecs(3600 * HelpSessionStore::kMaxHours - 60)));
        QVERIFY(!help.isHelped(pc.learner, now.addSecs(3600 * HelpSessionStore::kMaxHours + 60)));
        QVERIFY(!help.isHelped(pc.newLearner(QStringLiteral("Ben"))));
        QVERIFY(help.endFor(pc.learner));
        QVERIFY(!help.isHelped(pc.learner));
        QCOMPARE(help.start(volunteer->id, 9999), 0); // no such learner

        // Volunteer time counts the sessions that were ended, not one left open by an app
        // that was stopped, found hours later when the learner next signs out.
        const auto sessionsCounted = [&] {
            return pc.count(QStringLiteral("SELECT count(*) FROM outcome_event WHERE kind = %1")
                                .arg(int(OutcomeEvent::Kind::HelpSession)));
        };
        const int before = sessionsCounted();
        const qint64 left = help.start(volunteer->id, pc.learner);
        QSqlQuery backdate(pc.workspace.database().connection());
        QVERIFY(
            backdate.exec(QStringLiteral("UPDATE help_session SET started_at = '%1' WHERE id = %2")
                              .arg(now.addSecs(-3600 * (HelpSessionStore::kMaxHours + 1))
                                       .toString(Qt::ISODateWithMs))
                              .arg(left)));
        QVERIFY(help.endFor(pc.learner)); // the learner signs out
        QCOMPARE(sessionsCounted(), before);
        QVERIFY(!help.end(left)); // closed
        // A long session the helper ends counts, at most kMaxHours.
        const qint64 longOne = help.start(volunteer->id, pc.learner);
        QVERIFY(
            backdate.exec(QStringLiteral("UPDATE help_session SET started_at = '%1' WHERE id = %2")
                              .arg(now.addSecs(-3600 * (HelpSessionStore::kMaxHours + 1))
                                       .toString(Qt::ISODateWithMs))
                              .arg(longOne)));
        QVERIFY(help.end(longOne));
        QCOMPARE(sessionsCounted(), before + 1);
        QCOMPARE(pc.count(QStringLiteral("SELECT max(minutes) FROM outcome_event")),
                 HelpSessionStore::kMaxHours * 60);
    }

    void checkinAnswers_data() {
        QTest::addColumn<QString>("milestone");
        QTest::addColumn<QStringList>("chosen");
        QTest::addColumn<bool>("saved");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("one outcome") << "four-weeks" << ids("health") << true << ids("health");
        QTest::newRow("kept in the list's order, each once")
            << "foundation" << ids("getting-around,saved-money,getting-around") << true
            << ids("saved-money,getting-around");
        QTest::newRow("none of these yet") << "four-weeks" << ids("") << true << ids("");
        QTest::newRow("every outcome")
            << "four-weeks"
            << ids("saved-money,keeping-in-touch,work,health,council-housing,getting-around")
            << true
            << ids("saved-money,keeping-in-touch,work,health,council-housing,getting-around");
        QTest::newRow("an outcome not on the list")
            << "four-weeks" << ids("health,won the lottery") << false << ids("");
        QTest::newRow("an unknown milestone") << "birthday" << ids("health") << false << ids("");
    }
    void checkinAnswers() {
        QFETCH(QString, milestone);
        QFETCH(QStringList, chosen);
        QFETCH(bool, saved);
        QFETCH(QStringList, kept);
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.sharing().setConsent(pc.learner, true));
        CheckinStore &checkins = pc.workspace.checkins();
        QCOMPARE(checkins.save(pc.learner, milestone, chosen), saved);
        const auto checkin = pc.statements(Xapi::kVerbAnswered, QStringLiteral("/check-ins/"));
        QCOMPARE(checkin.size(), saved ? 1 : 0);
        if (!saved) {
            QCOMPARE(checkins.answers(pc.learner, milestone), std::nullopt);
            return;
        }
        QCOMPARE(checkins.answers(pc.learner, milestone), std::optional<QStringList>(kept));
        QCOMPARE(checkin.first()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("response"))
                     .toString(),
                 kept.join(QStringLiteral("[,]")));
        const QString key = pc.workspace.outcomes().context({}).programmeIri +
                            QStringLiteral("/extensions/milestone");
        QCOMPARE(pc.extensions(checkin.first()).value(key).toString(), milestone);
        QVERIFY(!checkins.save(pc.learner, milestone, chosen)); // once per milestone
        QVERIFY(pc.allAnonymous());
    }

    void checkinsFallDue() {
        Pc pc;
        QVERIFY(pc.open());
        CheckinStore &checkins = pc.workspace.checkins();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(checkins.due(pc.learner, now), QStringList{});
        const int days = CheckinStore::kFourWeeksDays;
        QCOMPARE(checkins.due(pc.learner, now.addDays(days - 1)), QStringList{});
        QCOMPARE(checkins.due(pc.learner, now.addDays(days).addSecs(60)),
                 QStringList{QStringLiteral("four-weeks")});
        QVERIFY(pc.finishFoundation());
        QCOMPARE(checkins.due(pc.learner, now.addDays(days).addSecs(60)),
                 (QStringList{QStringLiteral("foundation"), QStringLiteral("four-weeks")}));
        QVERIFY(checkins.save(pc.learner, QStringLiteral("foundation"), {}));
        QCOMPARE(checkins.due(pc.learner, now.addDays(days).addSecs(60)),
                 QStringList{QStringLiteral("four-weeks")});
        QVERIFY(checkins.save(pc.learner, QStringLiteral("four-weeks"), {QStringLiteral("work")}));
        QCOMPARE(checkins.due(pc.learner, now.addDays(365)), QStringList{});
        QCOMPARE(checkins.due(9999, now.addDays(365)), QStringList{}); // no such learner
        // Without consent the answers are kept here and nothing leaves.
        QCOMPARE(pc.workspace.outbox().pendingCount(), 0);
    }

    void optionalAnswersAreChecked() {
        Pc pc;
        QVERIFY(pc.open());
        SharingStore &sharing = pc.workspace.sharing();
        QVERIFY(sharing.setPostcodeDistrict(pc.learner, QStringLiteral("ls9")));
        QCOMPARE(sharing.postcodeDistrict(pc.learner), QStringLiteral("LS9"));
        QVERIFY(!sharing.setPostcodeDistrict(pc.learner, QStringLiteral("LS9 8AB")));
        QCOMPARE(sharing.postcodeDistrict(pc.learner), QStringLiteral("LS9"));
        QVERIFY(sharing.setPostcodeDistrict(pc.learner, QString()));
        QVERIFY(sharing.postcodeDistrict(pc.learner).isEmpty());
        QVERIFY(!sharing.setAgeBand(pc.learner, QStringLiteral("52")));
        QVERIFY(sharing.setAgeBand(pc.learner, QStringLiteral("75+")));
        QCOMPARE(sharing.ageBand(pc.learner), QStringLiteral("75+"));
    }

    // The preferred language is a code from the fixed list, never typed text.
    void preferredLanguage_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("stored"); // what is kept afterwards (it starts as "pl")
        QTest::newRow("Urdu") << QStringLiteral("ur") << true << QStringLiteral("ur");
        QTest::newRow("Tigrinya") << QStringLiteral("ti") << true << QStringLiteral("ti");
        QTest::newRow("English") << QStringLiteral("en") << true << QStringLiteral("en");
        QTest::newRow("empty clears it") << QString() << true << QString();
        QTest::newRow("not on the list") << QStringLiteral("fr") << false << QStringLiteral("pl");
        QTest::newRow("a name, not a code")
            << QStringLiteral("Polish") << false << QStringLiteral("pl");
        QTest::newRow("upper case is not a code")
            << QStringLiteral("UR") << false << QStringLiteral("pl");
        QTest::newRow("typed text")
            << QStringLiteral("my name is Zainab") << false << QStringLiteral("pl");
        QTest::newRow("SQL is only text")
            << QStringLiteral("'); DROP TABLE learner; --") << false << QStringLiteral("pl");
    }
    void preferredLanguage() {
        QFETCH(QString, code);
        QFETCH(bool, accepted);
        QFETCH(QString, stored);
        Pc pc;
        QVERIFY(pc.open());
        SharingStore &sharing = pc.workspace.sharing();
        QVERIFY(sharing.preferredLanguage(pc.learner).isEmpty()); // nothing until answered
        QVERIFY(sharing.setPreferredLanguage(pc.learner, QStringLiteral("pl")));
        QCOMPARE(sharing.setPreferredLanguage(pc.learner, code), accepted);
        QCOMPARE(sharing.preferredLanguage(pc.learner), stored);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM learner")), 1);
        // Stored as NULL when cleared, like the other optional answers.
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM learner WHERE preferred_language"
                                         " IS NULL")),
                 stored.isEmpty() ? 1 : 0);
        // Another learner's answer is their own.
        const qint64 other = pc.newLearner(QStringLiteral("Ben"));
        QVERIFY(sharing.preferredLanguage(other).isEmpty());
        QVERIFY(!sharing.setPreferredLanguage(0, QStringLiteral("ur"))); // nobody
    }

    void preferredLanguagesAreNamedInThemselves() {
        const QList<SharingStore::Language> &languages = SharingStore::preferredLanguages();
        QSet<QString> codes;
        for (const SharingStore::Language &language : languages) {
            QVERIFY2(!language.name.isEmpty(), qPrintable(language.code));
            QVERIFY(SharingStore::isPreferredLanguage(language.code));
            codes.insert(language.code);
        }
        QCOMPARE(codes.size(), languages.size());
        QCOMPARE(languages.first().code, QStringLiteral("en"));
        for (const char *code : {"ur", "pl", "ar", "pa", "bn", "ro", "ku", "fa", "so", "zh", "ti"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        // Written in their own script, not in English.
        const auto name = [&](const char *code) {
            for (const SharingStore::Language &language : languages) {
                if (language.code == QLatin1String(code))
                    return language.name;
            }
            return QString();
        };
        QCOMPARE(name("pl"), QStringLiteral("Polski"));
        QCOMPARE(name("ur"), QStringLiteral("اردو"));
        QVERIFY(!SharingStore::isPreferredLanguage(QString()));
    }

    // Saying no (or changing to no) keeps no optional answer; the pseudonym stays.
    void sayingNoClearsTheOptionalAnswers() {
        Pc pc;
        QVERIFY(pc.open());
        SharingStore &sharing = pc.workspace.sharing();
        QVERIFY(sharing.setConsent(pc.learner, true));
        QVERIFY(sharing.setAgeBand(pc.learner, QStringLiteral("65-74")));
        QVERIFY(sharing.setPostcodeDistrict(pc.learner, QStringLiteral("LS12")));
        QVERIFY(sharing.setPreferredLanguage(pc.learner, QStringLiteral("bn")));
        const QString pseudonym = sharing.pseudonym(pc.learner);
        QVERIFY(sharing.setConsent(pc.learner, false));
        QVERIFY(sharing.ageBand(pc.learner).isEmpty());
        QVERIFY(sharing.postcodeDistrict(pc.learner).isEmpty());
        QVERIFY(sharing.preferredLanguage(pc.learner).isEmpty());
        QCOMPARE(sharing.pseudonym(pc.learner), pseudonym);
        QVERIFY(sharing.setConsent(pc.learner, true));
        QVERIFY(sharing.ageBand(pc.learner).isEmpty()); // not brought back
    }

    void typedPostcodes_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("check");
        using P = SharingStore::Postcode;
        QTest::newRow("nothing") << QString() << int(P::Empty);
        QTest::newRow("spaces") << QStringLiteral("   ") << int(P::Empty);
        QTest::newRow("LS9") << QStringLiteral("LS9") << int(P::District);
        QTest::newRow("ls12, small letters") << QStringLiteral(" ls12 ") << int(P::District);
        QTest::newRow("EC1A") << QStringLiteral("EC1A") << int(P::District);
        QTest::newRow("whole postcode") << QStringLiteral("LS9 8AB") << int(P::FullPostcode);
        QTest::newRow("whole, no space") << QStringLiteral("ls98ab") << int(P::FullPostcode);
        QTest::newRow("whole, two spaces") << QStringLiteral("LS12  3AB") << int(P::FullPostcode);
        QTest::newRow("part of the second half") << QStringLiteral("LS9 8") << int(P::FullPostcode);
        QTest::newRow("a town") << QStringLiteral("Leeds") << int(P::NotADistrict);
        QTest::newRow("a number") << QStringLiteral("9") << int(P::NotADistrict);
        QTest::newRow("letters only") << QStringLiteral("LS") << int(P::NotADistrict);
    }
    void typedPostcodes() {
        QFETCH(QString, typed);
        QFETCH(int, check);
        QCOMPARE(int(SharingStore::checkPostcode(typed)), check);
        // The store keeps exactly the districts (and "" to clear), never more.
        Pc pc;
        QVERIFY(pc.open());
        const bool storable = check == int(SharingStore::Postcode::District) ||
                              check == int(SharingStore::Postcode::Empty);
        QCOMPARE(pc.workspace.sharing().setPostcodeDistrict(pc.learner, typed.trimmed()), storable);
    }
};

QTEST_GUILESS_MAIN(OutcomesTest)
#include "tst_outcomes.moc"
