// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LessonLoader.h"

#include <QList>
#include <QString>

namespace OpenSteps {

// Every lesson in a lessons directory: one sub-folder per lesson holding lesson.json.
// Broken lessons are left out and their problems kept, so the app still starts.
class LessonCatalog {
public:
    // The lessons compiled into the app (":/lessons").
    static QString bundledDirectory();

    void load(const QString &directory);
    // As load(), but through a cache file (see LessonCache): unchanged lessons load at once.
    void load(const QString &directory, const QString &cacheFile);

    const QList<Lesson> &lessons() const { return m_lessons; }
    const QList<LessonProblem> &problems() const { return m_problems; }
    const Lesson *find(const QString &lessonId) const;

private:
    QList<Lesson> m_lessons; // ordered by "order", then folder name
    QList<LessonProblem> m_problems;
};

} // namespace OpenSteps
