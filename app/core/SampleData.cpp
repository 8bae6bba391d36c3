// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleData.h"

#include "Database.h"
#include "LearnerStore.h"
#include "LessonCatalog.h"
#include "PinStore.h"
#include "ProgressStore.h"
#include "SkillsCheck.h"
#include "Workspace.h"

#include <QHash>

namespace OpenSteps {

QString addSampleLearner(Database &db, const LessonCatalog &catalog) {
    LearnerStore learners(db);
    if (!learners.all().isEmpty())
        return QStringLiteral("This data folder already has learners; sample data is only added "
                              "to an empty one.");
    const auto learner =
        learners.create(QStringLiteral("Sam"), QStringLiteral("sun"), QStringLiteral("en"));
    if (!learner)
        return QStringLiteral("Could not add the sample learner.");
    // Sam's PIN is 1234 (sample data is for demos and screenshots only).
    if (!PinStore(db).setPin(learner->id, PinKind::Digits, QStringLiteral("1234")))
        return QStringLiteral("Could not save the sample PIN.");
    ProgressStore progress(db);
    const auto finish = [&](const Lesson &lesson, int stepsDone) {
        for (int s = 0; s < stepsDone; ++s) {
            if (!progress.completeStep(learner->id, lesson.id, lesson.steps.at(s).id,
                                       s == lesson.steps.size() - 1))
                return false;
        }
        return true;
    };
    // First lesson finished, second one half done: Home then shows both kinds of progress
    // and offers "Continue where you left off".
    const QList<Lesson> &lessons = catalog.lessons();
    for (int l = 0; l < qMin(2, int(lessons.size())); ++l) {
        const Lesson &lesson = lessons.at(l);
        if (!finish(lesson, l == 0 ? int(lesson.steps.size()) : int(lesson.steps.size()) / 2))
            return QStringLiteral("Could not save sample progress.");
    }
    // Every lesson of the smallest topic besides the first steps: a certificate to show.
    QHash<QString, int> topicSizes;
    for (const Lesson &lesson : lessons)
        ++topicSizes[lesson.topic];
    QString smallest;
    for (auto it = topicSizes.cbegin(); it != topicSizes.cend(); ++it) {
        if (it.key() != QLatin1String("foundation") &&
            (smallest.isEmpty() || it.value() < topicSizes.value(smallest)))
            smallest = it.key();
    }
    for (const Lesson &lesson : lessons) {
        if (lesson.topic == smallest && !finish(lesson, int(lesson.steps.size())))
            return QStringLiteral("Could not save sample progress.");
    }
    // Two skills checks, the second with more "I can": the progress page's before and now.
    SkillsCheckStore checks(db);
    const QList<SkillsCheck::Statement> &statements = SkillsCheck::statements();
    for (int round = 0; round < 2; ++round) {
        const qint64 check = checks.openCheck(learner->id);
        for (int i = 0; i < statements.size(); ++i) {
            const bool can = i % 3 == 0 || (round == 1 && i % 3 == 1);
            if (!checks.saveAnswer(check, statements.at(i).id,
                                   can ? QStringLiteral("yes") : QStringLiteral("not-yet")))
                return QStringLiteral("Could not save the sample skills check.");
        }
        if (!checks.complete(check))
            return QStringLiteral("Could not save the sample skills check.");
    }
    return {};
}

QString addSharingLearners(Workspace &workspace, int count, int lessonsEach) {
    const QList<Lesson> &lessons = workspace.catalog().lessons();
    if (lessons.isEmpty())
        return QStringLiteral("There are no lessons to finish.");
    int next = 0;
    const bool saved = workspace.database().inTransaction([&] {
        for (int i = 1; i <= count; ++i) {
            const auto learner =
                workspace.learners().create(QStringLiteral("Sharer Zofia %1").arg(i),
                                            QStringLiteral("cat"), QStringLiteral("en"));
            // PINs for the first five only: each takes a quarter of a second to hash.
            if (!learner ||
                (i <= 5 && !PinStore(workspace.database())
                                .setPin(learner->id, PinKind::Digits, QStringLiteral("2468"))) ||
                !workspace.sharing().setConsent(learner->id, true) ||
                !workspace.sharing().setAgeBand(
                    learner->id,
                    SharingStore::ageBands().at(i % SharingStore::ageBands().size())) ||
                !workspace.sharing().setPostcodeDistrict(
                    learner->id, i % 2 ? QStringLiteral("LS9") : QStringLiteral("LS11")))
                return false;
            for (int l = 0; l < lessonsEach; ++l) {
                const Lesson &lesson = lessons.at(next++ % lessons.size());
                for (qsizetype s = 0; s < lesson.steps.size(); ++s) {
                    if (!workspace.progress().completeStep(learner->id, lesson.id,
                                                           lesson.steps.at(s).id,
                                                           s == lesson.steps.size() - 1))
                        return false;
                }
            }
        }
        return true;
    });
    return saved ? QString() : QStringLiteral("Could not add the sharing learners.");
}

} // namespace OpenSteps
