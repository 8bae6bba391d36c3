// SPDX-License-Identifier: GPL-3.0-or-later
// Mouse practice rules: adaptive target size, mastery on recent accuracy, no time limit.
#include "PointerPractice.h"
#include "TypingPractice.h"

#include <QTest>

using namespace OpenSteps;

class PracticeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void targetsShrinkOnHitsAndGrowOnMisses() {
        PointerPractice practice({QStringLiteral("click")}, {});
        QCOMPARE(practice.targetSize(), 96.0);
        practice.recordHit(900);
        QVERIFY(practice.targetSize() < 96.0);
        const double afterHit = practice.targetSize();
        practice.recordMiss();
        QVERIFY(practice.targetSize() > afterHit);
        for (int i = 0; i < 50; ++i)
            practice.recordHit(500);
        QCOMPARE(practice.targetSize(), 44.0); // never below a comfortable target
        for (int i = 0; i < 50; ++i)
            practice.recordMiss();
        QCOMPARE(practice.targetSize(), 160.0); // never fills the screen
    }

    void actionsComeInTurn() {
        PointerPractice::Rules rules;
        rules.targetsPerAction = 2;
        PointerPractice practice({QStringLiteral("click"), QStringLiteral("double-click")}, rules);
        QCOMPARE(practice.targetsNeeded(), 4);
        QCOMPARE(practice.currentAction(), QStringLiteral("click"));
        practice.recordMiss(); // a miss does not move on
        practice.recordHit(1);
        QCOMPARE(practice.currentAction(), QStringLiteral("click"));
        practice.recordHit(1);
        QCOMPARE(practice.currentAction(), QStringLiteral("double-click"));
    }

    void mastery_data() {
        QTest::addColumn<QString>("tries"); // h = hit, m = miss, in order
        QTest::addColumn<bool>("mastered");
        // 4 targets per action, 1 action: 4 hits needed, 80% of the last 4 tries.
        QTest::newRow("not enough targets yet") << "hhh" << false;
        QTest::newRow("all hits") << "hhhh" << true;
        QTest::newRow("early misses are forgiven") << "mmmmmhhhh" << true;
        QTest::newRow("recent miss holds back") << "hhhmh" << false;
        QTest::newRow("then more hits") << "hhhmhhhh" << true;
        QTest::newRow("slow is fine") << "HHHH" << true; // H = a hit after 10 minutes
    }

    void mastery() {
        QFETCH(QString, tries);
        QFETCH(bool, mastered);
        PointerPractice practice({QStringLiteral("click")}, {});
        for (const QChar c : tries) {
            if (c == QLatin1Char('m'))
                practice.recordMiss();
            else
                practice.recordHit(c == QLatin1Char('H') ? 600000 : 800);
        }
        QCOMPARE(practice.mastered(), mastered);
    }

    void nextKeyToPress_data() {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("shift");
        QTest::newRow("first letter") << "cat"
                                      << ""
                                      << "c" << false;
        QTest::newRow("capital needs Shift") << "Leeds"
                                             << ""
                                             << "l" << true;
        QTest::newRow("space between words") << "I like"
                                             << "I"
                                             << " " << false;
        QTest::newRow("@ needs Shift") << "sam@example.com"
                                       << "sam"
                                       << "@" << true;
        QTest::newRow("full stop") << "sam@example.com"
                                   << "sam@example"
                                   << "." << false;
        QTest::newRow("a mistake to rub out") << "cat"
                                              << "cx"
                                              << "Backspace" << false;
        QTest::newRow("wrong case is a mistake") << "Sam"
                                                 << "s"
                                                 << "Backspace" << false;
        QTest::newRow("all typed") << "cat"
                                   << "cat"
                                   << "Enter" << false;
    }

    void nextKeyToPress() {
        QFETCH(QString, prompt);
        QFETCH(QString, typed);
        QFETCH(QString, key);
        QFETCH(bool, shift);
        TypingPractice practice({prompt});
        QCOMPARE(practice.nextKey(typed), (TypingPractice::NextKey{key, shift}));
    }

    void typingIsForgivingAndCountsMistakesOnce() {
        TypingPractice practice({QStringLiteral("cat"), QStringLiteral("Sam")});
        for (const char *typed : {"c", "cx", "cxy", "cx", "c", "ca", "cat"})
            practice.textChanged(QString::fromLatin1(typed));
        QCOMPARE(practice.mistakes(), 1); // one slip, however many keys it took to fix
        QVERIFY(!practice.submit(QStringLiteral("ca"), 100)); // Enter too early: nothing lost
        QVERIFY(practice.submit(QStringLiteral("cat"), 4000));
        QCOMPARE(practice.prompt(), QStringLiteral("Sam"));
        QVERIFY(!practice.finished());
        QVERIFY(practice.submit(QStringLiteral("Sam"), 6000));
        QVERIFY(practice.finished());
        const auto summary = practice.summary();
        QCOMPARE(summary.hits, 2);
        QCOMPARE(summary.misses, 1);
    }

    void summaryForOutcomes() {
        PointerPractice practice({QStringLiteral("right-click")}, {});
        practice.recordMiss();
        practice.recordHit(300);
        practice.recordHit(1000);
        practice.recordHit(700);
        const auto summary = practice.summary();
        QCOMPARE(summary.hits, 3);
        QCOMPARE(summary.misses, 1);
        QCOMPARE(summary.accuracy, 0.75);
        QCOMPARE(summary.medianMsPerHit, 700);
    }
};

QTEST_GUILESS_MAIN(PracticeTest)
#include "tst_practice.moc"
