// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulationSession.h"

namespace OpenSteps {

SimulationSession::SimulationSession(const Step &step, const StepText &text, QObject *parent)
    : StepSession(parent)
    , m_scene(step.scene)
    , m_tasks(step.tasks)
    , m_texts(text.tasks)
    , m_script(step.tasks) {}

QString SimulationSession::instruction() const {
    const SimTask *task = m_script.currentTask();
    return task ? m_texts.value(task->id).instruction : QString();
}

QString SimulationSession::hint() const {
    const SimTask *task = m_script.currentTask();
    return task && m_script.hintDue() ? m_texts.value(task->id).hint : QString();
}

std::optional<PointerPractice::Summary> SimulationSession::summary() const {
    return PointerPractice::makeSummary(m_script.taskCount(), m_script.totalWrongTries(), {});
}

bool SimulationSession::act(const QString &target, const QString &value) {
    if (m_script.finished())
        return false;
    const bool right = m_script.act(target, value);
    m_lastResult = right ? QStringLiteral("right") : QStringLiteral("wrong");
    if (right) {
        m_showMe.clear();
        m_doneTargets << target;
        Q_EMIT accepted(target, value);
    }
    Q_EMIT changed();
    return right;
}

void SimulationSession::showMe() {
    const SimTask *task = m_script.currentTask();
    if (!task || !m_script.showMeDue())
        return;
    m_showMe = task->target;
    Q_EMIT changed();
}

} // namespace OpenSteps
