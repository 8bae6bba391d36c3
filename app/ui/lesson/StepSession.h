// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PointerPractice.h"

#include <QObject>
#include <QQmlEngine>
#include <optional>

namespace OpenSteps {

// What every interactive step's live state offers the lesson runner: whether the learner may go
// on, and a summary to save with the step. One session per visit to a step.
class StepSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the lesson runner")
    Q_PROPERTY(bool done READ done NOTIFY changed)

public:
    using QObject::QObject;

    virtual bool done() const = 0;
    // Practice results to save with the step, when the step is a practice.
    virtual std::optional<PointerPractice::Summary> summary() const { return std::nullopt; }

Q_SIGNALS:
    void changed();
};

} // namespace OpenSteps
