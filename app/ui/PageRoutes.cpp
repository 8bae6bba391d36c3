// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRoutes.h"

namespace OpenSteps {

const QList<PageRoute> &PageRoutes::all() {
    using S = PageRoute::Staged;
    const auto row = [](const char *name, const char *page, S staged, const char *step = "") {
        return PageRoute{QLatin1String(name), QLatin1String(page), staged, QLatin1String(step)};
    };
    static const QList<PageRoute> routes = {
        row("sign-in", "SignInPage", S::NobodySignedIn),
        row("pin", "PinPage", S::NobodySignedIn),
        row("helper", "HelperPage", S::NobodySignedIn),
        row("language", "LanguagePage", S::EmptyPc),
        row("profile", "ProfilePage", S::EmptyPc),
        row("home", "HomePage", S::LearnerSignedIn),
        row("lesson", "LessonPage", S::LearnerSignedIn),
        row("lesson-choice", "LessonPage", S::LearnerSignedIn, "choice"),
        row("lesson-practice", "LessonPage", S::LearnerSignedIn, "mouse-practice"),
        row("lesson-typing", "LessonPage", S::LearnerSignedIn, "keyboard-practice"),
        row("lesson-reflect", "LessonPage", S::LearnerSignedIn, "reflect"),
        row("done", "DonePage", S::LearnerSignedIn),
        row("settings", "SettingsPage", S::LearnerSignedIn),
        row("progress", "ProgressPage", S::LearnerSignedIn),
        row("restore-code", "RestoreCodePage", S::LearnerSignedIn),
        row("skills-check", "SkillsCheckPage", S::LearnerSignedIn),
        row("notice", "NoticePage", S::EmptyPc),
        row("error", "ErrorPage", S::NobodySignedIn),
        row("consent", "ConsentPage", S::EmptyPc),
        row("consent-details", "ConsentDetailsPage", S::EmptyPc),
        row("delete-data", "DeleteDataPage", S::LearnerSignedIn),
        row("helper-staff", "HelperPage", S::NobodySignedIn), // staff signed in, an LRS set
        row("checkin", "CheckinPage", S::LearnerSignedIn),
        row("helper-helping", "HelperPage", S::NobodySignedIn), // a volunteer helping Sam
        row("setup", "SetupPage", S::EmptyPc),
        row("dashboard", "DashboardPage", S::NobodySignedIn), // staff, a month of outcomes
    };
    return routes;
}

QStringList PageRoutes::names() {
    QStringList names;
    for (const PageRoute &route : all())
        names << route.name;
    return names;
}

const PageRoute *PageRoutes::find(const QString &name) {
    for (const PageRoute &route : all()) {
        if (route.name == name)
            return &route;
    }
    return nullptr;
}

QVariantMap PageRoutes::pages() {
    QVariantMap pages;
    for (const PageRoute &route : all())
        pages.insert(route.name, route.page);
    return pages;
}

} // namespace OpenSteps
