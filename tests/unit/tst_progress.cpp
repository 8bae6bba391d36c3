// SPDX-License-Identifier: GPL-3.0-or-later
// Learners and progress: what is saved is there after the app is closed and opened again.
#include "Database.h"
#include "LearnerStore.h"
#include "ProgressStore.h"
#include "SettingsStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenSteps;

// A fresh database with one learner, Sam.
struct OneLearner {
    QTemporaryDir dir;
    Database db;
    ProgressStore progress{db};
    qint64 learnerId = 0;

    OneLearner() {
        if (db.open(dir.filePath(QStringLiteral("db.sqlite"))).usable())
            learnerId =
                LearnerStore(db)
                    .create(QStringLiteral("Sam"), QStringLiteral("sun"), QStringLiteral("en"))
                    ->id;
    }
    bool ready() const { return learnerId != 0; }
};

class ProgressTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void learnerNames_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("saved");
        QTest::newRow("first name") << "Amina" << true << "Amina";
        QTest::newRow("spaces tidied") << "  Mary   Ann " << true << "Mary Ann";
        QTest::newRow("non-Latin script") << "Władysław" << true << "Władysław";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("only spaces") << "   " << false << "";
        QTest::newRow("very long is cut")
            << QString(60, QLatin1Char('a')) << true
            << QString(LearnerStore::kMaxNameLength, QLatin1Char('a'));
    }

    void learnerNames() {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, saved);
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("db.sqlite"))).usable());
        LearnerStore learners(db);
        const auto learner = learners.create(typed, QStringLiteral("sun"), QStringLiteral("en"));
        QCOMPARE(bool(learner), accepted);
        if (learner)
            QCOMPARE(learners.find(learner->id)->name, saved);
    }

    void progressSurvivesReopening() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        const QString lesson = QStringLiteral("lesson-1");
        qint64 learnerId = 0;
        {
            Database db;
            QVERIFY(db.open(path).usable());
            learnerId =
                LearnerStore(db)
                    .create(QStringLiteral("Sam"), QStringLiteral("sun"), QStringLiteral("en"))
                    ->id;
            ProgressStore progress(db);
            QVERIFY(progress.markOpened(learnerId, lesson));
            QVERIFY(progress.completeStep(learnerId, lesson, QStringLiteral("a"), false));
            QVERIFY(progress.completeStep(learnerId, lesson, QStringLiteral("b"), false));
            QVERIFY(progress.completeStep(learnerId, lesson, QStringLiteral("b"),
                                          false)); // twice is fine
            QCOMPARE(progress.resumeLesson(learnerId), lesson);
        }
        Database db;
        QVERIFY(db.open(path).usable());
        ProgressStore progress(db);
        const LessonState state = progress.lessonStates(learnerId).value(lesson);
        QCOMPARE(state.completedSteps, (QSet<QString>{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!state.completed);
        QCOMPARE(progress.resumeLesson(learnerId), lesson);

        QVERIFY(progress.completeStep(learnerId, lesson, QStringLiteral("c"), true));
        QVERIFY(progress.lessonStates(learnerId).value(lesson).completed);
        QCOMPARE(progress.resumeLesson(learnerId), std::nullopt); // nothing left half done
        // Opening a finished lesson again to review it never un-finishes it.
        QVERIFY(progress.markOpened(learnerId, lesson));
        QVERIFY(progress.lessonStates(learnerId).value(lesson).completed);
    }

    void resumeOffersTheMostRecentUnfinishedLesson() {
        OneLearner fixture;
        QVERIFY(fixture.ready());
        const qint64 id = fixture.learnerId;
        ProgressStore &progress = fixture.progress;
        QVERIFY(progress.completeStep(id, QStringLiteral("older"), QStringLiteral("a"), false));
        QTest::qWait(5); // timestamps have millisecond resolution
        QVERIFY(progress.completeStep(id, QStringLiteral("newer"), QStringLiteral("a"), false));
        QCOMPARE(progress.resumeLesson(id), QStringLiteral("newer"));
        QTest::qWait(5);
        QVERIFY(progress.markOpened(id, QStringLiteral("older")));
        QCOMPARE(progress.resumeLesson(id), QStringLiteral("older"));
    }

    void practiceSummaryIsSavedWithItsStep() {
        OneLearner fixture;
        QVERIFY(fixture.ready());
        const qint64 id = fixture.learnerId;
        ProgressStore &progress = fixture.progress;
        PointerPractice::Summary summary;
        summary.hits = 8;
        summary.misses = 2;
        summary.medianMsPerHit = 1200;
        QVERIFY(progress.completeStep(id, QStringLiteral("l"), QStringLiteral("practice"), false,
                                      {summary, {}}));
        QSqlQuery query(fixture.db.connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT step_id, hits, misses, median_ms FROM practice_result")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("practice"));
        QCOMPARE(query.value(1).toInt(), 8);
        QCOMPARE(query.value(2).toInt(), 2);
        QCOMPARE(query.value(3).toInt(), 1200);
        QVERIFY(!query.next());
        QVERIFY(progress.lessonStates(id)
                    .value(QStringLiteral("l"))
                    .completedSteps.contains(QStringLiteral("practice")));
    }

    void ratingIsSavedWithItsStepOrNotAtAll() {
        OneLearner fixture;
        QVERIFY(fixture.ready());
        const qint64 id = fixture.learnerId;
        ProgressStore &progress = fixture.progress;
        QVERIFY(progress.completeStep(id, QStringLiteral("l"), QStringLiteral("i-can"), false,
                                      {std::nullopt, QStringLiteral("not-yet")}));
        // A rating the database refuses takes its step with it: one transaction.
        QVERIFY(!progress.completeStep(id, QStringLiteral("l"), QStringLiteral("other"), false,
                                       {std::nullopt, QStringLiteral("maybe")}));
        const auto done = progress.lessonStates(id).value(QStringLiteral("l")).completedSteps;
        QCOMPARE(done, QSet<QString>{QStringLiteral("i-can")});
        QSqlQuery query(fixture.db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT step_id, rating FROM reflection")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("i-can"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("not-yet"));
        QVERIFY(!query.next());
    }

    void progressIsPerLearner() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("db.sqlite"))).usable());
        LearnerStore learners(db);
        const qint64 a =
            learners.create(QStringLiteral("A"), QStringLiteral("sun"), QStringLiteral("en"))->id;
        const qint64 b =
            learners.create(QStringLiteral("B"), QStringLiteral("cat"), QStringLiteral("en"))->id;
        ProgressStore progress(db);
        QVERIFY(progress.completeStep(a, QStringLiteral("l"), QStringLiteral("s"), true));
        QVERIFY(progress.lessonStates(b).isEmpty());
        QCOMPARE(learners.all().size(), 2);
    }

    void settingsAreRemembered() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path).usable());
            SettingsStore settings(db);
            QVERIFY(settings.setValue(QStringLiteral("text_scale"), QStringLiteral("1.5")));
            QVERIFY(settings.setValue(QStringLiteral("text_scale"), QStringLiteral("2")));
        }
        Database db;
        QVERIFY(db.open(path).usable());
        QCOMPARE(SettingsStore(db).value(QStringLiteral("text_scale")), QStringLiteral("2"));
        QCOMPARE(SettingsStore(db).value(QStringLiteral("missing"), QStringLiteral("x")),
                 QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(ProgressTest)
#include "tst_progress.moc"
