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

using namespace OpenSteps;

namespace {
using Pc = TestPc;

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
        QVERIFY(ProgressTransfer::restore(first.workspace, amina, made));
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
        QVERIFY(ProgressTransfer::restore(second.workspace, newProfile, decoded.progress));
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
        QVERIFY(ProgressTransfer::restore(pc.workspace, amina, progress));
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
        QVERIFY(!ProgressTransfer::restore(pc.workspace, sam, progress));
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
        QVERIFY(ProgressTransfer::restore(pc.workspace, sam, progress));
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
        QVERIFY(ProgressTransfer::restore(pc.workspace, sam, progress));
        const int steps = pc.count(QStringLiteral("SELECT count(*) FROM step_progress"));
        QVERIFY(ProgressTransfer::restore(pc.workspace, sam, progress));
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM step_progress")), steps);
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
