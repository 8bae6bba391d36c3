// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LearnerStore.h"
#include "LessonListModel.h"
#include "LessonRunner.h"
#include "SkillsCheckSession.h"

#include <QObject>
#include <QQmlEngine>
#include <optional>

namespace OpenSteps {

class Preferences;
class Workspace;

// The learner's journey as QML sees it: who is here, which page comes first, the lessons with
// their progress, and the lesson in progress. One instance per run, owned by GuiApp.
class AppController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    Q_PROPERTY(QString problemDetails READ problemDetails CONSTANT)
    Q_PROPERTY(bool hasLearner READ hasLearner NOTIFY learnerChanged)
    Q_PROPERTY(QString learnerName READ learnerName NOTIFY learnerChanged)
    Q_PROPERTY(QString learnerAvatar READ learnerAvatar NOTIFY learnerChanged)
    Q_PROPERTY(OpenSteps::LessonListModel *lessons READ lessons CONSTANT)
    Q_PROPERTY(OpenSteps::LessonRunner *lesson READ lesson CONSTANT)
    Q_PROPERTY(QString resumeLessonId READ resumeLessonId NOTIFY progressChanged)
    Q_PROPERTY(QString resumeLessonTitle READ resumeLessonTitle NOTIFY progressChanged)
    Q_PROPERTY(int resumeStepNumber READ resumeStepNumber NOTIFY progressChanged)
    Q_PROPERTY(int resumeStepCount READ resumeStepCount NOTIFY progressChanged)
    Q_PROPERTY(int maxNameLength READ maxNameLength CONSTANT)
    Q_PROPERTY(
        OpenSteps::SkillsCheckSession *skillsCheck READ skillsCheck NOTIFY skillsCheckChanged)
    Q_PROPERTY(bool skillsCheckDue READ skillsCheckDue NOTIFY progressChanged)
    Q_PROPERTY(int skillsChecksDone READ skillsChecksDone NOTIFY progressChanged)

public:
    // Pages QML can start on; "home" needs a learner.
    static const QStringList &pageNames();

    // `workspace` is null when the database could not be opened: the app then only explains.
    AppController(Workspace *workspace, Preferences &preferences, QString startPage,
                  QString problemDetails, QObject *parent = nullptr);

    static AppController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(AppController *instance);

    QString startPage() const { return m_startPage; }
    QString problemDetails() const { return m_problemDetails; }
    bool hasLearner() const { return m_learnerId != 0; }
    QString learnerName() const { return m_learnerName; }
    QString learnerAvatar() const { return m_learnerAvatar; }
    LessonListModel *lessons() const { return m_lessons; }
    LessonRunner *lesson() const { return m_runner; }
    QString resumeLessonId() const { return m_resumeLessonId; }
    QString resumeLessonTitle() const;
    int resumeStepNumber() const { return m_resumeStepNumber; }
    int resumeStepCount() const;
    static int maxNameLength() { return LearnerStore::kMaxNameLength; }
    SkillsCheckSession *skillsCheck() const { return m_skillsCheck; }
    bool skillsCheckDue() const { return m_skillsCheckDue; }
    int skillsChecksDone() const { return m_skillsChecksDone; }

    // Creates a profile from a first name or nickname and a picture, and signs it in.
    Q_INVOKABLE bool createLearner(const QString &name, const QString &avatar);
    Q_INVOKABLE bool openLesson(const QString &lessonId);
    // Starts (or carries on with) a skills check; App.skillsCheck then holds it.
    Q_INVOKABLE bool startSkillsCheck();
    // QML reports each page it shows, for the start-up probe and screenshots.
    Q_INVOKABLE void pageShown(const QString &name);
    // What lessons may ask for in a simulation scene (SimulationScenes); scenes are tested on it.
    Q_INVOKABLE static QStringList sceneTargets(const QString &scene);

    qint64 learnerId() const { return m_learnerId; }

Q_SIGNALS:
    void skillsCheckChanged();
    void learnerChanged();
    void progressChanged();
    void pageActivated(const QString &name);

private:
    void signIn(qint64 learnerId);
    void refreshProgress();

    Workspace *m_workspace;
    Preferences &m_preferences;
    QString m_startPage;
    QString m_problemDetails;
    LessonListModel *m_lessons;
    LessonRunner *m_runner;
    qint64 m_learnerId = 0;
    QString m_learnerName;
    QString m_learnerAvatar;
    QString m_resumeLessonId;
    int m_resumeStepNumber = 0;
    SkillsCheckSession *m_skillsCheck = nullptr;
    bool m_skillsCheckDue = false;
    int m_skillsChecksDone = 0;
};

} // namespace OpenSteps
