// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonRunner.h"

#include "ProgressStore.h"
#include "StepSessions.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRunner, "opensteps.lesson")

namespace OpenSteps {

LessonRunner::LessonRunner(ProgressStore *progress, QObject *parent)
    : QObject(parent)
    , m_progress(progress) {}

void LessonRunner::start(const Lesson &lesson, qint64 learnerId, const QString &language,
                         const QSet<QString> &completedSteps, bool lessonCompleted) {
    m_lesson = lesson;
    m_learnerId = learnerId;
    m_language = language;
    m_finished = false;
    const int first = lessonCompleted ? 0 : m_lesson.resumeIndex(completedSteps);
    if (m_progress && saving())
        m_progress->markOpened(learnerId, lesson.id);
    Q_EMIT lessonChanged();
    Q_EMIT finishedChanged();
    goToStep(first);
}

void LessonRunner::setLanguage(const QString &language) {
    m_language = language;
    Q_EMIT lessonChanged();
    Q_EMIT stepChanged();
    Q_EMIT answerChanged();
}

void LessonRunner::goToStep(int index) {
    m_index = qBound(0, index, qMax(0, stepCount() - 1));
    m_chosen.clear();
    m_rating.clear();
    m_picked.clear();
    m_checked = false;
    // Each visit to an interactive step starts a fresh run.
    if (m_session)
        m_session->deleteLater(); // QML may still be reading it during this change
    m_session = nullptr;
    if (const Step *step = currentStep()) {
        m_session = makeSession(*step, currentText());
        if (m_session)
            connect(m_session, &StepSession::changed, this, &LessonRunner::answerChanged);
    }
    Q_EMIT stepChanged();
    Q_EMIT answerChanged();
}

bool LessonRunner::goToStepId(const QString &stepId) {
    const int index = m_lesson.stepIndex(stepId);
    if (index < 0)
        return false;
    goToStep(index);
    return true;
}

StepSession *LessonRunner::makeSession(const Step &step, const StepText &text) {
    const StepSessionType *type = StepSessions::find(step.type);
    return type && type->make ? type->make(step, text, this) : nullptr;
}

QString LessonRunner::activity() const {
    const StepSessionType *type = StepSessions::find(stepType());
    return type ? type->activity : QString();
}

const Step *LessonRunner::currentStep() const {
    return m_index < m_lesson.steps.size() ? &m_lesson.steps.at(m_index) : nullptr;
}

StepText LessonRunner::currentText() const {
    const Step *step = currentStep();
    return step ? m_lesson.stepText(m_language, step->id) : StepText{};
}

QString LessonRunner::stepType() const {
    const Step *step = currentStep();
    return step ? step->type : QString();
}

QVariantList LessonRunner::answers() const {
    QVariantList list;
    const Step *step = currentStep();
    if (!step)
        return list;
    const StepText text = currentText();
    for (const QString &id : step->answers)
        list.append(QVariantMap{{QStringLiteral("answerId"), id},
                                {QStringLiteral("label"), text.answers.value(id).label},
                                {QStringLiteral("feedback"), text.answers.value(id).feedback},
                                {QStringLiteral("correct"), step->correct.contains(id)}});
    return list;
}

QString LessonRunner::imageUrl() const {
    const Step *step = currentStep();
    return step ? m_lesson.imageUrl(*step) : QString();
}

bool LessonRunner::multipleAnswers() const {
    const Step *step = currentStep();
    return step && step->correct.size() > 1;
}

bool LessonRunner::chosenCorrect() const {
    const Step *step = currentStep();
    if (!step)
        return false;
    if (multipleAnswers()) {
        QStringList picked = m_picked;
        QStringList correct = step->correct;
        picked.sort();
        correct.sort();
        return m_checked && picked == correct;
    }
    return step->correct.contains(m_chosen);
}

QString LessonRunner::feedback() const {
    return m_chosen.isEmpty() ? QString() : currentText().answers.value(m_chosen).feedback;
}

void LessonRunner::toggleAnswer(const QString &answerId) {
    const Step *step = currentStep();
    if (!step || !step->answers.contains(answerId))
        return;
    if (!m_picked.removeOne(answerId))
        m_picked.append(answerId);
    m_checked = false; // a changed pick is checked again
    Q_EMIT answerChanged();
}

void LessonRunner::checkAnswers() {
    if (!multipleAnswers() || m_picked.isEmpty())
        return;
    m_checked = true;
    Q_EMIT answerChanged();
}

bool LessonRunner::canContinue() const {
    if (stepType() == QLatin1String("choice"))
        return chosenCorrect();
    if (m_session)
        return m_session->done();
    if (stepType() == QLatin1String("reflect"))
        return !m_rating.isEmpty();
    return true;
}

void LessonRunner::rate(const QString &rating) {
    static const QStringList ratings = {QStringLiteral("yes"), QStringLiteral("a-bit"),
                                        QStringLiteral("not-yet")};
    if (stepType() != QLatin1String("reflect") || !ratings.contains(rating))
        return;
    m_rating = rating;
    Q_EMIT answerChanged();
}

void LessonRunner::choose(const QString &answerId) {
    const Step *step = currentStep();
    if (!step || !step->answers.contains(answerId))
        return;
    m_chosen = answerId;
    Q_EMIT answerChanged();
}

bool LessonRunner::next() {
    const Step *step = currentStep();
    if (!step || m_finished || !canContinue())
        return false;
    const bool last = m_index == stepCount() - 1;
    StepOutcome outcome;
    if (m_session)
        outcome.practice = m_session->summary();
    outcome.rating = m_rating;
    // A guest ("Just looking") goes through the same steps; nothing is written.
    if (saving() && (!m_progress || !m_progress->completeStep(m_learnerId, m_lesson.id, step->id,
                                                              last, outcome))) {
        qCCritical(lcRunner) << "could not save step" << step->id << "of lesson" << m_lesson.id;
        Q_EMIT saveFailed();
        return false;
    }
    Q_EMIT progressSaved();
    if (last) {
        m_finished = true;
        Q_EMIT finishedChanged();
    } else {
        goToStep(m_index + 1);
    }
    return true;
}

void LessonRunner::back() {
    if (m_index > 0)
        goToStep(m_index - 1);
}

} // namespace OpenSteps
