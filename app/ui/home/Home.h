// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LessonListModel.h"
#include "LessonRunner.h"
#include "SkillsCheckSession.h"

#include <QObject>
#include <QQmlEngine>

namespace OpenSteps {

class Preferences;
class Session;
class Workspace;

// What is next for whoever is here: the lessons with their progress, "Continue where you left
// off", "My path", the skills check and the check-in when due, and the lesson in progress.
// Re-read after every step and whenever somebody else sits down.
class Home : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(OpenSteps::LessonListModel *lessons READ lessons CONSTANT)
    Q_PROPERTY(OpenSteps::LessonRunner *lesson READ lesson CONSTANT)
    Q_PROPERTY(QString resumeLessonId READ resumeLessonId NOTIFY progressChanged)
    Q_PROPERTY(QString resumeLessonTitle READ resumeLessonTitle NOTIFY progressChanged)
    Q_PROPERTY(int resumeStepNumber READ resumeStepNumber NOTIFY progressChanged)
    Q_PROPERTY(int resumeStepCount READ resumeStepCount NOTIFY progressChanged)
    Q_PROPERTY(
        OpenSteps::SkillsCheckSession *skillsCheck READ skillsCheck NOTIFY skillsCheckChanged)
    Q_PROPERTY(bool skillsCheckDue READ skillsCheckDue NOTIFY progressChanged)
    Q_PROPERTY(int skillsChecksDone READ skillsChecksDone NOTIFY progressChanged)
    // "My path": the next few unfinished lessons the skills check put first (besides the one
    // to continue), {id, title, summary, stepCount, stepsDone}. Empty before a skills check.
    Q_PROPERTY(QVariantList pathLessons READ pathLessons NOTIFY progressChanged)
    // The "What has changed for you?" check-in: the first milestone due for the signed-in
    // learner ("foundation" or "four-weeks"; "" when none, and always for a guest).
    Q_PROPERTY(QString checkinDue READ checkinDue NOTIFY progressChanged)

public:
    // `workspace` is null when the database could not be opened.
    Home(Workspace *workspace, Session &session, Preferences &preferences,
         QObject *parent = nullptr);

    static Home *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(Home *instance);

    LessonListModel *lessons() const { return m_lessons; }
    LessonRunner *lesson() const { return m_runner; }
    QString resumeLessonId() const { return m_resumeLessonId; }
    QString resumeLessonTitle() const;
    int resumeStepNumber() const { return m_resumeStepNumber; }
    int resumeStepCount() const;
    SkillsCheckSession *skillsCheck() const { return m_skillsCheck; }
    bool skillsCheckDue() const { return m_skillsCheckDue; }
    int skillsChecksDone() const { return m_skillsChecksDone; }
    QVariantList pathLessons() const { return m_pathLessons; }
    static constexpr int kPathLength = 3;
    QString checkinDue() const { return m_checkinDue; }

    Q_INVOKABLE bool openLesson(const QString &lessonId);
    // Starts (or carries on with) a skills check; Home.skillsCheck then holds it.
    Q_INVOKABLE bool startSkillsCheck();

    // Re-reads the learner's progress (after each step, or a restored progress code).
    void refreshProgress();

Q_SIGNALS:
    void progressChanged();
    void skillsCheckChanged();

private:
    void whoIsHereChanged();
    void dropSkillsCheck();

    Workspace *m_workspace;
    Session &m_session;
    Preferences &m_preferences;
    LessonListModel *m_lessons;
    LessonRunner *m_runner;
    QString m_resumeLessonId;
    int m_resumeStepNumber = 0;
    SkillsCheckSession *m_skillsCheck = nullptr;
    bool m_skillsCheckDue = false;
    int m_skillsChecksDone = 0;
    QVariantList m_pathLessons;
    QString m_checkinDue;
};

} // namespace OpenSteps
