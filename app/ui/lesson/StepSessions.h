// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lesson.h"

#include <QList>
#include <QString>

class QObject;

namespace OpenSteps {

class StepSession;

// The app's side of each step type (core's StepTypes has the lesson format's side, by the
// same id): the QML activity that shows it, and the live session behind an interactive one.
struct StepSessionType {
    using Make = StepSession *(*)(const Step &step, const StepText &text, QObject *parent);

    QString id;
    QString activity;    // qml/activities/<activity>.qml
    Make make = nullptr; // null: the runner alone is enough (explain, choice, reflect)
};

namespace StepSessions {

const QList<StepSessionType> &all();
const StepSessionType *find(const QString &id);

} // namespace StepSessions
} // namespace OpenSteps
