// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleData.h"

#include "Database.h"
#include "LearnerStore.h"
#include "LessonCatalog.h"
#include "ProgressStore.h"

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
    ProgressStore progress(db);
    // First lesson finished, second one half done: Home then shows both kinds of progress
    // and offers "Continue where you left off".
    const QList<Lesson> &lessons = catalog.lessons();
    for (int l = 0; l < qMin(2, int(lessons.size())); ++l) {
        const Lesson &lesson = lessons.at(l);
        const int stepsDone = l == 0 ? int(lesson.steps.size()) : int(lesson.steps.size()) / 2;
        for (int s = 0; s < stepsDone; ++s) {
            if (!progress.completeStep(learner->id, lesson.id, lesson.steps.at(s).id,
                                       s == lesson.steps.size() - 1))
                return QStringLiteral("Could not save sample progress.");
        }
    }
    return {};
}

} // namespace OpenSteps
