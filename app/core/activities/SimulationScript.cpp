// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulationScript.h"

namespace OpenSteps {

SimulationScript::SimulationScript(QList<SimTask> tasks)
    : m_tasks(std::move(tasks)) {}

bool SimulationScript::valueMatches(const QString &wanted, const QString &given, bool exact) {
    if (wanted.isEmpty())
        return true;
    const QString cleaned = given.simplified();
    if (wanted == QLatin1String("*"))
        return !cleaned.isEmpty();
    return cleaned.compare(wanted.simplified(), exact ? Qt::CaseSensitive : Qt::CaseInsensitive) ==
           0;
}

bool SimulationScript::act(const QString &target, const QString &value) {
    const SimTask *task = currentTask();
    if (!task)
        return false;
    if (task->target == target && valueMatches(task->value, value, task->exact)) {
        ++m_index;
        m_wrongTries = 0;
        return true;
    }
    ++m_wrongTries;
    ++m_totalWrong;
    return false;
}

} // namespace OpenSteps
