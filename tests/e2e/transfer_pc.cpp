// SPDX-License-Identifier: GPL-3.0-or-later
// One library PC of tests/e2e/lrs/transfer_test.js, driven through the same core the app uses
// (Workspace, ProgressTransfer, the stores): a learner who shares learns on PC A and takes
// their progress code to PC B, where they answer the sharing question again and carry on.
// Sending is left to the real `opensteps sync`.
//   transfer_pc first DATA-DIR            A: Amina shares, does a skills check, finishes 2
//                                         lessons, does another; prints code= and pseudonym=
//   transfer_pc second DATA-DIR CODE yes|no
//                                         B: a new profile restores CODE, answers the sharing
//                                         question, does a skills check and a new lesson;
//                                         prints restored=, pseudonym=, checks=
#include "ProgressTransfer.h"
#include "SkillsCheck.h"
#include "Workspace.h"

#include <QCoreApplication>

#include <cstdio>

using namespace OpenSteps;

namespace {

bool finishLesson(Workspace &workspace, qint64 learner, const Lesson &lesson) {
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        if (!workspace.progress().completeStep(learner, lesson.id, lesson.steps.at(i).id,
                                               i == lesson.steps.size() - 1))
            return false;
    }
    return true;
}

bool finishCheck(Workspace &workspace, qint64 learner, int yesCount) {
    SkillsCheckStore &checks = workspace.skillsChecks();
    const qint64 check = checks.openCheck(learner);
    const QList<SkillsCheck::Statement> &statements = SkillsCheck::statements();
    for (int i = 0; i < statements.size(); ++i) {
        if (!checks.saveAnswer(check, statements.at(i).id,
                               i < yesCount ? QStringLiteral("yes") : QStringLiteral("not-yet")))
            return false;
    }
    return checks.complete(check);
}

int fail(const char *what) {
    std::fprintf(stderr, "transfer_pc: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool first = args.size() == 3 && args.at(1) == QLatin1String("first");
    const bool second = args.size() == 5 && args.at(1) == QLatin1String("second");
    if (!first && !second) {
        std::fprintf(stderr, "Usage: transfer_pc first DIR | second DIR CODE yes|no\n");
        return 2;
    }
    Workspace workspace;
    if (!workspace.open(args.at(2), QStringLiteral(OPENSTEPS_SOURCE_DIR "/lessons")).usable())
        return fail("cannot open the data folder");
    const QList<Lesson> &lessons = workspace.catalog().lessons();
    const auto learner = workspace.learners().create(QStringLiteral("Amina"), QStringLiteral("cat"),
                                                     QStringLiteral("en"));
    if (!learner || lessons.size() < 3)
        return fail("no learner or too few lessons");

    if (first) {
        if (!workspace.sharing().setConsent(learner->id, true) ||
            !finishCheck(workspace, learner->id, 4) ||
            !finishLesson(workspace, learner->id, lessons.at(0)) ||
            !finishLesson(workspace, learner->id, lessons.at(1)) ||
            !finishCheck(workspace, learner->id, 9))
            return fail("could not record A's progress");
        const PortableProgress progress = ProgressTransfer::collect(workspace, learner->id);
        std::printf("code=%s\npseudonym=%s\n",
                    qPrintable(ProgressTransfer::codec(workspace).encode(progress)),
                    qPrintable(workspace.sharing().pseudonym(learner->id)));
        return 0;
    }

    const ProgressCode::Decoded decoded = ProgressTransfer::codec(workspace).decode(args.at(3));
    if (decoded.error != ProgressCode::Error::None)
        return fail("the code was refused");
    const ProgressTransfer::Restored restored =
        ProgressTransfer::restore(workspace, learner->id, decoded.progress);
    if (restored != ProgressTransfer::Restored::DoneAskSharing)
        return fail("the code restored without asking about sharing");
    // The learner answers the question this PC asks again, then carries on here.
    if (!workspace.sharing().setConsent(learner->id, args.at(4) == QLatin1String("yes")) ||
        !finishCheck(workspace, learner->id, 15) ||
        !finishLesson(workspace, learner->id, lessons.at(2)))
        return fail("could not record B's progress");
    std::printf("restored=ask-sharing\npseudonym=%s\nchecks=%d\n",
                qPrintable(workspace.sharing().pseudonym(learner->id)),
                workspace.skillsChecks().completedCount(learner->id));
    return 0;
}
