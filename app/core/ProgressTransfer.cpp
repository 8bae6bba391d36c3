// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressTransfer.h"

#include "SkillsCheck.h"
#include "Workspace.h"

namespace OpenSteps::ProgressTransfer {

ProgressCode codec(const Workspace &workspace) {
    QStringList lessonIds;
    for (const Lesson &lesson : workspace.catalog().lessons())
        lessonIds << lesson.id;
    QStringList statementIds;
    for (const SkillsCheck::Statement &statement : SkillsCheck::statements())
        statementIds << statement.id;
    return ProgressCode(lessonIds, statementIds);
}

PortableProgress collect(Workspace &workspace, qint64 learnerId) {
    return collect(workspace.progress().lessonStates(learnerId),
                   workspace.skillsChecks().latestAnswers(learnerId));
}

PortableProgress collect(const QHash<QString, LessonState> &states,
                         const QHash<QString, QString> &latestAnswers) {
    PortableProgress progress;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it->completed)
            progress.completedLessonIds.insert(it.key());
    }
    progress.skillsAnswers = latestAnswers;
    return progress;
}

bool restore(Workspace &workspace, qint64 learnerId, const PortableProgress &progress) {
    const auto states = workspace.progress().lessonStates(learnerId);
    // Reported already by the PC the code came from: not again from here.
    const OutcomeRecorder::Pause quiet(workspace.outcomes());
    return workspace.database().inTransaction([&] {
        for (const QString &lessonId : progress.completedLessonIds) {
            const Lesson *lesson = workspace.catalog().find(lessonId);
            if (!lesson || states.value(lessonId).completed)
                continue;
            for (qsizetype i = 0; i < lesson->steps.size(); ++i) {
                const bool last = i == lesson->steps.size() - 1;
                if (!workspace.progress().completeStep(learnerId, lessonId, lesson->steps.at(i).id,
                                                       last))
                    return false;
            }
        }
        if (progress.skillsAnswers.isEmpty())
            return true;
        SkillsCheckStore &checks = workspace.skillsChecks();
        const qint64 checkId = checks.newCheck(learnerId);
        if (checkId == 0)
            return false;
        for (auto it = progress.skillsAnswers.cbegin(); it != progress.skillsAnswers.cend(); ++it) {
            if (!checks.saveAnswer(checkId, it.key(), it.value()))
                return false;
        }
        return checks.complete(checkId);
    });
}

} // namespace OpenSteps::ProgressTransfer
