// SPDX-License-Identifier: GPL-3.0-or-later
// Progress that travels: a learner's progress as a code on one PC, restored into a new profile
// on another, all or nothing. Also the nested transactions that restoring builds on.
#include "LearnerStore.h"
#include "ProgressTransfer.h"
#include "SkillsCheck.h"
#include "TestPc.h"
#include "Workspace.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace OpenSteps;

namespace {
using Pc = TestPc;
using Restored = ProgressTransfer::Restored;

PortableProgress randomProgress(const QList<Lesson> &lessons, QRandomGenerator &random) {
    PortableProgress progress;
    for (const Lesson &lesson : lessons) {
        if (random.bounded(2))
            progress.completedLessonIds.insert(lesson.id);
    }
    const QStringList answers = SkillsCheck::answerIds();
    for (const SkillsCheck::Statement &statement : SkillsCheck::statements()) {
        const int pick = random.bounded(4); // 3: not answered
        if (pick < 3)
            progress.skillsAnswers.insert(statement.id, answers.at(pick));
    }
    return progress;
}

// A finished skills check, every answer "yes" or, from `notYet` on, "not-yet".
bool finishCheck(Workspace &workspace, qint64 learner, int notYet) {
    SkillsCheckStore &checks = workspace.skillsChecks();
    const qint64 check = checks.openCheck(learner);
    const QList<SkillsCheck::Statement> &statements = SkillsCheck::statements();
    for (int i = 0; i < statements.size(); ++i) {
        if (!checks.saveAnswer(check, statements.at(i).id,
                               i < notYet ? QStringLiteral("yes") : QStringLiteral("not-yet")))
            return false;
    }
    return checks.complete(check);
}

bool finishLesson(Workspace &workspace, qint64 learner, const Lesson &lesson) {
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        if (!workspace.progress().completeStep(learner, lesson.id, lesson.steps.at(i).id,
                                               i == lesson.steps.size() - 1))
            return false;
    }
    return true;
}

// The skills-check numbers of the statements in the outbox, in order.
QList<int> checkNumbers(TestPc &pc) {
    QSqlQuery query(pc.workspace.database().connection());
    query.exec(QStringLiteral("SELECT DISTINCT json_extract(statement, '$.context.extensions.\"'"
                              " || json_extract(statement, '$.actor.account.homePage')"
                              " || '/extensions/skills-check\"') FROM outbox"
                              " WHERE statement LIKE '%answered%' ORDER BY 1"));
    QList<int> numbers;
    while (query.next()) {
        if (!query.value(0).isNull())
            numbers << query.value(0).toInt();
    }
    return numbers;
}

// The pseudonyms the outbox's statements name.
QStringList actors(TestPc &pc) {
    QSqlQuery query(pc.workspace.database().connection());
    query.exec(QStringLiteral("SELECT DISTINCT json_extract(statement, '$.actor.account.name')"
                              " FROM outbox WHERE learner_id IS NOT NULL ORDER BY 1"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}
} // namespace

class TransferTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codeCarriesProgressToAnotherPc_data() {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 8; ++seed)
            QTest::addRow("random progress %u", seed) << seed;
    }
    void codeCarriesProgressToAnotherPc() {
        QFETCH(quint32, seed);
        Pc first;
        Pc second;
        QVERIFY(first.open() && second.open());
        const qint64 amina = first.newLearner(QStringLiteral("Amina"));
        QRandomGenerator random(seed);
        const PortableProgress made = randomProgress(first.workspace.catalog().lessons(), random);
        QCOMPARE(ProgressTransfer::restore(first.workspace, amina, made), Restored::Done);
        const PortableProgress onFirst = ProgressTransfer::collect(first.workspace, amina);
        QCOMPARE(onFirst.completedLessonIds, made.completedLessonIds);
        QCOMPARE(onFirst.skillsAnswers, made.skillsAnswers);

        // The code is all that travels; it has no name in it.
        const QString code = ProgressTransfer::codec(first.workspace).encode(onFirst);
        QVERIFY(!code.contains(QStringLiteral("Amina"), Qt::CaseInsensitive));
        const ProgressCode::Decoded decoded =
            ProgressTransfer::codec(second.workspace).decode(code);
        QCOMPARE(decoded.error, ProgressCode::Error::None);
        const qint64 newProfile = second.newLearner(QStringLiteral("Amina B"));
        QCOMPARE(ProgressTransfer::restore(second.workspace, newProfile, decoded.progress),
                 Restored::Done);
        const PortableProgress onSecond = ProgressTransfer::collect(second.workspace, newProfile);
        QCOMPARE(onSecond.completedLessonIds, onFirst.completedLessonIds);
        QCOMPARE(onSecond.skillsAnswers, onFirst.skillsAnswers);
        // Each restored lesson is finished step by step, as if done here.
        const auto states = second.workspace.progress().lessonStates(newProfile);
        for (const QString &id : onFirst.completedLessonIds)
            QCOMPARE(states.value(id).completedSteps.size(),
                     second.workspace.catalog().find(id)->steps.size());
    }

    // The PC the code came from reported these outcomes already: restoring them here into a
    // learner who shares sends nothing, while what they do next is reported as usual.
    void restoredProgressIsNotReportedTwice() {
        Pc pc;
        QVERIFY(pc.open());
        const qint64 amina = pc.newLearner(QStringLiteral("Amina"));
        QVERIFY(pc.workspace.sharing().setConsent(amina, true));
        QRandomGenerator random(7);
        PortableProgress progress = randomProgress(pc.workspace.catalog().lessons(), random);
        const Lesson &last = pc.workspace.catalog().lessons().last();
        progress.completedLessonIds.remove(last.id);
        QVERIFY(!progress.completedLessonIds.isEmpty());
        QCOMPARE(ProgressTransfer::restore(pc.workspace, amina, progress), Restored::Done);
        QCOMPARE(pc.workspace.outbox().pendingCount(), 0);
        QVERIFY(pc.workspace.progress().completeStep(amina, last.id, last.steps.first().id,
                                                     last.steps.size() == 1));
        QVERIFY(pc.workspace.outbox().pendingCount() > 0); // started here: reported
    }

    void failedRestoreKeepsNothing() {
        Pc pc;
        QVERIFY(pc.open());
        const qint64 sam = pc.newLearner(QStringLiteral("Sam"));
        PortableProgress progress;
        progress.completedLessonIds.insert(pc.workspace.catalog().lessons().first().id);
        // An answer the database refuses makes the whole restore fail.
        progress.skillsAnswers.insert(SkillsCheck::statements().first().id,
                                      QStringLiteral("maybe"));
        QCOMPARE(ProgressTransfer::restore(pc.workspace, sam, progress), Restored::Failed);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM step_progress")), 0);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM lesson_progress")), 0);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM skills_check")), 0);
    }

    void restoreLeavesASkillsCheckInProgressAlone() {
        Pc pc;
        QVERIFY(pc.open());
        const qint64 sam = pc.newLearner(QStringLiteral("Sam"));
        SkillsCheckStore &checks = pc.workspace.skillsChecks();
        const QList<SkillsCheck::Statement> &statements = SkillsCheck::statements();
        const qint64 open = checks.openCheck(sam);
        QVERIFY(checks.saveAnswer(open, statements.at(0).id, QStringLiteral("yes")));
        PortableProgress progress;
        progress.skillsAnswers.insert(statements.at(1).id, QStringLiteral("not-yet"));
        QCOMPARE(ProgressTransfer::restore(pc.workspace, sam, progress), Restored::Done);
        // The restored answers are a check of their own; the one in progress carries on.
        QCOMPARE(checks.latestAnswers(sam), progress.skillsAnswers);
        QCOMPARE(checks.openCheck(sam), open);
        QCOMPARE(checks.check(open)->answers.size(), 1);
        QVERIFY(checks.check(open)->completedAt.isEmpty());
    }

    void restoringTwiceChangesNoLesson() {
        Pc pc;
        QVERIFY(pc.open());
        const qint64 sam = pc.newLearner(QStringLiteral("Sam"));
        PortableProgress progress;
        progress.completedLessonIds.insert(pc.workspace.catalog().lessons().first().id);
        QCOMPARE(ProgressTransfer::restore(pc.workspace, sam, progress), Restored::Done);
        const int steps = pc.count(QStringLiteral("SELECT count(*) FROM step_progress"));
        QCOMPARE(ProgressTransfer::restore(pc.workspace, sam, progress), Restored::Done);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM step_progress")), steps);
    }

    // A learner who shares moves PCs: the code carries their pseudonym and checks, the new PC
    // asks again, and after a yes their statements name the same actor, with the next check
    // number (never a new "before"), and nothing done on the first PC is reported again.
    void sharingLearnerStaysOneLearner_data() {
        QTest::addColumn<bool>("sharesAgain");
        QTest::addRow("says yes again") << true;
        QTest::addRow("says no this time") << false;
    }
    void sharingLearnerStaysOneLearner() {
        QFETCH(bool, sharesAgain);
        Pc first;
        Pc second;
        QVERIFY(first.open() && second.open());
        const QList<Lesson> &lessons = first.workspace.catalog().lessons();
        const qint64 amina = first.newLearner(QStringLiteral("Amina"));
        QVERIFY(first.workspace.sharing().setConsent(amina, true));
        QVERIFY(finishCheck(first.workspace, amina, 3));
        QVERIFY(finishLesson(first.workspace, amina, lessons.at(0)));
        QVERIFY(finishCheck(first.workspace, amina, 8));
        const QString pseudonym = first.workspace.sharing().pseudonym(amina);
        QVERIFY(ProgressCode::isPortablePseudonym(pseudonym));
        QCOMPARE(actors(first), QStringList{pseudonym});
        QCOMPARE(checkNumbers(first), (QList<int>{1, 2}));

        const QString code = ProgressTransfer::codec(first.workspace)
                                 .encode(ProgressTransfer::collect(first.workspace, amina));
        QCOMPARE(QString(code).remove(u'-').size(),
                 ProgressTransfer::codec(first.workspace).codeLength(true));
        const ProgressCode::Decoded decoded =
            ProgressTransfer::codec(second.workspace).decode(code);
        QCOMPARE(decoded.error, ProgressCode::Error::None);
        QCOMPARE(decoded.progress.pseudonym, pseudonym);
        QCOMPARE(decoded.progress.skillsChecks, 2);

        const qint64 there = second.newLearner(QStringLiteral("Amina"));
        QVERIFY(second.workspace.sharing().setConsent(there, true)); // said yes to this PC once
        QCOMPARE(ProgressTransfer::restore(second.workspace, there, decoded.progress),
                 Restored::DoneAskSharing);
        QCOMPARE(second.workspace.sharing().pseudonym(there), pseudonym);
        QCOMPARE(second.workspace.sharing().consent(there), std::nullopt); // asked again
        QCOMPARE(second.workspace.outbox().pendingCount(), 0);
        QCOMPARE(second.workspace.skillsChecks().completedCount(there), 2);
        // Until the learner answers, nothing is sent.
        QVERIFY(finishLesson(second.workspace, there, lessons.at(1)));
        QCOMPARE(second.workspace.outbox().pendingCount(), 0);

        QVERIFY(second.workspace.sharing().setConsent(there, sharesAgain));
        QCOMPARE(second.workspace.sharing().pseudonym(there), pseudonym);
        QVERIFY(finishCheck(second.workspace, there, 12));
        QVERIFY(finishLesson(second.workspace, there, lessons.at(2)));
        if (!sharesAgain) {
            QCOMPARE(second.workspace.outbox().pendingCount(), 0);
            return;
        }
        QCOMPARE(actors(second), QStringList{pseudonym});
        QCOMPARE(checkNumbers(second), QList<int>{3});
        // The first PC's lesson, restored here, is never reported from here.
        QCOMPARE(
            second.count(QStringLiteral("SELECT count(*) FROM outbox WHERE statement LIKE '%") +
                         lessons.at(0).id + QStringLiteral("%'")),
            0);
        QCOMPARE(
            second.count(QStringLiteral("SELECT count(*) FROM outbox WHERE statement LIKE '%") +
                         lessons.at(2).id + QStringLiteral("%'")),
            2); // started and completed here
    }

    // The same code twice into one profile: nothing more to adopt, and the checks it stands
    // for are not counted again.
    void restoringAPseudonymTwice() {
        Pc pc;
        QVERIFY(pc.open());
        const qint64 sam = pc.newLearner(QStringLiteral("Sam"));
        PortableProgress progress;
        progress.skillsAnswers.insert(SkillsCheck::statements().first().id, QStringLiteral("yes"));
        progress.pseudonym = QStringLiteral("K7QM3XHD9T");
        progress.skillsChecks = 4;
        QCOMPARE(ProgressTransfer::restore(pc.workspace, sam, progress), Restored::DoneAskSharing);
        QCOMPARE(pc.workspace.skillsChecks().completedCount(sam), 4);
        QVERIFY(pc.workspace.sharing().setConsent(sam, true));
        QCOMPARE(ProgressTransfer::restore(pc.workspace, sam, progress), Restored::Done);
        QCOMPARE(pc.workspace.sharing().consent(sam), std::optional<bool>(true));
        QCOMPARE(pc.workspace.skillsChecks().completedCount(sam), 5);
    }

    // The pseudonym is another profile's here already (the learner restored it before into
    // that one): nothing changes, so no two profiles are one actor.
    void pseudonymOfAnotherProfileIsRefused() {
        Pc pc;
        QVERIFY(pc.open());
        const qint64 first = pc.newLearner(QStringLiteral("Amina"));
        const qint64 second = pc.newLearner(QStringLiteral("Amina two"));
        PortableProgress progress;
        progress.completedLessonIds.insert(pc.workspace.catalog().lessons().first().id);
        progress.pseudonym = QStringLiteral("K7QM3XHD9T");
        QCOMPARE(ProgressTransfer::restore(pc.workspace, first, progress),
                 Restored::DoneAskSharing);
        QCOMPARE(ProgressTransfer::restore(pc.workspace, second, progress),
                 Restored::InAnotherProfile);
        QVERIFY(pc.workspace.sharing().pseudonym(second).isEmpty());
        QCOMPARE(
            pc.count(QStringLiteral("SELECT count(*) FROM lesson_progress WHERE learner_id = ") +
                     QString::number(second)),
            0);
    }

    // A learner given a UUID before pseudonyms travelled keeps it; their code carries none (so
    // on another PC they are counted anew, as before), and says so by its length.
    void uuidPseudonymDoesNotTravel() {
        Pc pc;
        QVERIFY(pc.open());
        const qint64 old = pc.newLearner(QStringLiteral("Olu"));
        QVERIFY(pc.workspace.sharing().setConsent(old, true));
        QSqlQuery query(pc.workspace.database().connection());
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(query.exec(QStringLiteral("UPDATE learner SET pseudonym = '%1'").arg(uuid)));
        const PortableProgress progress = ProgressTransfer::collect(pc.workspace, old);
        QVERIFY(progress.pseudonym.isEmpty());
        const QString code = ProgressTransfer::codec(pc.workspace).encode(progress);
        QCOMPARE(QString(code).remove(u'-').size(),
                 ProgressTransfer::codec(pc.workspace).codeLength());
        QCOMPARE(pc.workspace.sharing().pseudonym(old), uuid);
    }

    void nestedTransactionsRollBackTheirOwnPart() {
        Pc pc;
        QVERIFY(pc.open());
        Database &db = pc.workspace.database();
        SettingsStore &settings = pc.workspace.settings();
        // Inner failure: only the inner part goes; the outer commits the rest.
        QVERIFY(db.inTransaction([&] {
            settings.setValue(QStringLiteral("outer"), QStringLiteral("kept"));
            const bool inner = db.inTransaction([&] {
                settings.setValue(QStringLiteral("inner"), QStringLiteral("gone"));
                return false;
            });
            return !inner;
        }));
        QCOMPARE(settings.value(QStringLiteral("outer")), QStringLiteral("kept"));
        QCOMPARE(settings.value(QStringLiteral("inner")), QString());
        // Outer failure: everything goes, even an inner part that succeeded.
        QVERIFY(!db.inTransaction([&] {
            db.inTransaction([&] {
                settings.setValue(QStringLiteral("inner2"), QStringLiteral("gone"));
                return true;
            });
            return false;
        }));
        QCOMPARE(settings.value(QStringLiteral("inner2")), QString());
    }
};

QTEST_GUILESS_MAIN(TransferTest)
#include "tst_transfer.moc"
