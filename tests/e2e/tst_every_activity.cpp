// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: one lesson with every kind of activity, done with the keyboard alone (Tab, Space,
// Return and typing), and bundled lessons done with the mouse alone (clicks and the wheel).
// What the learner must do comes from the lesson itself, as a learner reading it would know.
#include "RunningApp.h"

#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(OpenStepsPlugin)

using namespace OpenSteps;

namespace {

const QString kEveryActivity =
    QStringLiteral(OPENSTEPS_SOURCE_DIR "/tests/e2e/data/every-activity");

bool startAsNewLearner(RunningApp &app) {
    return createProfileThroughPages(app, QStringLiteral("Robin"));
}

// A new learner, past the skills check, in the first lesson of the list.
bool openFirstLesson(RunningApp &app) {
    return startAsNewLearner(app) && skipSkillsCheck(app) &&
           app.click(QStringLiteral("lesson-0")) && app.waitForPage(QStringLiteral("lesson"));
}

const Step &currentStep(RunningApp &app) {
    const Lesson *lesson = app.workspace().catalog().find(app.lesson()->lessonId());
    return lesson->steps.at(app.lesson()->stepIndex());
}

// Does the step on screen with the keyboard only. False when something cannot be reached.
bool doStepByKeyboard(RunningApp &app) {
    const Step &step = currentStep(app);
    const auto press = [&](const QString &name, Qt::Key key = Qt::Key_Space) {
        if (!app.tabTo(name))
            return false;
        app.key(key);
        QTest::qWait(10);
        return true;
    };
    if (step.type == QLatin1String("choice")) {
        for (const QString &answer : step.answers) {
            if (step.correct.contains(answer) && !press(QStringLiteral("answer-") + answer))
                return false;
            if (step.correct.size() == 1 && step.correct.contains(answer))
                break;
        }
        if (step.correct.size() > 1 && !press(QStringLiteral("checkAnswers"), Qt::Key_Return))
            return false;
    } else if (step.type == QLatin1String("mouse-practice")) {
        // The target answers Return and Space for people who cannot use a mouse.
        while (!app.lesson()->canContinue()) {
            if (!press(QStringLiteral("practiceTarget"), Qt::Key_Return))
                return false;
        }
    } else if (step.type == QLatin1String("keyboard-practice")) {
        if (!app.tabTo(QStringLiteral("typingField")))
            return false;
        while (KeyboardPracticeSession *typing = app.lesson()->typing()) {
            if (typing->finished())
                break;
            for (const QChar c : typing->prompt()) {
                if (c == QChar(0x2192))
                    app.key(Qt::Key_Right);
                else if (c == QChar(0x2190))
                    app.key(Qt::Key_Left);
                else
                    app.type(QString(c));
            }
            app.key(Qt::Key_Return);
        }
    } else if (step.type == QLatin1String("simulation")) {
        for (const SimTask &task : step.tasks) {
            const QString target = QStringLiteral("sim-") + task.target;
            if (!task.value.isEmpty()) {
                // Type the value where the scene asks for it: the target itself when it is a
                // text box (an address bar), otherwise the text box in the scene.
                QQuickItem *item = app.item(target);
                const bool isBox = item && item->inherits("QQuickTextInput");
                if (isBox ? !app.tabTo(target) : !app.tabToTextBoxIn(QStringLiteral("simScene")))
                    return false;
                app.type(task.value == QLatin1String("*") ? QStringLiteral("Hello") : task.value);
                if (isBox) {
                    app.key(Qt::Key_Return);
                    continue;
                }
            }
            if (!press(target, Qt::Key_Return))
                return false;
        }
    } else if (step.type == QLatin1String("scam-sort")) {
        for (const ScamMessage &message : step.messages) {
            if (!press(message.verdict + QLatin1Char('-') + message.id))
                return false;
        }
    } else if (step.type == QLatin1String("password-builder")) {
        if (!app.tabTo(QStringLiteral("passwordField")))
            return false;
        app.type(QStringLiteral("TrainCarrotWindow"));
    } else if (step.type == QLatin1String("reflect")) {
        if (!press(QStringLiteral("rating-a-bit")))
            return false;
    }
    return app.lesson()->canContinue() && press(QStringLiteral("nextButton"), Qt::Key_Return);
}

// Does the step on screen with the mouse only.
bool doStepByMouse(RunningApp &app) {
    const Step &step = currentStep(app);
    if (step.type == QLatin1String("choice")) {
        for (const QString &answer : step.correct) {
            if (!app.mouseClick(QStringLiteral("answer-") + answer))
                return false;
        }
        if (step.correct.size() > 1 && !app.mouseClick(QStringLiteral("checkAnswers")))
            return false;
    } else if (step.type == QLatin1String("simulation")) {
        for (const SimTask &task : step.tasks) {
            if (!task.value.isEmpty() || !app.mouseClick(QStringLiteral("sim-") + task.target))
                return false; // a value needs typing: not a mouse-only lesson
        }
    } else if (step.type == QLatin1String("scam-sort")) {
        for (const ScamMessage &message : step.messages) {
            if (!app.mouseClick(message.verdict + QLatin1Char('-') + message.id))
                return false;
        }
    } else if (step.type == QLatin1String("reflect")) {
        if (!app.mouseClick(QStringLiteral("rating-yes")))
            return false;
    } else if (step.type != QLatin1String("explain")) {
        return false;
    }
    return app.lesson()->canContinue() && app.mouseClick(QStringLiteral("nextButton"));
}

} // namespace

class EveryActivityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        // A QML warning on the way is a bug, even when the learner would not notice it.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("qrc:/OpenSteps/")));
    }

    void everyActivityByKeyboardAlone() {
        QTemporaryDir data;
        RunningApp app(data.path(), kEveryActivity);
        QVERIFY(startAsNewLearner(app));
        QVERIFY(app.waitForPage(QStringLiteral("skills-check")));
        QVERIFY(app.tabTo(QStringLiteral("skillsNotNow")));
        app.key(Qt::Key_Return);
        QVERIFY(app.waitForPage(QStringLiteral("home")));
        QVERIFY(app.tabTo(QStringLiteral("lesson-0")));
        app.key(Qt::Key_Return);
        QVERIFY(app.waitForPage(QStringLiteral("lesson")));

        QStringList seen;
        while (!app.lesson()->finished()) {
            const QString type = app.lesson()->stepType();
            seen << type;
            QVERIFY2(
                doStepByKeyboard(app),
                qPrintable(
                    QStringLiteral("step %1 (%2)").arg(app.lesson()->stepIndex() + 1).arg(type)));
        }
        QVERIFY(app.waitForPage(QStringLiteral("done")));
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 8); // every step type the app has
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT COUNT(*) FROM lesson_progress"
                                                       " WHERE completed_at IS NOT NULL")),
                 1);
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT COUNT(*) FROM step_progress")), 9);
    }

    void tabReachesEveryControlInVisualOrder_data() {
        QTest::addColumn<QString>("step"); // "" for Home
        QTest::newRow("home") << QString();
        QTest::newRow("choice") << "one-answer";
        QTest::newRow("all that apply") << "all-that-apply";
        QTest::newRow("scam sort") << "sort";
        QTest::newRow("password builder") << "password";
        QTest::newRow("practice screen") << "wifi";
        QTest::newRow("reflect") << "feel";
    }
    void tabReachesEveryControlInVisualOrder() {
        QFETCH(QString, step);
        QTemporaryDir data;
        RunningApp app(data.path(), kEveryActivity);
        if (step.isEmpty()) {
            QVERIFY(startAsNewLearner(app) && skipSkillsCheck(app));
        } else {
            QVERIFY(openFirstLesson(app));
            QVERIFY(app.lesson()->goToStepId(step));
            QTest::qWait(50);
        }
        // Every control a learner can see and use, from the page's own items.
        QList<QQuickItem *> controls;
        for (QQuickItem *item : app.visibleItems()) {
            if (item->activeFocusOnTab() && item->isEnabled() && item->width() > 0 &&
                item->opacity() > 0)
                controls << item;
        }
        QVERIFY(controls.size() >= 2);
        // Tab round the page from its heading, twice as many presses as controls.
        QList<QQuickItem *> order;
        for (int i = 0; i < controls.size() * 2 + 2; ++i) {
            app.key(Qt::Key_Tab);
            QQuickItem *focus = app.window()->activeFocusItem();
            while (focus && !controls.contains(focus))
                focus = focus->parentItem();
            if (focus && !order.contains(focus))
                order << focus;
        }
        for (QQuickItem *control : controls)
            QVERIFY2(order.contains(control),
                     qPrintable(QStringLiteral("Tab never reaches %1").arg(control->objectName())));
        // Visual order: each control is below, or on the same row and to the right of, the last
        // (the top bar's button comes first).
        const auto topLeft = [](QQuickItem *item) { return item->mapToScene(QPointF(0, 0)); };
        for (int i = 1; i < order.size(); ++i) {
            const QPointF a = topLeft(order.at(i - 1)), b = topLeft(order.at(i));
            const bool sameRow = qAbs(a.y() - b.y()) < order.at(i - 1)->height() / 2;
            QVERIFY2(
                b.y() > a.y() - 1 || (sameRow && b.x() > a.x()) || i == 1,
                qPrintable(QStringLiteral("%1 comes after %2 but is above it")
                               .arg(order.at(i)->objectName(), order.at(i - 1)->objectName())));
        }
    }

    void typedPasswordIsNeverSaved() {
        // The password builder measured "TrainCarrotWindow" above; here it is typed again and
        // the whole data folder is searched for it afterwards.
        QTemporaryDir data;
        {
            RunningApp app(data.path(), kEveryActivity);
            QVERIFY(openFirstLesson(app));
            QVERIFY(app.lesson()->goToStepId(QStringLiteral("password")));
            QVERIFY(app.tabTo(QStringLiteral("passwordField")));
            app.type(QStringLiteral("SecretPebbleHarbour"));
            QVERIFY(app.lesson()->canContinue());
            QVERIFY(app.lesson()->next());
        }
        QDir dir(data.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains("SecretPebble"), qPrintable(name));
            QVERIFY2(!bytes.contains(QStringLiteral("SecretPebble").toUtf8().toBase64()),
                     qPrintable(name));
        }
    }

    void bundledLessonsByMouseAlone_data() {
        QTest::addColumn<QString>("lessonId");
        QTest::newRow("Finding and opening apps") << "1ba5f04c-4397-475f-b23d-5aa916302471";
        QTest::newRow("Spotting scams") << "29e44abf-3211-46e2-8efc-c73b228be95e";
    }
    void bundledLessonsByMouseAlone() {
        QFETCH(QString, lessonId);
        QTemporaryDir data;
        RunningApp app(data.path());
        QVERIFY(startAsNewLearner(app));
        QVERIFY(app.waitForPage(QStringLiteral("skills-check")));
        QVERIFY(app.mouseClick(QStringLiteral("skillsNotNow")));
        QVERIFY(app.waitForPage(QStringLiteral("home")));
        QVERIFY(app.mouseClick(app.lessonCard(lessonId)));
        QVERIFY(app.waitForPage(QStringLiteral("lesson")));
        QCOMPARE(app.lesson()->lessonId(), lessonId);
        while (!app.lesson()->finished()) {
            QVERIFY2(doStepByMouse(app), qPrintable(QStringLiteral("step %1 (%2)")
                                                        .arg(app.lesson()->stepIndex() + 1)
                                                        .arg(app.lesson()->stepType())));
        }
        QVERIFY(app.waitForPage(QStringLiteral("done")));
    }
};

int main(int argc, char *argv[]) {
    QGuiApplication application(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    EveryActivityTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_every_activity.moc"
