// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonCatalog.h"

#include "LessonCache.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace OpenSteps {

QString LessonCatalog::bundledDirectory() {
    return QStringLiteral(":/lessons");
}

void LessonCatalog::load(const QString &directory) {
    m_lessons.clear();
    m_problems.clear();
    const QDir dir(directory);
    if (!dir.exists()) {
        m_problems.append({directory, 0, QStringLiteral("the lessons folder does not exist")});
        return;
    }
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : folders) {
        const QString folder = dir.filePath(name);
        if (!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("lesson.json"))))
            continue; // e.g. lessons/schema
        LessonLoadResult result = loadLessonFolder(folder);
        m_problems.append(result.problems);
        if (!result.lesson)
            continue;
        if (const Lesson *other = find(result.lesson->id)) {
            m_problems.append({QDir(folder).filePath(QStringLiteral("lesson.json")), 1,
                               QStringLiteral("lesson id %1 is already used by %2")
                                   .arg(result.lesson->id, other->folder)});
            continue;
        }
        m_lessons.append(std::move(*result.lesson));
    }
    std::stable_sort(m_lessons.begin(), m_lessons.end(),
                     [](const Lesson &a, const Lesson &b) { return a.order < b.order; });
}

void LessonCatalog::load(const QString &directory, const QString &cacheFile) {
    const QByteArray signature = LessonCache::signature(directory);
    if (auto cached = LessonCache::read(cacheFile, signature)) {
        m_lessons = std::move(cached->lessons);
        m_problems = std::move(cached->problems);
        return;
    }
    load(directory);
    LessonCache::write(cacheFile, signature, {m_lessons, m_problems});
}

const Lesson *LessonCatalog::find(const QString &lessonId) const {
    for (const Lesson &lesson : m_lessons) {
        if (lesson.id == lessonId)
            return &lesson;
    }
    return nullptr;
}

} // namespace OpenSteps
