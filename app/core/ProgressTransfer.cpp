// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressTransfer.h"

#include "Logging.h"
#include "SkillsCheck.h"
#include "Sql.h"
#include "Workspace.h"

#include <QSqlQuery>

#include <algorithm>

namespace OpenSteps::ProgressTransfer {

namespace {

// Whose profile on this PC has `pseudonym`: 0 when nobody's.
qint64 learnerWithPseudonym(Database &db, const QString &pseudonym) {
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM learner WHERE pseudonym = ?"));
    query.addBindValue(pseudonym);
    return Sql::exec(query, lcProgress()) && query.next() ? query.value(0).toLongLong() : 0;
}

// The learner is the programme's `pseudonym` from now on, and is asked again whether to share.
bool adoptPseudonym(Database &db, qint64 learnerId, const QString &pseudonym) {
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("UPDATE learner SET pseudonym = ?, share_consent = NULL WHERE id = ?"));
    query.addBindValue(pseudonym);
    query.addBindValue(learnerId);
    return Sql::exec(query, lcProgress()) && query.numRowsAffected() == 1;
}

} // namespace

ProgressCode codec(const Workspace &workspace) {
    QStringList lessonIds;
    for (const Lesson &lesson : workspace.catalog().lessons())
        lessonIds << lesson.id;
    QStringList statementIds;
    for (const SkillsCheck::Statement &statement : SkillsCheck::statements())
        statementIds << statement.id;
    return ProgressCode(lessonIds, statementIds);
}

std::optional<Sharing> sharingOf(Workspace &workspace, qint64 learnerId) {
    const QString pseudonym = workspace.sharing().pseudonym(learnerId);
    if (workspace.sharing().consent(learnerId) != true ||
        !ProgressCode::isPortablePseudonym(pseudonym))
        return std::nullopt;
    return Sharing{pseudonym, workspace.skillsChecks().completedCount(learnerId)};
}

PortableProgress collect(Workspace &workspace, qint64 learnerId) {
    return collect(workspace.progress().lessonStates(learnerId),
                   workspace.skillsChecks().latestAnswers(learnerId),
                   sharingOf(workspace, learnerId));
}

PortableProgress collect(const QHash<QString, LessonState> &states,
                         const QHash<QString, QString> &latestAnswers,
                         const std::optional<Sharing> &sharing) {
    PortableProgress progress;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it->completed)
            progress.completedLessonIds.insert(it.key());
    }
    progress.skillsAnswers = latestAnswers;
    if (sharing) {
        progress.pseudonym = sharing->pseudonym;
        progress.skillsChecks = std::min(sharing->skillsChecks, ProgressCode::kMaxChecks);
    }
    return progress;
}

Restored restore(Workspace &workspace, qint64 learnerId, const PortableProgress &progress) {
    const auto states = workspace.progress().lessonStates(learnerId);
    const QString pseudonym = progress.pseudonym;
    const bool adopt =
        !pseudonym.isEmpty() && workspace.sharing().pseudonym(learnerId) != pseudonym;
    if (adopt) {
        const qint64 owner = learnerWithPseudonym(workspace.database(), pseudonym);
        if (owner != 0 && owner != learnerId)
            return Restored::InAnotherProfile;
    }
    // Reported already by the PC the code came from: not again from here.
    const OutcomeRecorder::Pause quiet(workspace.outcomes());
    const bool saved = workspace.database().inTransaction([&] {
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
        if (adopt && !adoptPseudonym(workspace.database(), learnerId, pseudonym))
            return false;
        if (progress.skillsAnswers.isEmpty())
            return true;
        SkillsCheckStore &checks = workspace.skillsChecks();
        // With the checks already here, at least as many as were done there (a code restored
        // twice adds no more), so the next check here is numbered after them all.
        const int countsAs = std::max(1, progress.skillsChecks - checks.completedCount(learnerId));
        const qint64 checkId = checks.newCheck(learnerId, countsAs);
        if (checkId == 0)
            return false;
        for (auto it = progress.skillsAnswers.cbegin(); it != progress.skillsAnswers.cend(); ++it) {
            if (!checks.saveAnswer(checkId, it.key(), it.value()))
                return false;
        }
        return checks.complete(checkId);
    });
    if (!saved)
        return Restored::Failed;
    return adopt ? Restored::DoneAskSharing : Restored::Done;
}

} // namespace OpenSteps::ProgressTransfer
