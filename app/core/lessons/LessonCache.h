// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LessonLoader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace OpenSteps {

// A binary copy of a checked lessons folder, kept in the data folder, so start-up reads one
// small file instead of parsing and checking every lesson's JSON again. It is used only while
// every lesson file is exactly as it was (same names, sizes and times) and the app is the same
// build; anything else and the folder is read afresh.
namespace LessonCache {

// What the lessons folder looks like now: every file's path, size and time, and the app build.
QByteArray signature(const QString &directory);

struct Contents {
    QList<Lesson> lessons;
    QList<LessonProblem> problems;
};

std::optional<Contents> read(const QString &cacheFile, const QByteArray &signature);
// Best effort: a cache that cannot be written only costs time at the next start.
void write(const QString &cacheFile, const QByteArray &signature, const Contents &contents);

} // namespace LessonCache

} // namespace OpenSteps
