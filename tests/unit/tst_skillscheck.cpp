// SPDX-License-Identifier: GPL-3.0-or-later
// The skills check: answers saved as given, checks dated, when one is due, and the path order.
#include "Database.h"
#include "Framework.h"
#include "LearnerStore.h"
#include "SkillsCheck.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenSteps;

namespace {
Lesson lessonTeaching(const QString &id, const QString &skill) {
    Lesson lesson;
    lesson.id = id;
    lesson.skills = {skill};
    lesson.steps = {Step{QStringLiteral("a"), QStringLiteral("explain"), skill}};
    return lesson;
}
} // namespace

class SkillsCheckTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statementsCoverTheFramework() {
        QSet<QString> ids;
        QSet<QString> skills;
        for (const SkillsCheck::Statement &statement : SkillsCheck::statements()) {
            ids.insert(statement.id);
            QVERIFY2(Framework::skills().contains(statement.skill), qPrintable(statement.skill));
            skills.insert(statement.skill);
        }
        QCOMPARE(ids.size(), SkillsCheck::statements().size()); // ids are unique
        QVERIFY(ids.size() >= 18 && ids.size() <= 24);
        // Every Foundation task and every skill area has at least one statement.
        QCOMPARE(skills, QSet<QString>(Framework::skills().cbegin(), Framework::skills().cend()));
    }

    void whenACheckIsDue_data() {
        QTest::addColumn<int>("checks");
        QTest::addColumn<int>("lessons");
        QTest::addColumn<bool>("due");
        QTest::newRow("first sign-in") << 0 << 0 << true;
        QTest::newRow("just done") << 1 << 0 << false;
        QTest::newRow("4 lessons later") << 1 << 4 << false;
        QTest::newRow("5 lessons later") << 1 << 5 << true;
        QTest::newRow("second done") << 2 << 5 << false;
        QTest::newRow("10 lessons") << 2 << 10 << true;
    }
    void whenACheckIsDue() {
        QFETCH(int, checks);
        QFETCH(int, lessons);
        QFETCH(bool, due);
        QCOMPARE(SkillsCheck::isDue(checks, lessons), due);
    }

    void notYetComesFirstOnThePath() {
        const QList<Lesson> lessons = {
            lessonTeaching(QStringLiteral("mouse"), QStringLiteral("eds.foundation.controls")),
            lessonTeaching(QStringLiteral("email"), QStringLiteral("eds.communicating")),
            lessonTeaching(QStringLiteral("scams"), QStringLiteral("eds.being-safe")),
            lessonTeaching(QStringLiteral("wifi"), QStringLiteral("eds.foundation.wifi")),
        };
        QCOMPARE(learningPath(lessons, {}), (QList<int>{0, 1, 2, 3})); // no check: usual order
        const QHash<QString, QString> answers = {
            {QStringLiteral("mouse"), QStringLiteral("yes")},
            {QStringLiteral("keyboard"), QStringLiteral("yes")},
            {QStringLiteral("email"), QStringLiteral("a-bit")},
            {QStringLiteral("spot-scam"), QStringLiteral("not-yet")},
            {QStringLiteral("wifi"), QStringLiteral("not-yet")},
        };
        QCOMPARE(learningPath(lessons, answers), (QList<int>{2, 3, 1, 0}));
    }

    void answersAreSavedAsGivenAndChecksAreDated() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("db.sqlite"))).usable());
        const qint64 learner =
            LearnerStore(db)
                .create(QStringLiteral("Sam"), QStringLiteral("sun"), QStringLiteral("en"))
                ->id;
        SkillsCheckStore store(db);
        const qint64 first = store.openCheck(learner);
        QVERIFY(first > 0);
        QVERIFY(store.saveAnswer(first, QStringLiteral("email"), QStringLiteral("not-yet")));
        QVERIFY(!store.saveAnswer(first, QStringLiteral("juggling"), QStringLiteral("yes")));
        QVERIFY(!store.saveAnswer(first, QStringLiteral("email"), QStringLiteral("maybe")));
        // Closed part-way: the same check carries on, with its answer kept.
        QCOMPARE(store.openCheck(learner), first);
        QCOMPARE(store.check(first)->answers.value(QStringLiteral("email")),
                 QStringLiteral("not-yet"));
        QVERIFY(store.completedChecks(learner).isEmpty());
        QVERIFY(store.complete(first));
        QVERIFY(!store.complete(first));

        const qint64 second = store.openCheck(learner);
        QVERIFY(second != first);
        QVERIFY(store.saveAnswer(second, QStringLiteral("email"), QStringLiteral("a-bit")));
        QVERIFY(store.saveAnswer(second, QStringLiteral("email"), QStringLiteral("yes")));
        QVERIFY(store.complete(second));

        // Before and after: distance travelled.
        const QList<SkillsCheckRecord> checks = store.completedChecks(learner);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.first().answers.value(QStringLiteral("email")), QStringLiteral("not-yet"));
        QCOMPARE(checks.last().answers.value(QStringLiteral("email")), QStringLiteral("yes"));
        QVERIFY(!checks.first().completedAt.isEmpty());
        QVERIFY(QDateTime::fromString(checks.last().completedAt, Qt::ISODate).isValid());
        QCOMPARE(store.latestAnswers(learner), checks.last().answers);
        QCOMPARE(store.completedCount(learner), 2);

        // A learner removed takes their checks along.
        QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM learner")));
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM skills_check_answer")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(SkillsCheckTest)
#include "tst_skillscheck.moc"
