// SPDX-License-Identifier: GPL-3.0-or-later
// Outcomes for the programme: written to the outbox with the progress they describe, only for
// learners who agreed, with nothing personal in them.
#include "LearnerStore.h"
#include "TestPc.h"
#include "Workspace.h"

#include <QJsonDocument>
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
    // Every step of the first lesson, the last one finishing it.
    bool finishLesson() {
        const Lesson &l = lesson();
        for (qsizetype i = 0; i < l.steps.size(); ++i) {
            if (!workspace.progress().completeStep(learner, l.id, l.steps.at(i).id,
                                                   i == l.steps.size() - 1))
                return false;
        }
        return true;
    }
};
} // namespace

class OutcomesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void consent_data() {
        QTest::addColumn<int>("answer"); // -1 not asked, 0 no, 1 yes
        QTest::addColumn<int>("statements");
        QTest::newRow("not asked yet: nothing leaves") << -1 << 0;
        QTest::newRow("said no: nothing leaves") << 0 << 0;
        QTest::newRow("said yes: one statement") << 1 << 1;
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
        QVERIFY(pc.finishLesson());
        const auto pending = pc.workspace.outbox().pending(10);
        QCOMPARE(pending.size(), 1);
        const QByteArray text = QJsonDocument(pending.first().statement).toJson();
        QVERIFY(!text.contains("Zainab"));
        QVERIFY(!text.contains("Hussain"));
        QVERIFY(text.contains(pc.workspace.sharing().pseudonym(pc.learner).toUtf8()));
        QVERIFY(text.contains(pc.lesson().id.toUtf8()));
        QVERIFY(text.contains("\"language\": \"ur\""));
        QCOMPARE(pending.first().id,
                 pending.first().statement.value(QStringLiteral("id")).toString());
        QVERIFY(pc.workspace.outbox().markDelivered({pending.first().id}));
        QCOMPARE(pc.workspace.outbox().pendingCount(), 0);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'delivered'")),
                 1);
    }

    void outcomeAndProgressStandOrFallTogether() {
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.sharing().setConsent(pc.learner, true));
        // An outbox that refuses every statement: the last step is not saved either.
        QSqlQuery(pc.workspace.database().connection())
            .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON outbox"
                                 " BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        QVERIFY(!pc.finishLesson());
        QCOMPARE(pc.count(QStringLiteral(
                     "SELECT count(*) FROM lesson_progress WHERE completed_at IS NOT NULL")),
                 0);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM step_progress")),
                 int(pc.lesson().steps.size()) - 1);
    }

    void pseudonymIsRandomAndStable() {
        Pc pc;
        QVERIFY(pc.open());
        SharingStore &sharing = pc.workspace.sharing();
        QCOMPARE(sharing.consent(pc.learner), std::nullopt);
        QVERIFY(sharing.pseudonym(pc.learner).isEmpty());
        QVERIFY(sharing.setConsent(pc.learner, true));
        const QString pseudonym = sharing.pseudonym(pc.learner);
        QCOMPARE(pseudonym.size(), 36);
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
        QCOMPARE(pc.workspace.outbox().pendingCount(), 1); // never sent: simply dropped
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
        QCOMPARE(pending.size(), 2); // Ben's completion and one voiding statement
        const QJsonObject voiding = pending.at(1).statement;
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
};

QTEST_GUILESS_MAIN(OutcomesTest)
#include "tst_outcomes.moc"
