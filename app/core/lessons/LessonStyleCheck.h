// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LessonLoader.h"

namespace OpenSteps {

// Warnings about a loaded lesson's English words (text/en.json): sentences too long on
// average, reading ease too low, jargon the lesson does not explain. Run by `lessons check`
// (not at start-up); the bundled lessons have none.
QList<LessonProblem> checkLessonStyle(const Lesson &lesson);

} // namespace OpenSteps
