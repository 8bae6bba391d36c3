// SPDX-License-Identifier: GPL-3.0-or-later
// A step type is registered once on each side: the lesson format's (core StepTypes) and the
// app's (StepSessions: its QML activity and session). The two tables name the same types, and
// every activity they name is a file in qml/activities.
#include "StepSessions.h"
#include "StepTypes.h"

#include <QFileInfo>
#include <QTest>

using namespace OpenSteps;

class StepTypesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyTypeHasItsActivity_data() {
        QTest::addColumn<QString>("type");
        for (const QString &id : StepTypes::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyTypeHasItsActivity() {
        QFETCH(QString, type);
        const StepSessionType *app = StepSessions::find(type);
        QVERIFY2(app, "no row in app/ui/lesson/StepSessions.cpp");
        const QString file = QStringLiteral(OPENSTEPS_SOURCE_DIR "/qml/activities/") +
                             app->activity + QStringLiteral(".qml");
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    }
    void theAppKnowsNoOtherType() {
        for (const StepSessionType &type : StepSessions::all())
            QVERIFY2(StepTypes::find(type.id), qPrintable(type.id));
        QCOMPARE(StepSessions::all().size(), StepTypes::all().size());
    }
    // The interactive types make a session that can tell when the step is done.
    void interactiveTypesMakeASession_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("session");
        QTest::newRow("explain") << "explain" << false;
        QTest::newRow("choice") << "choice" << false;
        QTest::newRow("mouse-practice") << "mouse-practice" << true;
        QTest::newRow("keyboard-practice") << "keyboard-practice" << true;
        QTest::newRow("simulation") << "simulation" << true;
        QTest::newRow("scam-sort") << "scam-sort" << true;
        QTest::newRow("password-builder") << "password-builder" << true;
        QTest::newRow("reflect") << "reflect" << false;
    }
    void interactiveTypesMakeASession() {
        QFETCH(QString, type);
        QFETCH(bool, session);
        const StepSessionType *app = StepSessions::find(type);
        QVERIFY(app);
        QCOMPARE(app->make != nullptr, session);
        if (!app->make)
            return;
        Step step;
        step.type = type;
        step.actions = {QStringLiteral("click")};
        StepText text;
        text.prompts = {QStringLiteral("cat")};
        QObject parent;
        QVERIFY(app->make(step, text, &parent));
    }
};

QTEST_MAIN(StepTypesTest)
#include "tst_steptypes.moc"
