// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace OpenSteps {

// One thing to do inside a simulation: use `target`, sending `value` when one is given.
struct SimTask {
    QString id;
    QString target;
    QString value;      // empty: no value needed; "*": anything not blank
    bool exact = false; // capitals count (a password); otherwise they do not
};

// The checking behind a simulation: tasks in order, each done by using its target (with the
// right value, if it needs one). Wrong tries cost nothing but bring help: a hint after 2, and
// after 3 the scene may show the learner where to go. GUI-free, so the rules are unit-tested.
class SimulationScript {
public:
    static constexpr int kHintAfter = 2;
    static constexpr int kShowMeAfter = 3;

    explicit SimulationScript(QList<SimTask> tasks);

    int taskIndex() const { return m_index; }
    int taskCount() const { return int(m_tasks.size()); }
    bool finished() const { return m_index >= m_tasks.size(); }
    const SimTask *currentTask() const { return finished() ? nullptr : &m_tasks.at(m_index); }
    int wrongTries() const { return m_wrongTries; }
    bool hintDue() const { return m_wrongTries >= kHintAfter; }
    bool showMeDue() const { return m_wrongTries >= kShowMeAfter; }
    int totalWrongTries() const { return m_totalWrong; }

    // The learner used `target` in the scene, sending `value`. True when that did the task.
    bool act(const QString &target, const QString &value);

    // Compares what was typed or chosen with what a task wants: spaces at the ends or doubled
    // do not matter, nor do capitals unless `exact`; "*" accepts anything not blank.
    static bool valueMatches(const QString &wanted, const QString &given, bool exact = false);

private:
    QList<SimTask> m_tasks;
    int m_index = 0;
    int m_wrongTries = 0; // on the current task
    int m_totalWrong = 0;
};

} // namespace OpenSteps
