// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressCode.h"
#include "ProgressStore.h"

namespace OpenSteps {

class Workspace;

// "Take your progress to another computer": what a progress code carries for one learner, and
// putting it into a profile on this PC. Nothing personal travels: finished lessons and the
// latest skills-check answers only.
namespace ProgressTransfer {

// The code's alphabet of lessons and statements: this PC's curriculum.
ProgressCode codec(const Workspace &workspace);
PortableProgress collect(Workspace &workspace, qint64 learnerId);
// The same from what a caller has already read: lesson states and the latest answers.
PortableProgress collect(const QHash<QString, LessonState> &states,
                         const QHash<QString, QString> &latestAnswers);
// All or nothing, in one transaction: each carried lesson finished (every step done), and the
// answers saved as a finished skills check dated now. Lessons already finished stay as they are.
bool restore(Workspace &workspace, qint64 learnerId, const PortableProgress &progress);

} // namespace ProgressTransfer
} // namespace OpenSteps
