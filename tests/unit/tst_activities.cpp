// SPDX-License-Identifier: GPL-3.0-or-later
// The rules behind the newer activities: simulation tasks, sorting scams, password strength.
#include "PasswordStrength.h"
#include "ScamSort.h"
#include "SimulationScript.h"

#include <QTest>

using namespace OpenSteps;

class ActivitiesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void simulationTasksGoInOrderAndWrongTriesBringHelp() {
        SimulationScript script(
            {{QStringLiteral("open"), QStringLiteral("wifi-icon"), {}},
             {QStringLiteral("join"), QStringLiteral("connect"), QStringLiteral("ReadingRoom24")}});
        QCOMPARE(script.taskCount(), 2);
        QVERIFY(!script.act(QStringLiteral("connect"), QStringLiteral("ReadingRoom24")));
        QVERIFY(!script.hintDue());
        QVERIFY(!script.act(QStringLiteral("cancel"), {}));
        QVERIFY(script.hintDue());
        QVERIFY(!script.showMeDue());
        QVERIFY(!script.act(QStringLiteral("cancel"), {}));
        QVERIFY(script.showMeDue());
        QVERIFY(script.act(QStringLiteral("wifi-icon"), {}));
        // Help starts again for the next task.
        QCOMPARE(script.taskIndex(), 1);
        QVERIFY(!script.hintDue());
        QVERIFY(!script.act(QStringLiteral("connect"), QStringLiteral("readingroom")));
        QVERIFY(script.act(QStringLiteral("connect"), QStringLiteral("  ReadingRoom24 ")));
        QVERIFY(script.finished());
        QCOMPARE(script.totalWrongTries(), 4);
        QVERIFY(!script.act(QStringLiteral("connect"), {}));
    }

    void simulationValues_data() {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<bool>("matches");
        QTest::newRow("no value needed") << ""
                                         << "anything" << false << true;
        QTest::newRow("capitals do not matter") << "www.leafieldlibrary.org.uk"
                                                << "WWW.LeafieldLibrary.org.uk" << false << true;
        QTest::newRow("extra spaces do not matter") << "library opening times"
                                                    << " library  opening times " << false << true;
        QTest::newRow("different words") << "library opening times"
                                         << "library" << false << false;
        QTest::newRow("anything not blank") << "*"
                                            << "Hello Sam" << false << true;
        QTest::newRow("blank is not anything") << "*"
                                               << "   " << false << false;
        QTest::newRow("a password's capitals count") << "ReadingRoom24"
                                                     << "readingroom24" << true << false;
        QTest::newRow("a password typed right") << "ReadingRoom24"
                                                << " ReadingRoom24" << true << true;
    }
    void simulationValues() {
        QFETCH(QString, wanted);
        QFETCH(QString, given);
        QFETCH(bool, exact);
        QFETCH(bool, matches);
        QCOMPARE(SimulationScript::valueMatches(wanted, given, exact), matches);
    }

    void scamSortIsDoneWhenEveryMessageIsRight() {
        ScamSort sort(
            {{QStringLiteral("parcel"), QStringLiteral("text"), QStringLiteral("scam")},
             {QStringLiteral("library"), QStringLiteral("email"), QStringLiteral("safe")}});
        QVERIFY(!sort.sort(QStringLiteral("parcel"), QStringLiteral("safe")));
        QCOMPARE(sort.sortedAs(QStringLiteral("parcel")), QStringLiteral("safe"));
        QVERIFY(!sort.isRight(QStringLiteral("parcel")));
        QVERIFY(sort.sort(QStringLiteral("library"), QStringLiteral("safe")));
        QCOMPARE(sort.rightCount(), 1);
        QVERIFY(!sort.done());
        // Changing a wrong answer costs nothing.
        QVERIFY(sort.sort(QStringLiteral("parcel"), QStringLiteral("scam")));
        QVERIFY(sort.done());
        QCOMPARE(sort.wrongTries(), 1);
        QVERIFY(!sort.sort(QStringLiteral("nobody"), QStringLiteral("scam")));
        QVERIFY(!sort.sort(QStringLiteral("parcel"), QStringLiteral("maybe")));
        QVERIFY(sort.done());
    }

    void passwordStrength_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("reason");
        using L = PasswordStrength::Level;
        QTest::newRow("empty") << "" << int(L::Empty) << "";
        QTest::newRow("a name") << "Sam" << int(L::VeryWeak) << "short";
        QTest::newRow("name and year") << "Margaret1952" << int(L::Fair) << "short";
        QTest::newRow("common password, long")
            << "password123456789" << int(L::VeryWeak) << "common";
        QTest::newRow("one letter repeated")
            << "aaaaaaaaaaaaaaaaaa" << int(L::VeryWeak) << "one-kind";
        QTest::newRow("repeats") << "Fishhhhhh12" << int(L::Weak) << "short";
        QTest::newRow("three random words") << "FishBicycleSunday" << int(L::Strong) << "";
        QTest::newRow("three words, small letters") << "trainvioletwindow" << int(L::Strong) << "";
        QTest::newRow("eight letters") << "kettle12" << int(L::Weak) << "short";
    }
    void passwordStrength() {
        QFETCH(QString, password);
        QFETCH(int, level);
        QFETCH(QString, reason);
        const PasswordStrength::Assessment assessment = PasswordStrength::assess(password);
        QCOMPARE(int(assessment.level), level);
        if (!reason.isEmpty())
            QVERIFY(assessment.reasons.contains(reason));
        else
            QVERIFY(assessment.reasons.isEmpty() ||
                    assessment.level == PasswordStrength::Level::Empty);
    }

    void randomWordsMakeAStrongPassword() {
        QRandomGenerator random(42);
        for (int i = 0; i < 200; ++i) {
            const QStringList words = PasswordStrength::threeRandomWords(random);
            QCOMPARE(words.size(), 3);
            QCOMPARE(QSet<QString>(words.cbegin(), words.cend()).size(), 3);
            for (const QString &word : words)
                QVERIFY(word.at(0).isUpper());
            // Even the shortest 3 words joined are strong by the meter's own rules.
            QCOMPARE(PasswordStrength::assess(words.join(QString())).level,
                     PasswordStrength::Level::Strong);
        }
    }
};

QTEST_GUILESS_MAIN(ActivitiesTest)
#include "tst_activities.moc"
