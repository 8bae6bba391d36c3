// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyboardPracticeSession.h"
#include "Lesson.h"
#include "MousePracticeSession.h"
#include "PasswordBuilderSession.h"
#include "ScamSortSession.h"
#include "SimulationSession.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace OpenSteps {

class ProgressStore;

// One learner going through one lesson, a step at a time. Each step is saved the moment it
// is done. A choice step is done when a right answer is chosen (all the right answers, and
// only those, for "choose all that apply"); wrong tries cost nothing. Interactive steps keep
// their live state in a StepSession, made fresh on each visit.
class LessonRunner : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Home.lesson")
    Q_PROPERTY(QString lessonId READ lessonId NOTIFY lessonChanged)
    Q_PROPERTY(QString title READ title NOTIFY lessonChanged)
    Q_PROPERTY(QString topic READ topic NOTIFY lessonChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY lessonChanged)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY stepChanged)
    Q_PROPERTY(QString stepType READ stepType NOTIFY stepChanged)
    // The QML activity that shows the step: qml/activities/<activity>.qml (StepSessions).
    Q_PROPERTY(QString activity READ activity NOTIFY stepChanged)
    Q_PROPERTY(QString heading READ heading NOTIFY stepChanged)
    Q_PROPERTY(QString body READ body NOTIFY stepChanged)
    Q_PROPERTY(QString imageUrl READ imageUrl NOTIFY stepChanged)
    Q_PROPERTY(QString imageAlt READ imageAlt NOTIFY stepChanged)
    Q_PROPERTY(QVariantList answers READ answers NOTIFY stepChanged)
    Q_PROPERTY(bool multipleAnswers READ multipleAnswers NOTIFY stepChanged)
    Q_PROPERTY(QStringList pickedAnswers READ pickedAnswers NOTIFY answerChanged)
    Q_PROPERTY(bool answersChecked READ answersChecked NOTIFY answerChanged)
    Q_PROPERTY(QString chosenAnswer READ chosenAnswer NOTIFY answerChanged)
    Q_PROPERTY(bool chosenCorrect READ chosenCorrect NOTIFY answerChanged)
    Q_PROPERTY(QString feedback READ feedback NOTIFY answerChanged)
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY answerChanged)
    Q_PROPERTY(OpenSteps::MousePracticeSession *practice READ practice NOTIFY stepChanged)
    Q_PROPERTY(OpenSteps::KeyboardPracticeSession *typing READ typing NOTIFY stepChanged)
    Q_PROPERTY(OpenSteps::SimulationSession *simulation READ simulation NOTIFY stepChanged)
    Q_PROPERTY(OpenSteps::ScamSortSession *scamSort READ scamSort NOTIFY stepChanged)
    Q_PROPERTY(
        OpenSteps::PasswordBuilderSession *passwordBuilder READ passwordBuilder NOTIFY stepChanged)
    Q_PROPERTY(QString rating READ rating NOTIFY answerChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY finishedChanged)

public:
    // `progress` is null when there is no usable database: nothing can be saved then.
    explicit LessonRunner(ProgressStore *progress, QObject *parent = nullptr);

    // Opens `lesson` at the first step the learner has not done (step 1 for a finished lesson).
    void start(const Lesson &lesson, qint64 learnerId, const QString &language,
               const QSet<QString> &completedSteps, bool lessonCompleted);
    void setLanguage(const QString &language);
    Q_INVOKABLE void goToStep(int index);
    // Shows the step with this id (for screenshots and tests); false if there is none.
    Q_INVOKABLE bool goToStepId(const QString &stepId);

    QString lessonId() const { return m_lesson.id; }
    QString title() const { return m_lesson.title(m_language); }
    QString topic() const { return m_lesson.topic; }
    int stepCount() const { return int(m_lesson.steps.size()); }
    int stepIndex() const { return m_index; }
    QString stepType() const;
    QString activity() const;
    QString heading() const { return currentText().heading; }
    QString body() const { return currentText().body; }
    QString imageUrl() const;
    QString imageAlt() const { return currentText().alt; }
    QVariantList answers() const;
    bool multipleAnswers() const;
    QStringList pickedAnswers() const { return m_picked; }
    bool answersChecked() const { return m_checked; }
    QString chosenAnswer() const { return m_chosen; }
    bool chosenCorrect() const;
    QString feedback() const;
    bool canContinue() const;
    bool finished() const { return m_finished; }
    QString rating() const { return m_rating; }
    MousePracticeSession *practice() const {
        return qobject_cast<MousePracticeSession *>(m_session);
    }
    KeyboardPracticeSession *typing() const {
        return qobject_cast<KeyboardPracticeSession *>(m_session);
    }
    SimulationSession *simulation() const { return qobject_cast<SimulationSession *>(m_session); }
    ScamSortSession *scamSort() const { return qobject_cast<ScamSortSession *>(m_session); }
    PasswordBuilderSession *passwordBuilder() const {
        return qobject_cast<PasswordBuilderSession *>(m_session);
    }

    Q_INVOKABLE void choose(const QString &answerId);
    // "Choose all that apply": turns an answer on or off; the feedback waits for checkAnswers().
    Q_INVOKABLE void toggleAnswer(const QString &answerId);
    Q_INVOKABLE void checkAnswers();
    // A reflect step's "I can..." answer: "yes", "a-bit" or "not-yet". Any answer is fine.
    Q_INVOKABLE void rate(const QString &rating);
    // Saves the current step as done and moves on; after the last step the lesson is finished.
    Q_INVOKABLE bool next();
    Q_INVOKABLE void back();

Q_SIGNALS:
    void lessonChanged();
    void stepChanged();
    void answerChanged();
    void finishedChanged();
    void progressSaved();
    void saveFailed();

private:
    // Learner 0 is a guest: the lesson runs the same, and nothing is saved.
    bool saving() const { return m_learnerId != 0; }
    const Step *currentStep() const;
    StepText currentText() const;
    StepSession *makeSession(const Step &step, const StepText &text);

    ProgressStore *m_progress;
    Lesson m_lesson;
    qint64 m_learnerId = 0;
    QString m_language;
    int m_index = 0;
    StepSession *m_session = nullptr; // for interactive steps only
    QString m_chosen;
    QStringList m_picked; // "choose all that apply"
    bool m_checked = false;
    QString m_rating;
    bool m_finished = false;
};

} // namespace OpenSteps
