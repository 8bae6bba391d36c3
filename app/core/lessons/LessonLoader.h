// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lesson.h"

#include <QList>
#include <QString>
#include <optional>

namespace OpenSteps {

// One thing wrong with a lesson file, printed as "file:line: message".
struct LessonProblem {
    QString file;
    int line = 0;
    QString message;

    QString toString() const;
    bool operator==(const LessonProblem &) const = default;
};

struct LessonLoadResult {
    std::optional<Lesson> lesson; // empty when any problem was found
    QList<LessonProblem> problems;
};

// Reads and validates one lesson folder: lesson.json (structure) and text/<lang>.json (words).
// A lesson with any problem is not loaded at all, so a learner never sees half a lesson.
LessonLoadResult loadLessonFolder(const QString &folderPath);

} // namespace OpenSteps
