// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the real app start-up and UI, offscreen, driven by key and mouse events through a
// first learner's journey, closed and opened again, and killed part-way through a lesson.
#include "Database.h"
#include "GuiApp.h"
#include "Home.h"
#include "LessonRunner.h"
#include "MousePracticeSession.h"
#include "Preferences.h"
#include "Profile.h"
#include "ProgressTransfer.h"
#include "RunningApp.h"
#include "Session.h"
#include "Staff.h"

#include <QGuiApplication>

#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(OpenStepsPlugin)

using namespace OpenSteps;

namespace {

int g_wrongTries = 0;

// A first visit through the UI: language, name, picture, PIN, the answer about sharing, Home.
bool makeProfile(RunningApp &app, const QString &name, Sharing sharing = Sharing::No) {
    return createProfileThroughPages(app, name, sharing) && skipSkillsCheck(app);
}

// The skills check with real clicks: "Not yet" for the statements in `notYet`, "Yes" for the
// rest, then back to Home.
bool doSkillsCheck(RunningApp &app, const QStringList &notYet) {
    if (!app.click(QStringLiteral("skillsStart")))
        return false;
    SkillsCheckSession *check = app.ui().home().skillsCheck();
    for (int i = 0; check && i < check->count(); ++i) {
        const bool no = notYet.contains(check->statementId());
        if (!app.click(no ? QStringLiteral("skill-not-yet") : QStringLiteral("skill-yes")) ||
            !app.click(QStringLiteral("skillsNext")))
            return false;
    }
    return check && check->finished() && app.shows(QStringLiteral("Your answers are saved")) &&
           app.click(QStringLiteral("skillsDone")) && app.waitForPage(QStringLiteral("home"));
}

int g_practiceMisses = 0;

// Mouse practice with real mouse events: one miss in an empty corner first, then each target
// with the click it asks for, until the practice is mastered.
bool doMousePractice(RunningApp &app) {
    MousePracticeSession *practice = app.lesson()->practice();
    QQuickItem *area = app.item(QStringLiteral("practiceArea"));
    if (!practice || !area)
        return false;
    area->forceActiveFocus();
    QTest::qWait(20);
    const QPoint corner = area->mapToScene(QPointF(4, area->height() - 4)).toPoint();
    QTest::mouseClick(app.window(), Qt::LeftButton, Qt::NoModifier, corner);
    if (practice->lastResult() != QLatin1String("miss") || app.lesson()->canContinue())
        return false;
    ++g_practiceMisses;
    for (int tries = 0; !practice->mastered() && tries < 40; ++tries) {
        QQuickItem *target = app.item(QStringLiteral("practiceTarget"));
        target->forceActiveFocus();
        QTest::qWait(20);
        QPoint centre =
            target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        const QString action = practice->action();
        if (action == QLatin1String("scroll")) {
            // Roll the wheel over the box until the circle is in view, then click it.
            for (int turns = 0; turns < 20 && !area->contains(area->mapFromScene(centre));
                 ++turns) {
                const QPointF over =
                    area->mapToScene(QPointF(area->width() / 2, area->height() / 2));
                QWheelEvent wheel(over, over, {}, {0, -120}, Qt::NoButton, Qt::NoModifier,
                                  Qt::NoScrollPhase, false);
                QCoreApplication::sendEvent(app.window(), &wheel);
                QTest::qWait(20);
                centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2))
                             .toPoint();
            }
            QTest::mouseClick(app.window(), Qt::LeftButton, Qt::NoModifier, centre);
        } else if (action == QLatin1String("drag")) {
            // Press on the circle, move in small steps into the square, let go.
            QQuickItem *zone = app.item(QStringLiteral("dropZone"));
            const QPoint to =
                zone->mapToScene(QPointF(zone->width() / 2, zone->height() / 2)).toPoint();
            QTest::mousePress(app.window(), Qt::LeftButton, Qt::NoModifier, centre);
            for (int i = 1; i <= 10; ++i)
                QTest::mouseMove(app.window(), centre + (to - centre) * i / 10, 10);
            QTest::mouseRelease(app.window(), Qt::LeftButton, Qt::NoModifier, to, 10);
        } else if (action == QLatin1String("double-click"))
            QTest::mouseDClick(app.window(), Qt::LeftButton, Qt::NoModifier, centre);
        else
            QTest::mouseClick(app.window(),
                              action == QLatin1String("right-click") ? Qt::RightButton
                                                                     : Qt::LeftButton,
                              Qt::NoModifier, centre);
        QTest::qWait(20);
        if (practice->lastResult() != QLatin1String("hit")) {
            qWarning() << "a" << action << "on the target did not count";
            return false;
        }
    }
    return practice->mastered() && app.lesson()->canContinue();
}

// Answers the current step the way a learner would: a wrong answer first for a question.
bool doStep(RunningApp &app) {
    const int before = app.lesson()->stepIndex();
    if (app.lesson()->stepType() == QLatin1String("choice")) {
        // Choose each answer in turn, last first, until one is right; wrong ones must explain
        // themselves and must not let the learner on.
        QVariantList answers = app.lesson()->answers();
        std::reverse(answers.begin(), answers.end());
        for (const QVariant &answer : std::as_const(answers)) {
            const QString id = answer.toMap().value(QStringLiteral("answerId")).toString();
            if (!app.click(QStringLiteral("answer-") + id)) {
                qWarning() << "cannot click answer" << id;
                return false;
            }
            if (app.lesson()->chosenAnswer() != id || !app.shows(app.lesson()->feedback())) {
                qWarning() << "answer" << id << "not chosen or its feedback is not on screen";
                return false;
            }
            if (app.lesson()->canContinue())
                break;
            if (!app.click(QStringLiteral("nextButton")) || app.lesson()->stepIndex() != before ||
                !app.item(QStringLiteral("nextHint"))) {
                qWarning() << "a wrong answer let the learner on, or no hint was shown";
                return false;
            }
            ++g_wrongTries;
        }
    }
    if (app.lesson()->stepType() == QLatin1String("mouse-practice") && !doMousePractice(app))
        return false;
    if (app.lesson()->stepType() == QLatin1String("reflect")) {
        // Next waits for an answer, then any answer will do.
        if (!app.click(QStringLiteral("nextButton")) || app.lesson()->stepIndex() != before ||
            !app.click(QStringLiteral("rating-a-bit")) || !app.shows(QStringLiteral("Thank you")))
            return false;
    }
    return app.click(QStringLiteral("nextButton"));
}

} // namespace

class JourneyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        // Any QML warning from the app's own files is a bug, even if the journey works.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("qrc:/OpenSteps/")));
    }

    void firstVisitToFinishedLessonAcrossRestarts() {
        QTemporaryDir data;
        {
            RunningApp app(data.path());
            QVERIFY(app.started());
            QVERIFY(app.waitForPage(QStringLiteral("language")));
            QVERIFY(app.shows(QStringLiteral("Choose your language")));

            // Keyboard only: Tab reaches the language, Return picks it.
            QQuickItem *english = app.item(QStringLiteral("language-en"));
            QVERIFY(english);
            for (int i = 0; i < 5 && app.focused() != english; ++i)
                app.key(Qt::Key_Tab);
            QCOMPARE(app.focused(), english);
            app.key(Qt::Key_Return);
            // First start offers the settings (text size, colours, read aloud) before anything.
            QVERIFY(app.waitForPage(QStringLiteral("settings")));
            QVERIFY(app.shows(QStringLiteral("Choose what helps you.")));
            QVERIFY(app.click(QStringLiteral("closeSettings")));
            QVERIFY(app.waitForPage(QStringLiteral("profile")));

            // Continuing with nothing filled in explains what is missing and saves nothing.
            QVERIFY(app.click(QStringLiteral("createProfile")));
            QVERIFY(app.shows(QStringLiteral("Type your first name or a nickname.")));
            QVERIFY(app.shows(QStringLiteral("Choose a picture.")));
            QCOMPARE(app.currentPageName(), QStringLiteral("profile"));

            QVERIFY(app.click(QStringLiteral("nameField")));
            app.type(QStringLiteral("Amina"));
            QVERIFY(app.click(QStringLiteral("avatar-cat")));
            QVERIFY(!app.shows(QStringLiteral("Type your first name")));
            QVERIFY(app.click(QStringLiteral("createProfile")));
            // A PIN: 4 numbers, typed twice. Two different ones are refused, nothing saved.
            QVERIFY(app.waitForPage(QStringLiteral("pin")));
            QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner")), 0);
            QVERIFY(app.click(QStringLiteral("pinKind-digits")));
            app.type(QStringLiteral("1357"));
            QVERIFY(app.shows(QStringLiteral("Now enter the same again")));
            app.type(QStringLiteral("1358"));
            QVERIFY(app.shows(QStringLiteral("The two were not the same")));
            QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner")), 0);
            app.type(kTestPin);
            app.type(kTestPin);
            // Then the question about sharing progress; nothing is saved until it is answered.
            QVERIFY(app.waitForPage(QStringLiteral("consent")));
            QVERIFY(app.shows(QStringLiteral("What is never shared:")));
            QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner")), 0);
            QVERIFY(app.click(QStringLiteral("shareNo")));
            // First sign-in offers the skills check. Amina cannot use a mouse yet, so the
            // lessons for mouse and keyboard come first on her path.
            QVERIFY(app.waitForPage(QStringLiteral("skills-check")));
            QVERIFY(app.shows(QStringLiteral("What can you do already?")));
            QVERIFY(doSkillsCheck(app, {QStringLiteral("mouse")}));
            QCOMPARE(
                countRows(data.path(), QStringLiteral("SELECT COUNT(*) FROM skills_check_answer"
                                                      " WHERE answer = 'not-yet'")),
                1);
            QVERIFY(app.shows(QStringLiteral("Hello, Amina")));
            QVERIFY(app.shows(QStringLiteral("Using a mouse")));
            QVERIFY(app.shows(QStringLiteral("Keeping passwords safe")));
            QVERIFY(app.shows(QStringLiteral("Not started")));
            QVERIFY(!app.item(QStringLiteral("continueButton")));

            QVERIFY(app.click(QStringLiteral("lesson-0")));
            QVERIFY(app.waitForPage(QStringLiteral("lesson")));
            QVERIFY(app.shows(QStringLiteral("step 1 of 15")));
            for (int step = 0; step < 3; ++step)
                QVERIFY2(doStep(app), qPrintable(QStringLiteral("step %1").arg(step + 1)));
            QVERIFY(app.shows(QStringLiteral("step 4 of 15")));
            QVERIFY(app.click(QStringLiteral("leaveLesson")));
            QVERIFY(app.waitForPage(QStringLiteral("home")));
            QVERIFY(app.shows(QStringLiteral("Continue where you left off")));
            QVERIFY(app.shows(QStringLiteral("3 of 15 steps done")));
        }
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM step_progress")), 3);
        QCOMPARE(
            countRows(data.path(),
                      QStringLiteral(
                          "SELECT count(*) FROM learner WHERE name = 'Amina' AND avatar = 'cat'")),
            1);

        // The PIN is kept only as a salted hash.
        QCOMPARE(countRows(data.path(),
                           QStringLiteral("SELECT count(*) FROM learner WHERE pin_hash IS NOT NULL"
                                          " AND instr(hex(pin_hash), hex('2468')) = 0")),
                 1);
        {
            // Opened again: the learners' tiles; Amina's tile and PIN lead to Home, offering to
            // continue at step 4.
            RunningApp app(data.path());
            QVERIFY(app.started());
            QVERIFY(app.waitForPage(QStringLiteral("sign-in")));
            QVERIFY(app.shows(QStringLiteral("Amina")));
            QVERIFY(signInThroughPages(app));
            QVERIFY(app.shows(QStringLiteral("Hello, Amina")));
            QVERIFY(app.shows(QStringLiteral("Using a mouse — step 4 of 15")));
            // Keyboard: Return on the focused Continue button.
            app.item(QStringLiteral("continueButton"))->forceActiveFocus(Qt::TabFocusReason);
            app.key(Qt::Key_Return);
            QVERIFY(app.waitForPage(QStringLiteral("lesson")));
            QCOMPARE(app.lesson()->stepIndex(), 3);
            while (app.currentPageName() == QLatin1String("lesson")) {
                const int index = app.lesson()->stepIndex();
                QVERIFY2(doStep(app), qPrintable(QStringLiteral("step %1").arg(index + 1)));
            }
            QVERIFY(app.waitForPage(QStringLiteral("done")));
            QVERIFY(app.shows(QStringLiteral("Well done!")));
            QVERIFY(app.click(QStringLiteral("backHome")));
            QVERIFY(app.waitForPage(QStringLiteral("home")));
            QVERIFY(app.shows(QStringLiteral("Finished")));
            // With that lesson finished, Continue moves on to the next one.
            QVERIFY(app.shows(QStringLiteral("Using a keyboard — step 1 of 15")));
        }
        QCOMPARE(
            countRows(data.path(),
                      QStringLiteral(
                          "SELECT count(*) FROM lesson_progress WHERE completed_at IS NOT NULL")),
            1);
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM step_progress")), 15);
        QVERIFY2(g_wrongTries > 0, "the journey tried at least one wrong answer");
        QCOMPARE(g_practiceMisses, 3); // every practice step was done with a real mouse
        QCOMPARE(
            countRows(data.path(),
                      QStringLiteral("SELECT count(*) FROM reflection WHERE rating = 'a-bit'")),
            1);
        QCOMPARE(
            countRows(data.path(),
                      QStringLiteral(
                          "SELECT count(*) FROM practice_result WHERE misses >= 1 AND hits >= 3")),
            3);

        {
            RunningApp app(data.path());
            QVERIFY(signInThroughPages(app));
            QVERIFY(app.shows(QStringLiteral("Finished")));
            QVERIFY(app.shows(QStringLiteral("Continue where you left off")));
            QVERIFY(app.shows(QStringLiteral("Using a keyboard — step 1 of 15")));
        }

        // The installed program itself reads the same folder: it opens on the learners' tiles.
        QProcess real;
        real.start(QStringLiteral(OPENSTEPS_BINARY),
                   {QStringLiteral("--startup-probe"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY(real.waitForFinished(20000));
        QCOMPARE(real.exitCode(), 0);
        QVERIFY2(real.readAllStandardOutput().contains("page=sign-in"),
                 "the real app opens on the sign-in page");
    }

    void textSizeAndDirectionChangeWhileLearning() {
        QTemporaryDir data;
        RunningApp app(data.path());
        QVERIFY(makeProfile(app, QStringLiteral("Jo"), Sharing::Yes));
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner WHERE"
                                                       " share_consent = 1")),
                 1);
        QVERIFY(app.click(QStringLiteral("lesson-0")));
        QVERIFY(app.waitForPage(QStringLiteral("lesson")));
        const qreal headingSize = app.item(QStringLiteral("stepCounter"))->height();

        // 200% text from the settings page, over the lesson; back to the same step.
        QVERIFY(app.click(QStringLiteral("openSettings")));
        QVERIFY(app.waitForPage(QStringLiteral("settings")));
        QVERIFY(app.click(QStringLiteral("textScale-200")));
        QVERIFY(app.shows(QStringLiteral("✓ 200%")));
        // Read aloud: slower, and each step read by itself from now on.
        QVERIFY(app.click(QStringLiteral("speechRate--40")));
        QVERIFY(app.click(QStringLiteral("autoRead")));
        QVERIFY(app.click(QStringLiteral("closeSettings")));
        QVERIFY(app.waitForPage(QStringLiteral("lesson")));
        QCOMPARE(app.lesson()->stepIndex(), 0);
        auto *speech = dynamic_cast<RecordingSpeech *>(&app.readAloud()->engine());
        QVERIFY(speech);
        QCOMPARE(speech->rate(), -0.4);
        QVERIFY(app.click(QStringLiteral("nextButton")));
        QTRY_VERIFY(app.readAloud()->lastText().startsWith(app.lesson()->heading()));
        QVERIFY(app.item(QStringLiteral("stepCounter"))->height() >= headingSize * 1.9);

        // A right-to-left language mirrors the whole window: the settings button moves left.
        QQuickItem *settings = app.item(QStringLiteral("openSettings"));
        const auto centreX = [&] {
            return settings->mapToScene(QPointF(settings->width() / 2, 0)).x();
        };
        QVERIFY(centreX() > app.window()->width() / 2);
        app.preferences()->setLanguage(QStringLiteral("ar"));
        QTest::qWait(20);
        QVERIFY(centreX() < app.window()->width() / 2);
        app.preferences()->setLanguage(QStringLiteral("en"));
        QTest::qWait(20);
        QVERIFY(centreX() > app.window()->width() / 2);
    }

    void stepThatCannotBeSavedSaysSo() {
        QTemporaryDir data;
        RunningApp app(data.path());
        QVERIFY(makeProfile(app, QStringLiteral("Lee")));
        QVERIFY(app.click(QStringLiteral("lesson-0")));
        QVERIFY(app.waitForPage(QStringLiteral("lesson")));
        // The learner vanishes from the database (as if it were deleted under us): saving fails.
        QVERIFY(QSqlQuery(app.workspace().database().connection())
                    .exec(QStringLiteral("DELETE FROM learner")));
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("could not save step")));
        QVERIFY(app.click(QStringLiteral("nextButton")));
        QCOMPARE(app.lesson()->stepIndex(), 0);
        QVERIFY(app.item(QStringLiteral("saveError")));
        QVERIFY(app.shows(QStringLiteral("could not be saved")));
        QCOMPARE(app.focused(), app.item(QStringLiteral("saveError")));
    }

    void killedAppLosesNoCompletedStep() {
        QTemporaryDir data;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-journey"), data.path(), QStringLiteral("-platform"),
                     QStringLiteral("offscreen")});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QVERIFY(QTest::qWaitFor(
            [&] {
                child.waitForReadyRead(100);
                output += child.readAllStandardOutput();
                return output.contains("saved 3");
            },
            20000));
        child.kill(); // SIGKILL: no chance to tidy up
        QVERIFY(child.waitForFinished());
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM step_progress")), 3);

        RunningApp app(data.path());
        QVERIFY(signInThroughPages(app));
        QVERIFY(app.shows(QStringLiteral("step 4 of 15")));
    }

    void damagedDatabaseIsExplainedAndKept() {
        QTemporaryDir data;
        QFile file(data.filePath(QStringLiteral("opensteps.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        RunningApp app(data.path());
        QVERIFY(app.started());
        QVERIFY(app.waitForPage(QStringLiteral("notice")));
        QVERIFY(app.shows(QStringLiteral("We had to start again")));
        QCOMPARE(QDir(data.path()).entryList({QStringLiteral("opensteps.sqlite.corrupt-*")}).size(),
                 1);
        QVERIFY(app.click(QStringLiteral("acknowledgeNotice")));
        QVERIFY(app.waitForPage(QStringLiteral("language")));
    }

    // A newcomer agrees to share, answers the optional questions (a whole postcode is refused
    // first), later changes their mind in Settings, and in the end deletes their data.
    void newcomerSharesThenChangesThenDeletes() {
        QTemporaryDir data;
        RunningApp app(data.path());
        QVERIFY(reachConsentThroughPages(app, QStringLiteral("Halima")));
        QVERIFY(app.shows(QStringLiteral("Share your progress with 100% Digital Leeds?")));
        QVERIFY(app.shows(QStringLiteral("Your PIN")));
        QVERIFY(app.shows(QStringLiteral("You can change it at any time in Settings.")));
        // Read aloud, word for word.
        QVERIFY(app.click(QStringLiteral("readAloud")));
        QVERIFY(app.readAloud()->lastText().contains(QStringLiteral("Anything you type")));
        // Back goes to choosing the PIN afresh; nothing is saved meanwhile.
        QVERIFY(app.click(QStringLiteral("consentBack")));
        QVERIFY(app.waitForPage(QStringLiteral("pin")));
        QVERIFY(app.shows(QStringLiteral("A PIN keeps your lessons yours.")));
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner")), 0);
        QVERIFY(app.click(QStringLiteral("pinKind-digits")));
        app.type(kTestPin);
        app.type(kTestPin);
        QVERIFY(app.waitForPage(QStringLiteral("consent")));

        // Keyboard only: Tab to "Yes, share", Return.
        QVERIFY(app.tabTo(QStringLiteral("shareYes")));
        app.key(Qt::Key_Return);
        QVERIFY(app.waitForPage(QStringLiteral("consent-details")));
        QVERIFY(app.click(QStringLiteral("ageBand-65-74")));
        QVERIFY(app.click(QStringLiteral("postcodeField")));
        app.type(QStringLiteral("LS9 8AB"));
        QVERIFY(app.click(QStringLiteral("consentDetailsContinue")));
        QVERIFY(app.shows(QStringLiteral("Please type only the first part of your postcode")));
        QCOMPARE(app.focused(), app.item(QStringLiteral("postcodeError")));
        QCOMPARE(app.currentPageName(), QStringLiteral("consent-details"));
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner")), 0);
        QVERIFY(app.click(QStringLiteral("postcodeField")));
        app.item(QStringLiteral("postcodeField"))->setProperty("text", QString());
        app.type(QStringLiteral("ls9"));
        QVERIFY(app.click(QStringLiteral("preferredLanguage-pa")));
        QVERIFY(app.click(QStringLiteral("consentDetailsContinue")));
        QVERIFY(skipSkillsCheck(app));
        QCOMPARE(countRows(data.path(),
                           QStringLiteral("SELECT count(*) FROM learner WHERE name = 'Halima'"
                                          " AND share_consent = 1 AND length(pseudonym) = 10"
                                          " AND age_band = '65-74' AND postcode_district = 'LS9'"
                                          " AND preferred_language = 'pa'")),
                 1);
        QVERIFY(app.shows(QStringLiteral("Hello, Halima")));

        // Settings: the choice is shown and changed to no; the optional answers go with it.
        QVERIFY(app.click(QStringLiteral("openSettings")));
        QVERIFY(app.waitForPage(QStringLiteral("settings")));
        QVERIFY(app.shows(QStringLiteral("You share your progress with 100% Digital Leeds")));
        QVERIFY(app.item(QStringLiteral("ageBand-65-74"))->property("selected").toBool());
        QVERIFY(app.click(QStringLiteral("sharing-no")));
        QVERIFY(app.shows(QStringLiteral("You do not share your progress.")));
        QCOMPARE(countRows(data.path(),
                           QStringLiteral("SELECT count(*) FROM learner WHERE share_consent = 0"
                                          " AND age_band IS NULL AND postcode_district IS NULL"
                                          " AND preferred_language IS NULL")),
                 1);

        // Delete my data: another learner on the PC stays.
        QVERIFY(app.workspace().learners().create(QStringLiteral("Stays"), QStringLiteral("tree"),
                                                  QStringLiteral("en")));
        QVERIFY(app.click(QStringLiteral("deleteMyData")));
        QVERIFY(app.waitForPage(QStringLiteral("delete-data")));
        QVERIFY(app.shows(QStringLiteral("It cannot be undone.")));
        // The focus is on keeping everything: Return there changes nothing.
        QTRY_COMPARE(app.focused(), app.item(QStringLiteral("keepData")));
        app.key(Qt::Key_Return);
        QVERIFY(app.waitForPage(QStringLiteral("settings")));
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner")), 2);
        QVERIFY(app.click(QStringLiteral("deleteMyData")));
        QVERIFY(app.waitForPage(QStringLiteral("delete-data")));
        QVERIFY(app.click(QStringLiteral("confirmDelete")));
        QVERIFY(app.waitForPage(QStringLiteral("sign-in")));
        QVERIFY(app.shows(QStringLiteral("Your data is deleted from this computer.")));
        QVERIFY(!app.ui().session().hasLearner());
        QVERIFY(!app.shows(QStringLiteral("Halima")));
        QVERIFY(app.shows(QStringLiteral("Stays")));
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner")), 1);
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner_setting")), 0);
    }

    void guestLooksAroundAndNothingIsSaved() {
        QTemporaryDir data;
        {
            RunningApp app(data.path());
            QVERIFY(makeProfile(app, QStringLiteral("Owner")));
            QVERIFY(app.click(QStringLiteral("signOut")));
        }
        const int stepsBefore =
            countRows(data.path(), QStringLiteral("SELECT count(*) FROM step_progress"));
        RunningApp app(data.path());
        QVERIFY(app.waitForPage(QStringLiteral("sign-in")));
        QVERIFY(app.click(QStringLiteral("justLooking")));
        QVERIFY(app.waitForPage(QStringLiteral("home")));
        QVERIFY(app.shows(QStringLiteral("Just looking: nothing is saved")));
        QVERIFY(app.click(QStringLiteral("lesson-0")));
        QVERIFY(app.waitForPage(QStringLiteral("lesson")));
        QVERIFY(doStep(app));
        QCOMPARE(app.lesson()->stepIndex(), 1);
        QVERIFY(app.click(QStringLiteral("signOut")));
        QVERIFY(app.waitForPage(QStringLiteral("sign-in")));
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM step_progress")),
                 stepsBefore);
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner")), 1);
    }

    void idleSignOutAsksFirstAndLosesNothing() {
        QTemporaryDir data;
        RunningApp app(data.path());
        QVERIFY(makeProfile(app, QStringLiteral("Dee")));
        app.ui().session().idleWatch().setTimes(400, 1500);
        // Something typed and not yet sent: a progress code half entered.
        QVERIFY(app.click(QStringLiteral("restoreCodeButton")));
        QVERIFY(app.waitForPage(QStringLiteral("restore-code")));
        QVERIFY(app.click(QStringLiteral("codeField")));
        app.type(QStringLiteral("abcd"));
        QQuickItem *field = app.item(QStringLiteral("codeField"));

        // Nobody touches the PC: the question comes, read aloud, with the answer focused.
        QVERIFY(QTest::qWaitFor([&] { return app.ui().session().idlePromptShown(); }, 3000));
        QVERIFY(app.shows(QStringLiteral("Are you still there?")));
        QVERIFY(app.readAloud()->lastText().startsWith(QStringLiteral("Are you still there?")));
        QCOMPARE(app.focused(), app.item(QStringLiteral("stillHere")));
        // A stray key or a nudged mouse is not an answer; Return on the answer is.
        QTest::mouseMove(app.window(), QPoint(10, 10));
        app.key(Qt::Key_A);
        QTest::qWait(300);
        QVERIFY(app.ui().session().idlePromptShown());
        QCOMPARE(field->property("text").toString(), QStringLiteral("abcd"));
        app.key(Qt::Key_Return);
        QVERIFY(!app.ui().session().idlePromptShown());
        QCOMPARE(field->property("text").toString(), QStringLiteral("abcd"));
        QTRY_COMPARE(app.focused(), field);
        QCOMPARE(app.currentPageName(), QStringLiteral("restore-code"));

        // This time nobody answers: signed out, back to the tiles, profile and work kept.
        QVERIFY(QTest::qWaitFor([&] { return app.ui().session().idlePromptShown(); }, 3000));
        QVERIFY(app.waitForPage(QStringLiteral("sign-in")));
        QVERIFY(!app.ui().session().hasLearner());
        QVERIFY(!app.ui().session().idlePromptShown());
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM learner")), 1);
        QVERIFY(signInThroughPages(app));
    }

    void helperResetsAForgottenPin() {
        QTemporaryDir data;
        RunningApp app(data.path());
        QVERIFY(makeProfile(app, QStringLiteral("Forgetful")));
        QVERIFY(app.workspace().helpers().add(QStringLiteral("Pat"), QStringLiteral("staff"),
                                              QStringLiteral("library helper 1")));
        QVERIFY(app.click(QStringLiteral("signOut")));
        QVERIFY(app.waitForPage(QStringLiteral("sign-in")));
        const qint64 id = app.ui()
                              .session()
                              .learners()
                              .constFirst()
                              .toMap()
                              .value(QStringLiteral("id"))
                              .toLongLong();
        QVERIFY(app.click(QStringLiteral("learner-%1").arg(id)));
        QVERIFY(app.waitForPage(QStringLiteral("pin")));
        // Five wrong PINs: a pause of one minute, said in words.
        for (int i = 0; i < 5; ++i)
            app.type(QStringLiteral("0000"));
        QVERIFY(app.shows(QStringLiteral("Please wait one minute")));
        QVERIFY(app.ui().session().secondsLocked(id) > 50);

        // A helper signs in on the helper page and resets the PIN.
        QVERIFY(app.click(QStringLiteral("pinBack")));
        QVERIFY(app.waitForPage(QStringLiteral("sign-in")));
        QVERIFY(app.click(QStringLiteral("helperSignIn")));
        QVERIFY(app.waitForPage(QStringLiteral("helper")));
        QVERIFY(app.click(QStringLiteral("helperName")));
        app.type(QStringLiteral("Pat"));
        QVERIFY(app.click(QStringLiteral("helperPassphrase")));
        app.type(QStringLiteral("wrong passphrase"));
        app.key(Qt::Key_Return);
        QVERIFY(app.shows(QStringLiteral("do not match")));
        QVERIFY(app.click(QStringLiteral("helperPassphrase")));
        app.type(QStringLiteral("library helper 1"));
        app.key(Qt::Key_Return);
        QVERIFY(app.shows(QStringLiteral("Signed in as Pat.")));
        // Staff also set the idle time.
        QVERIFY(app.click(QStringLiteral("idleMinutes-15")));
        QCOMPARE(app.ui().staff().idleMinutes(), 15);
        QVERIFY(app.click(QStringLiteral("resetPin-%1").arg(id)));
        QVERIFY(app.shows(QStringLiteral("The PIN of Forgetful is reset.")));
        QVERIFY(app.click(QStringLiteral("closeHelper")));
        QVERIFY(app.waitForPage(QStringLiteral("sign-in")));
        QVERIFY(app.ui().session().helperName().isEmpty());

        // The learner chooses a new PIN (the pause is lifted) and is in, progress intact.
        QCOMPARE(app.ui().session().secondsLocked(id), 0);
        QVERIFY(app.click(QStringLiteral("learner-%1").arg(id)));
        QVERIFY(app.waitForPage(QStringLiteral("pin")));
        QVERIFY(app.click(QStringLiteral("pinKind-digits")));
        app.type(QStringLiteral("8642"));
        app.type(QStringLiteral("8642"));
        QVERIFY(app.waitForPage(QStringLiteral("home")));
        QVERIFY(app.shows(QStringLiteral("Hello, Forgetful")));
    }

    // A PC just installed in a library: staff set up the hub first (by keyboard), then the
    // first visit goes on as before; the set-up is not offered again after a restart.
    void newPcIsSetUpByStaffThenLearnersStart() {
        QTemporaryDir data;
        {
            RunningApp app(data.path(), kLessons, HubSetupAtStart::Offered);
            QVERIFY(app.started());
            QVERIFY(app.waitForPage(QStringLiteral("setup")));
            QVERIFY(app.shows(QStringLiteral("Set up this hub")));
            QVERIFY(app.tabTo(QStringLiteral("setupHubName")));
            app.type(QStringLiteral("Leeds Central Library"));
            // The id follows the name.
            QCOMPARE(app.item(QStringLiteral("setupHubId"))->property("text").toString(),
                     QStringLiteral("leeds-central-library"));
            QVERIFY(app.tabTo(QStringLiteral("setupStaffName")));
            app.type(QStringLiteral("Pat"));
            app.key(Qt::Key_Return); // on to the passphrase
            app.type(QStringLiteral("library staff 1"));
            app.key(Qt::Key_Return);
            app.type(QStringLiteral("library staff 1"));
            app.key(Qt::Key_Return); // saves
            QVERIFY(QTest::qWaitFor([&] { return app.item(QStringLiteral("setupDone")); }));
            QVERIFY(app.shows(QStringLiteral("Leeds Central Library is set up")));
            QVERIFY(app.tabTo(QStringLiteral("setupContinue")));
            app.key(Qt::Key_Return);
            QVERIFY(app.waitForPage(QStringLiteral("language")));
        }
        QCOMPARE(countRows(data.path(),
                           QStringLiteral("SELECT count(*) FROM helper WHERE role = 'staff'")),
                 1);
        {
            RunningApp app(data.path(), kLessons, HubSetupAtStart::Offered);
            QVERIFY(app.waitForPage(QStringLiteral("language")));
            QVERIFY(!app.ui().staff().hubSetupPossible());
        }
    }

    // At home: "Not now" goes straight on to the first visit, and is remembered.
    void setUpSkippedAtHome() {
        QTemporaryDir data;
        {
            RunningApp app(data.path(), kLessons, HubSetupAtStart::Offered);
            QVERIFY(app.waitForPage(QStringLiteral("setup")));
            QVERIFY(app.mouseClick(QStringLiteral("setupSkip")));
            QVERIFY(app.waitForPage(QStringLiteral("language")));
        }
        QCOMPARE(countRows(data.path(), QStringLiteral("SELECT count(*) FROM helper")), 0);
        RunningApp app(data.path(), kLessons, HubSetupAtStart::Offered);
        QVERIFY(app.waitForPage(QStringLiteral("language")));
        QVERIFY(app.ui().staff().hubSetupPossible()); // staff can still set up from the helper page
    }

    void progressTravelsByCodeAndCertificatesAreSaved() {
        QTemporaryDir home; // the Documents folder for certificates, so nothing lands in ~
        // Qt finds Documents through $HOME and $XDG_CONFIG_HOME/user-dirs.dirs.
        const QByteArray realHome = qgetenv("HOME");
        const QByteArray realConfig = qgetenv("XDG_CONFIG_HOME");
        const auto restoreHome = qScopeGuard([&] {
            qputenv("HOME", realHome);
            if (realConfig.isEmpty())
                qunsetenv("XDG_CONFIG_HOME");
            else
                qputenv("XDG_CONFIG_HOME", realConfig);
        });
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toLocal8Bit());
        QTemporaryDir firstPc;
        QTemporaryDir secondPc;
        QString code;
        {
            RunningApp app(firstPc.path());
            QVERIFY(makeProfile(app, QStringLiteral("Nadia")));
            // Nadia has finished every lesson of one topic (as if done step by step).
            PortableProgress done;
            for (const Lesson &lesson : app.workspace().catalog().lessons()) {
                if (lesson.topic == QLatin1String("communicating"))
                    done.completedLessonIds.insert(lesson.id);
            }
            QCOMPARE(
                ProgressTransfer::restore(app.workspace(), app.ui().session().learnerId(), done),
                ProgressTransfer::Restored::Done);
            app.ui().home().refreshProgress();
            QVERIFY(app.click(QStringLiteral("progressButton")));
            QVERIFY(app.waitForPage(QStringLiteral("progress")));
            code = app.item(QStringLiteral("progressCode"))->property("text").toString();
            QCOMPARE(code.size(), 18); // 15 characters in groups of four
            // The finished topic offers its certificate; saving it writes a PDF with her name.
            QVERIFY(app.click(QStringLiteral("saveCertificate-communicating")));
            QVERIFY(app.shows(QStringLiteral("Saved as")));
            const QStringList pdfs = QDir(home.filePath(QStringLiteral("Documents")))
                                         .entryList({QStringLiteral("*.pdf")});
            QCOMPARE(pdfs.size(), 1);
            QVERIFY(!pdfs.first().contains(QStringLiteral("Nadia"))); // shared PC: no name
            QVERIFY(app.click(QStringLiteral("saveProgressSheet")));
            QTRY_COMPARE(QDir(home.filePath(QStringLiteral("Documents")))
                             .entryList({QStringLiteral("*.pdf")})
                             .size(),
                         2);
        }
        {
            // Another PC: a new profile, then the code, first mistyped, then as written.
            RunningApp app(secondPc.path());
            QVERIFY(makeProfile(app, QStringLiteral("Nadia")));
            QVERIFY(app.click(QStringLiteral("restoreCodeButton")));
            QVERIFY(app.waitForPage(QStringLiteral("restore-code")));
            QString typo = code;
            const int at = 6;
            typo[at] = typo.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            QVERIFY(app.click(QStringLiteral("codeField")));
            app.type(typo);
            app.key(Qt::Key_Return);
            QVERIFY(app.shows(QStringLiteral("This code has a mistake in it")));
            QCOMPARE(app.focused(), app.item(QStringLiteral("restoreError")));
            QCOMPARE(
                countRows(secondPc.path(), QStringLiteral("SELECT count(*) FROM lesson_progress")),
                0);
            QVERIFY(app.click(QStringLiteral("codeField")));
            app.item(QStringLiteral("codeField"))->setProperty("text", QString());
            app.type(code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
            QVERIFY(app.click(QStringLiteral("restoreButton")));
            QVERIFY(app.shows(QStringLiteral("2 finished lessons are now on this computer")));
            QVERIFY(app.click(QStringLiteral("closeRestore")));
            QVERIFY(app.waitForPage(QStringLiteral("home")));
            QVERIFY(app.shows(QStringLiteral("Keeping in touch — 2 of 2 finished")));
        }
        QCOMPARE(countRows(secondPc.path(), QStringLiteral("SELECT count(*) FROM lesson_progress"
                                                           " WHERE completed_at IS NOT NULL")),
                 2);
    }

    void newerDatabaseIsRefused() {
        QTemporaryDir data;
        {
            Database db;
            QVERIFY(db.open(data.filePath(QStringLiteral("opensteps.sqlite"))).usable());
            QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 42"));
        }
        RunningApp app(data.path());
        QVERIFY(app.started());
        QVERIFY(app.waitForPage(QStringLiteral("error")));
        QVERIFY(app.shows(QStringLiteral("OpenSteps cannot open right now")));
        QVERIFY(app.shows(QStringLiteral("newer version of OpenSteps")));
    }

    void brokenLessonDoesNotStopTheApp() {
        QTemporaryDir lessons;
        // One good lesson copied from the bundle, and one with a syntax error.
        const QString good = lessons.filePath(QStringLiteral("using-a-mouse"));
        QVERIFY(QDir().mkpath(good + QLatin1String("/text")));
        QVERIFY(QFile::copy(kLessons + QLatin1String("/using-a-mouse/lesson.json"),
                            good + QLatin1String("/lesson.json")));
        QVERIFY(QFile::copy(kLessons + QLatin1String("/using-a-mouse/text/en.json"),
                            good + QLatin1String("/text/en.json")));
        QVERIFY(QDir().mkpath(good + QLatin1String("/images")));
        for (const QString &picture :
             QDir(kLessons + QLatin1String("/using-a-mouse/images")).entryList(QDir::Files))
            QVERIFY(QFile::copy(kLessons + QLatin1String("/using-a-mouse/images/") + picture,
                                good + QLatin1String("/images/") + picture));
        QVERIFY(QDir().mkpath(lessons.filePath(QStringLiteral("broken"))));
        QFile broken(lessons.filePath(QStringLiteral("broken/lesson.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"format\": 1,\n  \"id\": \n}\n");
        broken.close();

        QTemporaryDir data;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "broken/lesson\\.json:4: JSON syntax error")));
        RunningApp app(data.path(), lessons.path());
        QVERIFY(app.started());
        QVERIFY(makeProfile(app, QStringLiteral("Sam")));
        QVERIFY(app.shows(QStringLiteral("Using a mouse")));
        QVERIFY(app.item(QStringLiteral("lesson-0")));
        QVERIFY(!app.item(QStringLiteral("lesson-1")));
    }
};

// Child mode for killedAppLosesNoCompletedStep: works through three steps, reports each save,
// then waits to be killed.
static int runChildJourney(int argc, char *argv[]) {
    QGuiApplication application(argc, argv);
    GuiApp gui;
    GuiOptions options;
    options.dataDir = QString::fromLocal8Bit(argv[2]);
    options.lessonsDir = kLessons;
    if (!gui.start(options))
        return 1;
    UiSingletons &ui = gui.ui();
    if (!ui.profile().createProfile(QStringLiteral("Kim"), QStringLiteral("boat"),
                                    QStringLiteral("digits"), kTestPin, {}))
        return 1;
    int saved = 0;
    QObject::connect(ui.home().lesson(), &LessonRunner::progressSaved, [&saved] {
        std::printf("saved %d\n", ++saved);
        std::fflush(stdout);
    });
    ui.home().openLesson(QStringLiteral("b18aef0a-1dfd-4527-bfd5-b4c25099e44b")); // Using a mouse
    for (int i = 0; i < 3; ++i)
        ui.home().lesson()->next();
    return QGuiApplication::exec();
}

int main(int argc, char *argv[]) {
    if (argc > 2 && qstrcmp(argv[1], "--child-journey") == 0)
        return runChildJourney(argc, argv);
    QGuiApplication application(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    JourneyTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journey.moc"
