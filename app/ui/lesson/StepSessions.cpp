// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepSessions.h"

#include "KeyboardPracticeSession.h"
#include "MousePracticeSession.h"
#include "PasswordBuilderSession.h"
#include "ScamSortSession.h"
#include "SimulationSession.h"

namespace OpenSteps {

namespace {

StepSession *makeMousePractice(const Step &step, const StepText &, QObject *parent) {
    PointerPractice::Rules rules;
    rules.targetsPerAction = step.targetsPerAction;
    rules.accuracyBar = step.accuracyBar;
    return new MousePracticeSession(step.actions, rules, parent);
}

StepSession *makeKeyboardPractice(const Step &, const StepText &text, QObject *parent) {
    return new KeyboardPracticeSession(text.prompts, parent);
}

StepSession *makeSimulation(const Step &step, const StepText &text, QObject *parent) {
    return new SimulationSession(step, text, parent);
}

StepSession *makeScamSort(const Step &step, const StepText &text, QObject *parent) {
    return new ScamSortSession(step, text, parent);
}

StepSession *makePasswordBuilder(const Step &, const StepText &, QObject *parent) {
    return new PasswordBuilderSession(parent);
}

} // namespace

const QList<StepSessionType> &StepSessions::all() {
    static const QList<StepSessionType> types = {
        {QStringLiteral("explain"), QStringLiteral("ExplainActivity"), nullptr},
        {QStringLiteral("choice"), QStringLiteral("ChoiceActivity"), nullptr},
        {QStringLiteral("mouse-practice"), QStringLiteral("MousePracticeActivity"),
         makeMousePractice},
        {QStringLiteral("keyboard-practice"), QStringLiteral("KeyboardPracticeActivity"),
         makeKeyboardPractice},
        {QStringLiteral("simulation"), QStringLiteral("SimulationActivity"), makeSimulation},
        {QStringLiteral("scam-sort"), QStringLiteral("ScamSortActivity"), makeScamSort},
        {QStringLiteral("password-builder"), QStringLiteral("PasswordBuilderActivity"),
         makePasswordBuilder},
        {QStringLiteral("reflect"), QStringLiteral("ReflectActivity"), nullptr},
    };
    return types;
}

const StepSessionType *StepSessions::find(const QString &id) {
    for (const StepSessionType &type : all()) {
        if (type.id == id)
            return &type;
    }
    return nullptr;
}

} // namespace OpenSteps
