// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonRunner.h"

#include "ProgressStore.h"

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
    if (m_progress)
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
    // Each visit to a practice step starts a fresh run.
    if (m_practice)
        m_practice->deleteLater(); // QML may still be reading it during this change
    m_practice = nullptr;
    if (const Step *step = currentStep(); step && step->type == QLatin1String("mouse-practice")) {
        PointerPractice::Rules rules;
        rules.targetsPerAction = step->targetsPerAction;
        rules.accuracyBar = step->accuracyBar;
        m_practice = new MousePracticeSession(step->actions, rules, this);
        connect(m_practice, &MousePracticeSession::changed, this, &LessonRunner::answerChanged);
    }
    if (m_typing)
        m_typing->deleteLater();
    m_typing = nullptr;
    if (stepType() == QLatin1String("keyboard-practice")) {
        m_typing = new KeyboardPracticeSession(currentText().prompts, this);
        connect(m_typing, &KeyboardPracticeSession::changed, this, &LessonRunner::answerChanged);
    }
    Q_EMIT stepChanged();
    Q_EMIT answerChanged();
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
                                {QStringLiteral("label"), text.answers.value(id).label}});
    return list;
}

bool LessonRunner::chosenCorrect() const {
    const Step *step = currentStep();
    return step && step->correct.contains(m_chosen);
}

QString LessonRunner::feedback() const {
    return m_chosen.isEmpty() ? QString() : currentText().answers.value(m_chosen).feedback;
}

bool LessonRunner::canContinue() const {
    if (stepType() == QLatin1String("choice"))
        return chosenCorrect();
    if (m_practice)
        return m_practice->mastered();
    if (m_typing)
        return m_typing->finished();
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
    if (m_practice)
        outcome.practice = m_practice->summary();
    if (m_typing)
        outcome.practice = m_typing->summary();
    outcome.rating = m_rating;
    if (!m_progress ||
        !m_progress->completeStep(m_learnerId, m_lesson.id, step->id, last, outcome)) {
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
