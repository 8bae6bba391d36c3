// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotStaging.h"

#include "Dashboard.h"
#include "GuiApp.h"
#include "Home.h"
#include "LessonRunner.h"
#include "LrsConfig.h"
#include "MousePracticeSession.h"
#include "PageRoutes.h"
#include "Preferences.h"
#include "Profile.h"
#include "SampleData.h"
#include "Session.h"
#include "Staff.h"
#include "SyncPanel.h"
#include "Workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>

namespace OpenSteps {

QString stageScreenshotPage(const QString &page, const QString &step, GuiApp &gui) {
    const QList<Lesson> &lessons = gui.workspace().catalog().lessons();
    UiSingletons &ui = gui.ui();
    if (lessons.isEmpty())
        return {};
    const QVariantList learners = ui.session().learners();
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
    // Pages of a signed-in learner show the sample learner, signed in without their PIN.
    const PageRoute *route = PageRoutes::find(page);
    if (route && route->staged == PageRoute::Staged::LearnerSignedIn && !learners.isEmpty())
        ui.session().signIn(learners.constFirst().toMap().value(QStringLiteral("id")).toLongLong());
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
        ui.session().helperSignIn(QStringLiteral("Pat"), passphrase);
        ui.sync().refresh();
    }
    if (page == QLatin1String("dashboard")) {
        // A staff member looking at this month of a hub: numbers, and small groups shown as
        // "fewer than 5" or "hidden".
        Workspace &workspace = gui.workspace();
        problem = addReportSample(workspace);
        const QString passphrase = QStringLiteral("sample passphrase");
        workspace.helpers().add(QStringLiteral("Pat"), QStringLiteral("staff"), passphrase);
        ui.session().helperSignIn(QStringLiteral("Pat"), passphrase);
        ui.dashboard().refresh();
    }
    if (page == QLatin1String("helper-helping") && !learners.isEmpty()) {
        // A volunteer signed in and helping Sam: "You are helping Sam" and its end button.
        const QString passphrase = QStringLiteral("sample passphrase");
        gui.workspace().helpers().add(QStringLiteral("Val"), QStringLiteral("volunteer"),
                                      passphrase);
        ui.session().helperSignIn(QStringLiteral("Val"), passphrase);
        ui.staff().startHelping(
            learners.constFirst().toMap().value(QStringLiteral("id")).toLongLong());
    }
    if (page == QLatin1String("lesson") && !step.isEmpty()) {
        const QString folder = step.section(QLatin1Char('/'), 0, 0);
        for (const Lesson &lesson : lessons) {
            if (QFileInfo(lesson.folder).fileName() == folder) {
                ui.home().openLesson(lesson.id);
                ui.home().lesson()->goToStep(lesson.stepIndex(step.section(QLatin1Char('/'), 1)));
            }
        }
    } else if (page == QLatin1String("lesson")) {
        ui.home().openLesson(ui.home().resumeLessonId().isEmpty() ? lessons.first().id
                                                                  : ui.home().resumeLessonId());
    } else if (const QString type = route ? route->stepType : QString(); !type.isEmpty()) {
        for (const Lesson &lesson : lessons) {
            for (int i = 0; i < lesson.steps.size(); ++i) {
                const Step &step = lesson.steps.at(i);
                if (step.type != type)
                    continue;
                ui.home().openLesson(lesson.id);
                ui.home().lesson()->goToStep(i);
                // Show feedback after a try: the part most worth checking.
                ui.home().lesson()->rate(QStringLiteral("not-yet"));
                if (MousePracticeSession *practice = ui.home().lesson()->practice()) {
                    practice->targetActivated(step.actions.value(0));
                    practice->missed();
                }
                for (const QString &answer : step.answers) {
                    if (!step.correct.contains(answer)) {
                        ui.home().lesson()->choose(answer);
                        break;
                    }
                }
                return problem;
            }
        }
    } else if (page == QLatin1String("skills-check")) {
        // Part-way through, with the question on screen answered.
        ui.home().startSkillsCheck();
        for (const QString &answer : {QStringLiteral("yes"), QStringLiteral("not-yet")}) {
            ui.home().skillsCheck()->answerWith(answer);
            ui.home().skillsCheck()->next();
        }
        ui.home().skillsCheck()->answerWith(QStringLiteral("a-bit"));
    } else if (page == QLatin1String("done")) {
        ui.home().openLesson(lessons.first().id);
    } else if (page == QLatin1String("settings")) {
        // A learner who shares and answered some of the optional questions: every part of
        // "Sharing my progress" is on show.
        ui.profile().setSharing(true);
        ui.profile().setAgeBand(QStringLiteral("65-74"));
        ui.profile().setPostcodeDistrict(QStringLiteral("LS9"));
    }
    return problem;
}

} // namespace OpenSteps
