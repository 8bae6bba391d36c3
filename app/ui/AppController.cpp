// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "SimulationScenes.h"

#include "Preferences.h"
#include "Workspace.h"

#include <QPointer>

#include <algorithm>

namespace OpenSteps {

namespace {
QPointer<AppController> g_instance;
const QString kLastLearnerKey = QStringLiteral("last_learner_id");

// Stands in when there is no usable database, so QML bindings still have objects to read.
const LessonCatalog &emptyCatalog() {
    static const LessonCatalog catalog;
    return catalog;
}
} // namespace

QStringList AppController::sceneTargets(const QString &scene) {
    return SimulationScenes::targets(scene);
}

const QStringList &AppController::pageNames() {
    static const QStringList names = {
        QStringLiteral("language"),      QStringLiteral("profile"),
        QStringLiteral("home"),          QStringLiteral("lesson"),
        QStringLiteral("lesson-choice"), QStringLiteral("lesson-practice"),
        QStringLiteral("lesson-typing"), QStringLiteral("lesson-reflect"),
        QStringLiteral("done"),          QStringLiteral("settings"),
        QStringLiteral("skills-check"),  QStringLiteral("notice"),
        QStringLiteral("error"),
    };
    return names;
}

AppController::AppController(Workspace *workspace, Preferences &preferences, QString startPage,
                             QString problemDetails, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_preferences(preferences)
    , m_startPage(std::move(startPage))
    , m_problemDetails(std::move(problemDetails))
    , m_lessons(new LessonListModel(workspace ? workspace->catalog() : emptyCatalog(), this))
    , m_runner(new LessonRunner(workspace ? &workspace->progress() : nullptr, this)) {
    if (m_workspace) {
        const QString last = m_workspace->settings().value(kLastLearnerKey);
        std::optional<Learner> learner = m_workspace->learners().find(last.toLongLong());
        if (!learner)
            learner = m_workspace->learners().mostRecent();
        if (learner)
            signIn(learner->id);
        connect(m_runner, &LessonRunner::progressSaved, this, &AppController::refreshProgress);
    }
    if (m_startPage.isEmpty())
        m_startPage = !m_workspace   ? QStringLiteral("error")
                      : hasLearner() ? QStringLiteral("home")
                                     : QStringLiteral("language");
    connect(&m_preferences, &Preferences::languageChanged, this, [this] {
        if (m_workspace && hasLearner())
            m_workspace->learners().setLanguage(m_learnerId, m_preferences.language());
        if (m_runner)
            m_runner->setLanguage(m_preferences.language());
        refreshProgress();
    });
}

AppController *AppController::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void AppController::setInstance(AppController *instance) {
    g_instance = instance;
}

QString AppController::resumeLessonTitle() const {
    const Lesson *lesson = m_workspace ? m_workspace->catalog().find(m_resumeLessonId) : nullptr;
    return lesson ? lesson->title(m_preferences.language()) : QString();
}

int AppController::resumeStepCount() const {
    const Lesson *lesson = m_workspace ? m_workspace->catalog().find(m_resumeLessonId) : nullptr;
    return lesson ? int(lesson->steps.size()) : 0;
}

bool AppController::createLearner(const QString &name, const QString &avatar) {
    if (!m_workspace)
        return false;
    const auto learner = m_workspace->learners().create(name, avatar, m_preferences.language());
    if (!learner)
        return false;
    signIn(learner->id);
    return true;
}

void AppController::signIn(qint64 learnerId) {
    const auto learner = m_workspace->learners().find(learnerId);
    if (!learner)
        return;
    m_learnerId = learner->id;
    m_learnerName = learner->name;
    m_learnerAvatar = learner->avatar;
    m_workspace->learners().markSeen(learner->id);
    m_workspace->settings().setValue(kLastLearnerKey, QString::number(learner->id));
    if (!learner->language.isEmpty())
        m_preferences.setLanguage(learner->language);
    Q_EMIT learnerChanged();
    refreshProgress();
}

void AppController::refreshProgress() {
    if (!m_workspace || !hasLearner())
        return;
    const auto states = m_workspace->progress().lessonStates(m_learnerId);
    const SkillsCheckStore &checks = m_workspace->skillsChecks();
    const int lessonsDone = int(std::count_if(states.cbegin(), states.cend(),
                                              [](const LessonState &s) { return s.completed; }));
    // Only what Home needs, read afresh after every step: the count and the latest answers.
    m_skillsChecksDone = checks.completedCount(m_learnerId);
    m_skillsCheckDue = SkillsCheck::isDue(m_skillsChecksDone, lessonsDone);
    // The path: what the learner said they cannot do yet comes first.
    const QList<int> path =
        learningPath(m_workspace->catalog().lessons(), checks.latestAnswers(m_learnerId));
    m_lessons->refresh(states, m_preferences.language(), path);
    m_resumeLessonId.clear();
    m_resumeStepNumber = 0;
    // The lesson last worked on if it is unfinished; otherwise the next on the path not finished.
    const Lesson *resume = nullptr;
    if (const auto recent = m_workspace->progress().resumeLesson(m_learnerId))
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
    Q_EMIT progressChanged();
}

bool AppController::openLesson(const QString &lessonId) {
    const Lesson *lesson = m_workspace ? m_workspace->catalog().find(lessonId) : nullptr;
    if (!lesson || !hasLearner())
        return false;
    const LessonState state = m_workspace->progress().lessonStates(m_learnerId).value(lessonId);
    m_runner->start(*lesson, m_learnerId, m_preferences.language(), state.completedSteps,
                    state.completed);
    refreshProgress();
    return true;
}

bool AppController::startSkillsCheck() {
    if (!hasLearner())
        return false;
    if (m_skillsCheck)
        m_skillsCheck->deleteLater();
    m_skillsCheck = new SkillsCheckSession(m_workspace ? &m_workspace->skillsChecks() : nullptr,
                                           m_learnerId, this);
    connect(m_skillsCheck, &SkillsCheckSession::completed, this, &AppController::refreshProgress);
    Q_EMIT skillsCheckChanged();
    return true;
}

void AppController::pageShown(const QString &name) {
    Q_EMIT pageActivated(name);
}

} // namespace OpenSteps
