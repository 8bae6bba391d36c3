// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotStaging.h"

#include "AppController.h"
#include "Dashboard.h"
#include "GuiApp.h"
#include "LessonRunner.h"
#include "LrsConfig.h"
#include "MousePracticeSession.h"
#include "Preferences.h"
#include "SampleData.h"
#include "SyncPanel.h"
#include "Workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>

namespace OpenSteps {

namespace {

// Screenshot pages that show a lesson step of one type, after one try at it.
const QHash<QString, QString> kStepPages = {
    {QStringLiteral("lesson-choice"), QStringLiteral("choice")},
    {QStringLiteral("lesson-practice"), QStringLiteral("mouse-practice")},
    {QStringLiteral("lesson-typing"), QStringLiteral("keyboard-practice")},
    {QStringLiteral("lesson-reflect"), QStringLiteral("reflect")},
};

} // namespace

QString stageScreenshotPage(const QString &page, const QString &step, GuiApp &gui) {
    const QList<Lesson> &lessons = gui.workspace().catalog().lessons();
    AppController *app = gui.app();
    if (lessons.isEmpty() || !app)
        return {};
    // Pages of a signed-in learner show the sample learner, signed in without their PIN.
    static const QStringList beforeSignIn = {
        QStringLiteral("sign-in"),         QStringLiteral("pin"),
        QStringLiteral("helper"),          QStringLiteral("language"),
        QStringLiteral("profile"),         QStringLiteral("consent"),
        QStringLiteral("consent-details"), QStringLiteral("notice"),
        QStringLiteral("error"),           QStringLiteral("helper-staff"),
        QStringLiteral("helper-helping"),  QStringLiteral("setup"),
        QStringLiteral("dashboard")};
    const QVariantList learners = app->learners();
    QString problem;
    if ((page == QLatin1String("checkin") || page == QLatin1String("home")) &&
        !learners.isEmpty()) {
        // Sam made their profile five weeks ago: the four-week check-in is due and offered.
        QSqlQuery query(gui.workspace().database().connection());
        query.prepare(QStringLiteral("UPDATE learner SET created_at = ? WHERE id = ?"));
        query.addBindValue(QDateTime::currentDateTimeUtc().addDays(-35).toString(Qt::ISODate));
        query.addBindValue(learners.constFirst().toMap().value(QStringLiteral("id")));
        query.exec();
    }
    // The learner's own language would replace the one asked for (--lang): keep that one.
    const QString language = gui.preferences()->language();
    if (!beforeSignIn.contains(page) && !learners.isEmpty())
        app->signInForTesting(
            learners.constFirst().toMap().value(QStringLiteral("id")).toLongLong());
    gui.preferences()->setLanguage(language);
    if (page == QLatin1String("helper-staff")) {
        // A staff member signed in, with an LRS set: every staff control shows.
        Workspace &workspace = gui.workspace();
        const QString passphrase = QStringLiteral("sample passphrase");
        workspace.helpers().add(QStringLiteral("Pat"), QStringLiteral("staff"), passphrase);
        workspace.helpers().add(QStringLiteral("Val"), QStringLiteral("volunteer"), passphrase);
        LrsConfig{
            QUrl(QStringLiteral("https://lrs.example.org/xAPI/")), QStringLiteral("hub-key"), {}}
            .saveTo(workspace.settings());
        app->helperSignIn(QStringLiteral("Pat"), passphrase);
        gui.sync()->refresh();
    }
    if (page == QLatin1String("dashboard")) {
        // A staff member looking at this month of a hub: numbers, and small groups shown as
        // "fewer than 5" or "hidden".
        Workspace &workspace = gui.workspace();
        problem = addReportSample(workspace);
        const QString passphrase = QStringLiteral("sample passphrase");
        workspace.helpers().add(QStringLiteral("Pat"), QStringLiteral("staff"), passphrase);
        app->helperSignIn(QStringLiteral("Pat"), passphrase);
        gui.dashboard()->refresh();
    }
    if (page == QLatin1String("helper-helping") && !learners.isEmpty()) {
        // A volunteer signed in and helping Sam: "You are helping Sam" and its end button.
        const QString passphrase = QStringLiteral("sample passphrase");
        gui.workspace().helpers().add(QStringLiteral("Val"), QStringLiteral("volunteer"),
                                      passphrase);
        app->helperSignIn(QStringLiteral("Val"), passphrase);
        app->startHelping(learners.constFirst().toMap().value(QStringLiteral("id")).toLongLong());
    }
    if (page == QLatin1String("lesson") && !step.isEmpty()) {
        const QString folder = step.section(QLatin1Char('/'), 0, 0);
        for (const Lesson &lesson : lessons) {
            if (QFileInfo(lesson.folder).fileName() == folder) {
                app->openLesson(lesson.id);
                app->lesson()->goToStep(lesson.stepIndex(step.section(QLatin1Char('/'), 1)));
            }
        }
    } else if (page == QLatin1String("lesson")) {
        app->openLesson(app->resumeLessonId().isEmpty() ? lessons.first().id
                                                        : app->resumeLessonId());
    } else if (const QString type = kStepPages.value(page); !type.isEmpty()) {
        for (const Lesson &lesson : lessons) {
            for (int i = 0; i < lesson.steps.size(); ++i) {
                const Step &step = lesson.steps.at(i);
                if (step.type != type)
                    continue;
                app->openLesson(lesson.id);
                app->lesson()->goToStep(i);
                // Show feedback after a try: the part most worth checking.
                app->lesson()->rate(QStringLiteral("not-yet"));
                if (MousePracticeSession *practice = app->lesson()->practice()) {
                    practice->targetActivated(step.actions.value(0));
                    practice->missed();
                }
                for (const QString &answer : step.answers) {
                    if (!step.correct.contains(answer)) {
                        app->lesson()->choose(answer);
                        break;
                    }
                }
                return problem;
            }
        }
    } else if (page == QLatin1String("skills-check")) {
        // Part-way through, with the question on screen answered.
        app->startSkillsCheck();
        for (const QString &answer : {QStringLiteral("yes"), QStringLiteral("not-yet")}) {
            app->skillsCheck()->answerWith(answer);
            app->skillsCheck()->next();
        }
        app->skillsCheck()->answerWith(QStringLiteral("a-bit"));
    } else if (page == QLatin1String("done")) {
        app->openLesson(lessons.first().id);
    } else if (page == QLatin1String("settings")) {
        // A learner who shares and answered some of the optional questions: every part of
        // "Sharing my progress" is on show.
        app->setSharing(true);
        app->setAgeBand(QStringLiteral("65-74"));
        app->setPostcodeDistrict(QStringLiteral("LS9"));
    }
    return problem;
}

} // namespace OpenSteps
