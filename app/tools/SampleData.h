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

class Workspace;

// Adds `count` learners who agreed to share, each finishing `lessonsEach` lessons (wrapping
// round the catalogue), through the same progress calls as the app: their outcome statements
// land in the outbox as a learner's would. For sync tests and benchmarks. Names are
// "Sharer Zofia 1", "Sharer Zofia 2"... (tests scan payloads for them). One transaction.
QString addSharingLearners(Workspace &workspace, int count, int lessonsEach);

// A hub's month for the outcome dashboard: 28 learners who share, with varied optional
// answers, finished lessons (9 reach the Foundation level), two skills checks, check-ins and
// volunteer sessions, all through the app's own stores, so their outcome events are real, and
// dated now. Some groups are small on purpose ("fewer than 5" and "hidden" show). One
// transaction. Names are "Report learner 1", ...; the volunteer is "Val".
QString addReportSample(Workspace &workspace);

} // namespace OpenSteps
