// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OpenSteps {

class Database;
class LessonCatalog;

// Fills an empty database with one sample learner part-way through the lessons, so every page
// can be shown (screenshots, the start-up benchmark). Refuses a database that has learners.
// Returns an error message, or an empty string on success.
QString addSampleLearner(Database &db, const LessonCatalog &catalog);

} // namespace OpenSteps
