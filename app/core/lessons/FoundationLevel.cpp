// SPDX-License-Identifier: GPL-3.0-or-later
#include "FoundationLevel.h"

#include "Framework.h"
#include "LessonCatalog.h"

namespace OpenSteps::FoundationLevel {

const QStringList &tasks() {
    static const QStringList ids = [] {
        QStringList foundation;
        for (const QString &skill : Framework::skills()) {
            if (skill.startsWith(QLatin1String("eds.foundation.")))
                foundation << skill;
        }
        return foundation;
    }();
    return ids;
}

QStringList missing(const LessonCatalog &catalog, const QSet<QString> &completedLessonIds) {
    QStringList left = tasks();
    for (const QString &lessonId : completedLessonIds) {
        if (const Lesson *lesson = catalog.find(lessonId)) {
            for (const QString &skill : lesson->skills + lesson->stepSkills())
                left.removeAll(skill);
        }
    }
    return left;
}

bool reached(const LessonCatalog &catalog, const QSet<QString> &completedLessonIds) {
    return missing(catalog, completedLessonIds).isEmpty();
}

} // namespace OpenSteps::FoundationLevel
