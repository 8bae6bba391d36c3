// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace OpenSteps {

class LessonCatalog;

// The Essential Digital Skills Foundation level: all eight Foundation tasks. A learner reaches
// it here when their completed lessons, by their framework tags, cover every one of the eight.
// (The framework asks for each task done independently; lessons are where that is practised,
// so whether a volunteer helped travels with each statement as "assisted".)
namespace FoundationLevel {

// The eight Foundation tasks: the framework's "eds.foundation." skills, in framework order.
const QStringList &tasks();
// The tasks no lesson in `completedLessonIds` covers; empty once Foundation is reached.
QStringList missing(const LessonCatalog &catalog, const QSet<QString> &completedLessonIds);
bool reached(const LessonCatalog &catalog, const QSet<QString> &completedLessonIds);

} // namespace FoundationLevel
} // namespace OpenSteps
