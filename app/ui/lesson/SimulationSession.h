// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lesson.h"
#include "SimulationScript.h"
#include "StepSession.h"

namespace OpenSteps {

// One run of a simulation step as QML sees it. The scene calls act() whenever the learner uses
// something in it and changes only when act() says the task was done.
class SimulationSession : public OpenSteps::StepSession {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Home.lesson.simulation")
    Q_PROPERTY(QString scene READ scene CONSTANT)
    Q_PROPERTY(int taskNumber READ taskNumber NOTIFY changed)
    Q_PROPERTY(int taskCount READ taskCount CONSTANT)
    Q_PROPERTY(QString instruction READ instruction NOTIFY changed)
    Q_PROPERTY(QString hint READ hint NOTIFY changed)
    Q_PROPERTY(bool showMeAvailable READ showMeAvailable NOTIFY changed)
    Q_PROPERTY(QString showMeTarget READ showMeTarget NOTIFY changed)
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY changed)
    Q_PROPERTY(QStringList doneTargets READ doneTargets NOTIFY changed)

public:
    SimulationSession(const Step &step, const StepText &text, QObject *parent = nullptr);

    QString scene() const { return m_scene; }
    int taskNumber() const { return qMin(m_script.taskIndex() + 1, m_script.taskCount()); }
    int taskCount() const { return m_script.taskCount(); }
    QString instruction() const;
    // Empty until 2 wrong tries on this task.
    QString hint() const;
    bool showMeAvailable() const { return m_script.showMeDue() && !m_script.finished(); }
    // The target to point at once the learner asked "Show me"; empty otherwise.
    QString showMeTarget() const { return m_showMe; }
    // "right", "wrong" or "" before the first try on this task.
    QString lastResult() const { return m_lastResult; }
    // Targets of the tasks done so far, in order: scenes use it to know what has happened.
    QStringList doneTargets() const { return m_doneTargets; }
    bool done() const override { return m_script.finished(); }
    std::optional<PointerPractice::Summary> summary() const override;

    // The learner used `target` (sending `value`, such as what they typed). True when that
    // did the task; the scene then shows what it did.
    Q_INVOKABLE bool act(const QString &target, const QString &value = QString());
    Q_INVOKABLE void showMe();

Q_SIGNALS:
    void accepted(const QString &target, const QString &value);

private:
    QString m_scene;
    QList<SimTask> m_tasks;
    QHash<QString, TaskText> m_texts;
    SimulationScript m_script;
    QString m_showMe;
    QString m_lastResult;
    QStringList m_doneTargets;
};

} // namespace OpenSteps
