// SPDX-License-Identifier: GPL-3.0-or-later
#include "Home.h"

#include "Preferences.h"
#include "Session.h"
#include "Workspace.h"

#include <QPointer>

#include <algorithm>

namespace OpenSteps {

namespace {
QPointer<Home> g_instance;

// Stands in when there is no usable database, so QML bindings still have objects to read.
const LessonCatalog &emptyCatalog() {
    static const LessonCatalog catalog;
    return catalog;
}
} // namespace

Home::Home(Workspace *workspace, Session &session, Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_preferences(preferences)
    , m_lessons(new LessonListModel(workspace ? workspace->catalog() : emptyCatalog(), this))
    , m_runner(new LessonRunner(workspace ? &workspace->progress() : nullptr, this)) {
    if (m_workspace)
        connect(m_runner, &LessonRunner::progressSaved, this, &Home::refreshProgress);
    // Nothing of the person leaving stays on show.
    connect(&m_session, &Session::leaving, this, [this] {
        m_checkinDue.clear();
        dropSkillsCheck();
        m_resumeLessonId.clear();
        m_pathLessons.clear();
    });
    connect(&m_session, &Session::learnerChanged, this, &Home::whoIsHereChanged);
    connect(&m_preferences, &Preferences::languageChanged, this, [this] {
        m_runner->setLanguage(m_preferences.language());
        refreshProgress();
    });
}

Home *Home::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Home::setInstance(Home *instance) {
    g_instance = instance;
}

QString Home::resumeLessonTitle() const {
    const Lesson *lesson = m_workspace ? m_workspace->catalog().find(m_resumeLessonId) : nullptr;
    return lesson ? lesson->title(m_preferences.language()) : QString();
}

int Home::resumeStepCount() const {
    const Lesson *lesson = m_workspace ? m_workspace->catalog().find(m_resumeLessonId) : nullptr;
    return lesson ? int(lesson->steps.size()) : 0;
}

void Home::whoIsHereChanged() {
    if (m_session.hasLearner()) {
        refreshProgress();
        return;
    }
    // A guest sees every lesson in the usual order, none started.
    if (m_session.guest() && m_workspace)
        m_lessons->refresh({}, m_preferences.language(),
                           learningPath(m_workspace->catalog().lessons(), {}));
    m_resumeLessonId.clear();
    m_pathLessons.clear();
    Q_EMIT progressChanged();
}

void Home::dropSkillsCheck() {
    if (!m_skillsCheck)
        return;
    m_skillsCheck->deleteLater();
    m_skillsCheck = nullptr;
    Q_EMIT skillsCheckChanged();
}

void Home::refreshProgress() {
    if (!m_workspace || !m_session.hasLearner())
        return;
    const qint64 learnerId = m_session.learnerId();
    const auto states = m_workspace->progress().lessonStates(learnerId);
    const SkillsCheckStore &checks = m_workspace->skillsChecks();
    const int lessonsDone = int(std::count_if(states.cbegin(), states.cend(),
                                              [](const LessonState &s) { return s.completed; }));
    // Only what Home needs, read afresh after every step: the count and the latest answers.
    m_skillsChecksDone = checks.completedCount(learnerId);
    m_skillsCheckDue = SkillsCheck::isDue(m_skillsChecksDone, lessonsDone);
    m_checkinDue = m_workspace->checkins().due(learnerId).value(0);
    // The path: what the learner said they cannot do yet comes first.
    const QList<int> path =
        learningPath(m_workspace->catalog().lessons(), checks.latestAnswers(learnerId));
    m_lessons->refresh(states, m_preferences.language(), path);
    m_resumeLessonId.clear();
    m_resumeStepNumber = 0;
    // The lesson last worked on if it is unfinished; otherwise the next on the path not finished.
    const Lesson *resume = nullptr;
    if (const auto recent = m_workspace->progress().resumeLesson(learnerId))
        resume = m_workspace->catalog().find(*recent);
    const QList<Lesson> &lessons = m_workspace->catalog().lessons();
    if (!resume) {
        const auto next = std::find_if(path.cbegin(), path.cend(), [&](int i) {
            return !states.value(lessons.at(i).id).completed;
        });
        resume = next != path.cend() ? &lessons.at(*next) : nullptr;
    }
    // A learner who has not started anything sees the lesson list first, not a "continue".
    if (resume && !states.isEmpty()) {
        m_resumeLessonId = resume->id;
        m_resumeStepNumber = resume->resumeIndex(states.value(resume->id).completedSteps) + 1;
    }
    m_pathLessons.clear();
    for (int i : path) {
        const Lesson &lesson = lessons.at(i);
        const LessonState state = states.value(lesson.id);
        if (m_skillsChecksDone == 0 || m_pathLessons.size() >= kPathLength)
            break;
        if (state.completed || lesson.id == m_resumeLessonId)
            continue;
        m_pathLessons.append(
            QVariantMap{{QStringLiteral("id"), lesson.id},
                        {QStringLiteral("title"), lesson.title(m_preferences.language())},
                        {QStringLiteral("summary"), lesson.summary(m_preferences.language())},
                        {QStringLiteral("stepCount"), int(lesson.steps.size())},
                        {QStringLiteral("stepsDone"), int(state.completedSteps.size())}});
    }
    Q_EMIT progressChanged();
}

bool Home::openLesson(const QString &lessonId) {
    const Lesson *lesson = m_workspace ? m_workspace->catalog().find(lessonId) : nullptr;
    if (!lesson || (!m_session.hasLearner() && !m_session.guest()))
        return false;
    if (m_session.guest()) {
        m_runner->start(*lesson, 0, m_preferences.language(), {}, false);
        return true;
    }
    const qint64 learnerId = m_session.learnerId();
    const LessonState state = m_workspace->progress().lessonStates(learnerId).value(lessonId);
    m_runner->start(*lesson, learnerId, m_preferences.language(), state.completedSteps,
                    state.completed);
    refreshProgress();
    return true;
}

bool Home::startSkillsCheck() {
    if (!m_session.hasLearner())
        return false;
    if (m_skillsCheck)
        m_skillsCheck->deleteLater();
    m_skillsCheck = new SkillsCheckSession(m_workspace ? &m_workspace->skillsChecks() : nullptr,
                                           m_session.learnerId(), this);
    connect(m_skillsCheck, &SkillsCheckSession::completed, this, &Home::refreshProgress);
    Q_EMIT skillsCheckChanged();
    return true;
}

} // namespace OpenSteps
