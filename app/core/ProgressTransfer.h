// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressCode.h"
#include "ProgressStore.h"

#include <optional>

namespace OpenSteps {

class Workspace;

// "Take your progress to another computer": what a progress code carries for one learner, and
// putting it into a profile on this PC. Nothing personal travels: finished lessons, the latest
// skills-check answers with the number of checks, and, for a learner who shares outcomes, the
// random pseudonym the programme knows them by.
namespace ProgressTransfer {

// The code's alphabet of lessons and statements: this PC's curriculum.
ProgressCode codec(const Workspace &workspace);
PortableProgress collect(Workspace &workspace, qint64 learnerId);
// The same from what a caller has already read: lesson states, the latest answers, and the
// learner's pseudonym and finished checks when they share (nullopt: they do not).
struct Sharing {
    QString pseudonym;
    int skillsChecks = 0;
};
PortableProgress collect(const QHash<QString, LessonState> &states,
                         const QHash<QString, QString> &latestAnswers,
                         const std::optional<Sharing> &sharing = std::nullopt);
// What collect() carries of a learner's sharing: nullopt unless they said yes and their
// pseudonym fits in a code.
std::optional<Sharing> sharingOf(Workspace &workspace, qint64 learnerId);

enum class Restored {
    Done,
    // Done, and the learner's pseudonym came with the code: this PC must ask them again
    // whether to share (until they answer, nothing about them is sent).
    DoneAskSharing,
    // The code's pseudonym belongs to another profile on this PC: nothing was changed.
    InAnotherProfile,
    Failed, // nothing was changed
};
// All or nothing, in one transaction: each carried lesson finished (every step done), and the
// answers saved as a finished skills check dated now, standing for the checks done there.
// Lessons already finished stay as they are. A carried pseudonym becomes this learner's, and
// their sharing answer is cleared so it is asked again. Nothing is recorded as an outcome: the
// other PC reported it already.
Restored restore(Workspace &workspace, qint64 learnerId, const PortableProgress &progress);

} // namespace ProgressTransfer
} // namespace OpenSteps
